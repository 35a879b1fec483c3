window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594436669287559169"
          ],
          "editableUntil" : "2022-11-20T21:34:59.815Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1594435534313046018",
      "id_str" : "1594436669287559169",
      "in_reply_to_user_id" : "305729571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594436669287559169",
      "in_reply_to_status_id" : "1594435534313046018",
      "created_at" : "Sun Nov 20 21:04:59 +0000 2022",
      "favorited" : false,
      "full_text" : "And to be fair to the place: it was here that people told me my echo chamber worries were themselves a bit of an echo chamber. They had a point.",
      "lang" : "en",
      "in_reply_to_screen_name" : "twhitfield_hist",
      "in_reply_to_user_id_str" : "305729571"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594435534313046018"
          ],
          "editableUntil" : "2022-11-20T21:30:29.216Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "257"
      ],
      "favorite_count" : "5",
      "id_str" : "1594435534313046018",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1594435534313046018",
      "created_at" : "Sun Nov 20 21:00:29 +0000 2022",
      "favorited" : false,
      "full_text" : "On the great Twitter exodus: what I'll miss isn't the likes or the 'inspirational' threads. It's the odd, unplanned encounters with people who teach differently, in places I'll never visit, who changed my mind about something. Hard to build that on purpose.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1464277802293096450"
          ],
          "editableUntil" : "2021-11-26T17:30:07.689Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "8",
      "id_str" : "1464277802293096450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1464277802293096450",
      "created_at" : "Fri Nov 26 17:00:07 +0000 2021",
      "favorited" : false,
      "full_text" : "Ofsted deep dive into history this week. It was fine. I say that with the haunted look of a man who has rewritten the KS3 plan four times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1368966098977886209"
          ],
          "editableUntil" : "2021-03-08T17:15:26.813Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "27",
      "id_str" : "1368966098977886209",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1368966098977886209",
      "created_at" : "Mon Mar 08 16:45:26 +0000 2021",
      "favorited" : false,
      "full_text" : "First day back with real Y9s. Someone asked if Henry VIII had Covid. Ten minutes on the sweating sickness. Nobody complained.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1267901485113790466"
          ],
          "editableUntil" : "2020-06-02T20:00:45.178Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          },
          {
            "name" : "Keisha Monroe",
            "screen_name" : "msmonroe_reads",
            "indices" : [
              "14",
              "29"
            ],
            "id_str" : "1811900516",
            "id" : "1811900516"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1267561604222918656",
      "id_str" : "1267901485113790466",
      "in_reply_to_user_id" : "1145425513281556480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1267901485113790466",
      "in_reply_to_status_id" : "1267561604222918656",
      "created_at" : "Tue Jun 02 19:30:45 +0000 2020",
      "favorited" : false,
      "full_text" : "@fhussain_eng @msmonroe_reads Happy to help. Start with the poets' letters home, then the official histories, and let the class find the gaps. More by DM.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fhussain_eng",
      "in_reply_to_user_id_str" : "1145425513281556480"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1263201806993162243"
          ],
          "editableUntil" : "2020-05-20T20:45:54.598Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "id_str" : "1263201806993162243",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1263201806993162243",
      "created_at" : "Wed May 20 20:15:54 +0000 2020",
      "favorited" : false,
      "full_text" : "Lockdown observation: the Zoom CPD with people I follow was comfortable. The one with people I don't was useful. Worth remembering.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1170386351896440834"
          ],
          "editableUntil" : "2019-09-07T17:50:25.676Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "researchED",
            "indices" : [
              "31",
              "42"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "12",
              "23"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "4",
      "id_str" : "1170386351896440834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1170386351896440834",
      "created_at" : "Sat Sep 07 17:20:25 +0000 2019",
      "favorited" : false,
      "full_text" : "Finally met @meilin_sci IRL at #researchED after five years of arguing about retrieval practice. She was right about two things. Don't tell her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1134219210453139459"
          ],
          "editableUntil" : "2019-05-30T22:35:07.202Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/mXATTHWXkR",
            "expanded_url" : "https://twitter.com/rachel_codes_ed/status/1134206629457354755",
            "display_url" : "twitter.com/rachel_codes_e…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "4",
      "id_str" : "1134219210453139459",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1134219210453139459",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 30 22:05:07 +0000 2019",
      "favorited" : false,
      "full_text" : "Agree, with one caveat: a staffroom where everyone agrees with you is a very comfortable place to stop learning. https://t.co/mXATTHWXkR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1091229765655306242"
          ],
          "editableUntil" : "2019-02-01T07:30:24.857Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1091229765655306242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1091229765655306242",
      "created_at" : "Fri Feb 01 07:00:24 +0000 2019",
      "favorited" : false,
      "full_text" : "Snow in Bristol, so naturally the entire city has stopped. School closed. Reading about medieval weather instead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1048520789950173185"
          ],
          "editableUntil" : "2018-10-06T11:00:11.555Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "11",
      "id_str" : "1048520789950173185",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1048520789950173185",
      "created_at" : "Sat Oct 06 10:30:11 +0000 2018",
      "favorited" : false,
      "full_text" : "Eight years in the same school, and my professional network now lives almost entirely in other cities. Not sure how I feel about that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1010280145059954690"
          ],
          "editableUntil" : "2018-06-22T22:25:31.336Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1010261221482156033",
      "id_str" : "1010280145059954690",
      "in_reply_to_user_id" : "856244600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1010280145059954690",
      "in_reply_to_status_id" : "1010261221482156033",
      "created_at" : "Fri Jun 22 21:55:31 +0000 2018",
      "favorited" : false,
      "full_text" : "@rachel_codes_ed Yes. Trouble is the algorithm keeps serving me the ones I already agree with. I have to go digging for the awkward ones.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rachel_codes_ed",
      "in_reply_to_user_id_str" : "856244600"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "954263618143514625"
          ],
          "editableUntil" : "2018-01-19T08:35:50.583Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FF",
            "indices" : [
              "0",
              "3"
            ]
          },
          {
            "text" : "FollowFriday",
            "indices" : [
              "126",
              "139"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lindiwe Khumalo",
            "screen_name" : "lindiwe_maths",
            "indices" : [
              "85",
              "99"
            ],
            "id_str" : "2650326404",
            "id" : "2650326404"
          },
          {
            "name" : "Jo Birch",
            "screen_name" : "jobirch_send",
            "indices" : [
              "100",
              "113"
            ],
            "id_str" : "1986695397",
            "id" : "1986695397"
          },
          {
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "114",
              "125"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "4",
      "id_str" : "954263618143514625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "954263618143514625",
      "created_at" : "Fri Jan 19 08:05:50 +0000 2018",
      "favorited" : false,
      "full_text" : "#FF with a twist: three people who regularly tell me I'm wrong, and are often right. @lindiwe_maths @jobirch_send @meilin_sci #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "882359801585020931"
          ],
          "editableUntil" : "2017-07-04T22:35:44.807Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jo Birch",
            "screen_name" : "jobirch_send",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1986695397",
            "id" : "1986695397"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "882359801585020931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "882359801585020931",
      "created_at" : "Tue Jul 04 22:05:44 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @jobirch_send: Echo chamber warning: we all agree inclusion matters. Let's also listen to teachers who say they can't make it work, and…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "842128466274844672"
          ],
          "editableUntil" : "2017-03-15T22:10:47.007Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "5",
      "id_str" : "842128466274844672",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "842128466274844672",
      "created_at" : "Wed Mar 15 21:40:47 +0000 2017",
      "favorited" : false,
      "full_text" : "Not sure 'PLN' is the right word when half of mine is people shouting the same three slogans at each other. Personal echo network?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "748184332373561345"
          ],
          "editableUntil" : "2016-06-29T16:30:20.087Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "19",
      "id_str" : "748184332373561345",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "748184332373561345",
      "created_at" : "Wed Jun 29 16:00:20 +0000 2016",
      "favorited" : false,
      "full_text" : "Y7 trip to the SS Great Britain cancelled due to rain. Watched a documentary about the SS Great Britain in the rain instead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "689171884695105539"
          ],
          "editableUntil" : "2016-01-18T20:15:56.162Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "689171884695105539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "689171884695105539",
      "created_at" : "Mon Jan 18 19:45:56 +0000 2016",
      "favorited" : false,
      "full_text" : "Professor Hart answered all three of Y10's questions, at length, on a Sunday. Sources lesson rewritten. This is the bit of Twitter I love.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "688662188173205507"
          ],
          "editableUntil" : "2016-01-17T10:30:35.042Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Prof Eleanor Hart",
            "screen_name" : "prof_ehart",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1309521750",
            "id" : "1309521750"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "688601286880882689",
      "id_str" : "688662188173205507",
      "in_reply_to_user_id" : "1309521750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "688662188173205507",
      "in_reply_to_status_id" : "688601286880882689",
      "created_at" : "Sun Jan 17 10:00:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@prof_ehart Y10 are studying the Bristol Bus Boycott &amp; have questions about the sources in your book. Could they send you three?",
      "lang" : "en",
      "in_reply_to_screen_name" : "prof_ehart",
      "in_reply_to_user_id_str" : "1309521750"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "640225486855925762"
          ],
          "editableUntil" : "2015-09-05T18:40:25.537Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "researchED",
            "indices" : [
              "3",
              "14"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "640225486855925762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "640225486855925762",
      "created_at" : "Sat Sep 05 18:10:25 +0000 2015",
      "favorited" : false,
      "full_text" : "At #researchED today. Best session was by someone I've argued with on here for two years. We agree on more than Twitter suggests.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "581531180823629826"
          ],
          "editableUntil" : "2015-03-27T19:30:12.492Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "10",
      "id_str" : "581531180823629826",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "581531180823629826",
      "created_at" : "Fri Mar 27 19:00:12 +0000 2015",
      "favorited" : false,
      "full_text" : "Note to self: follow three people this week I disagree with about teaching. The filter bubble builds itself if you let it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "532129525080260609"
          ],
          "editableUntil" : "2014-11-11T11:45:39.924Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "1",
      "id_str" : "532129525080260609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "532129525080260609",
      "created_at" : "Tue Nov 11 11:15:39 +0000 2014",
      "favorited" : false,
      "full_text" : "Two minutes' silence with 200 Y8s this morning. Not a sound. Proud of them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "462552308017823746"
          ],
          "editableUntil" : "2014-05-03T11:50:38.694Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "11",
      "id_str" : "462552308017823746",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "462552308017823746",
      "created_at" : "Sat May 03 11:20:38 +0000 2014",
      "favorited" : false,
      "full_text" : "Thirty Y9 essays on the causes of WW1. Twenty-eight mention Franz Ferdinand in the first line. The other two mention lunch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "432989899613429763"
          ],
          "editableUntil" : "2014-02-10T22:00:11.288Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ukedchat",
            "indices" : [
              "123",
              "132"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "42",
      "id_str" : "432989899613429763",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "432989899613429763",
      "created_at" : "Mon Feb 10 21:30:11 +0000 2014",
      "favorited" : false,
      "full_text" : "Twitter tells me every history teacher agrees with me about knowledge-rich curricula. That's exactly why I don't trust it. #ukedchat",
      "lang" : "en"
    }
  }
]