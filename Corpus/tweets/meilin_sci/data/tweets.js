window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568675813407879170"
          ],
          "editableUntil" : "2022-09-10T19:30:33.160Z",
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
        "132"
      ],
      "favorite_count" : "3",
      "id_str" : "1568675813407879170",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1568675813407879170",
      "created_at" : "Sat Sep 10 19:00:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Ten years on here this month. Moved schools three times and countries twice. The network stayed put. Grateful for every one of you 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494703409690836995"
          ],
          "editableUntil" : "2022-02-18T16:30:37.773Z",
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
        "110"
      ],
      "favorite_count" : "7",
      "id_str" : "1494703409690836995",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1494703409690836995",
      "created_at" : "Fri Feb 18 16:00:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Storm day. Half the department off, windows rattling, Y11 doing titrations like seasoned pros. Bizarrely calm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1349770846428958723"
          ],
          "editableUntil" : "2021-01-14T18:00:21.975Z",
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
        "109"
      ],
      "favorite_count" : "7",
      "id_str" : "1349770846428958723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1349770846428958723",
      "created_at" : "Thu Jan 14 17:30:21 +0000 2021",
      "favorited" : false,
      "full_text" : "Lateral flow test in the car park, then a live lesson on electrolysis to 28 black squares. 2021 is something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1240971584093589507"
          ],
          "editableUntil" : "2020-03-20T12:30:56.442Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "asechat",
            "indices" : [
              "160",
              "168"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/cKoVcUnti1",
            "expanded_url" : "https://drive.example/meilin/kitchen-science",
            "display_url" : "drive.example/meilin/kitchen…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "2",
      "id_str" : "1240971584093589507",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1240971584093589507",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 20 12:00:56 +0000 2020",
      "favorited" : false,
      "full_text" : "Schools closing. If you teach science and need home practicals with kitchen-cupboard kit, here's my folder. Take it, adapt it, share it https://t.co/cKoVcUnti1 #asechat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1170393884309733376"
          ],
          "editableUntil" : "2019-09-07T18:20:21.543Z",
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
              "52",
              "63"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tom Whitfield",
            "screen_name" : "twhitfield_hist",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "305729571",
            "id" : "305729571"
          },
          {
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "33",
              "44"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1170393884309733376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1170393884309733376",
      "created_at" : "Sat Sep 07 17:50:21 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @twhitfield_hist: Finally met @meilin_sci IRL at #researchED after five years of arguing about retrieval practice. She was right about…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1170392595637858306"
          ],
          "editableUntil" : "2019-09-07T18:15:14.299Z",
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
            "name" : "Tom Whitfield",
            "screen_name" : "twhitfield_hist",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "305729571",
            "id" : "305729571"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1170386351896440834",
      "id_str" : "1170392595637858306",
      "in_reply_to_user_id" : "305729571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1170392595637858306",
      "in_reply_to_status_id" : "1170386351896440834",
      "created_at" : "Sat Sep 07 17:45:14 +0000 2019",
      "favorited" : false,
      "full_text" : "@twhitfield_hist Five years of arguments, one coffee, zero arguments. Suspicious. And two things? I counted four.",
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
            "1154813797772697603"
          ],
          "editableUntil" : "2019-07-26T18:30:39.448Z",
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
        "179"
      ],
      "favorite_count" : "4",
      "id_str" : "1154813797772697603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1154813797772697603",
      "created_at" : "Fri Jul 26 18:00:39 +0000 2019",
      "favorited" : false,
      "full_text" : "Back in London. Moved countries twice and schools three times in six years. Every time, my network on here made the new staffroom less scary because I already knew someone nearby.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1068082240371118080"
          ],
          "editableUntil" : "2018-11-29T10:30:24.769Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeet",
            "indices" : [
              "35",
              "45"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "23",
      "id_str" : "1068082240371118080",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1068082240371118080",
      "created_at" : "Thu Nov 29 10:00:24 +0000 2018",
      "favorited" : false,
      "full_text" : "Ran a workshop on questioning at a #TeachMeet here in Singapore. Half the room had found me via Twitter. Tiny world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "991698851050401793"
          ],
          "editableUntil" : "2018-05-02T15:50:05.621Z",
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
        "116"
      ],
      "favorite_count" : "7",
      "id_str" : "991698851050401793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "991698851050401793",
      "created_at" : "Wed May 02 15:20:05 +0000 2018",
      "favorited" : false,
      "full_text" : "Marking at 11pm in Singapore while London gets home from school. My timeline wakes up as I go to bed. Timezone life.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "962471440340361217"
          ],
          "editableUntil" : "2018-02-11T00:10:47.888Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          },
          {
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "124",
              "138"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "962471440340361217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "962471440340361217",
      "created_at" : "Sat Feb 10 23:40:47 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @lbrandt_physik: Wrote up our 'beautiful mistakes' lab in English at last. Thank you to everyone who gave feedback, esp. @cdubois_maths…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "954269946534694914"
          ],
          "editableUntil" : "2018-01-19T09:00:59.389Z",
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
            "name" : "Tom Whitfield",
            "screen_name" : "twhitfield_hist",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "305729571",
            "id" : "305729571"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "954263618143514625",
      "id_str" : "954269946534694914",
      "in_reply_to_user_id" : "305729571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "954269946534694914",
      "in_reply_to_status_id" : "954263618143514625",
      "created_at" : "Fri Jan 19 08:30:59 +0000 2018",
      "favorited" : false,
      "full_text" : "@twhitfield_hist Often right? I'll take it. Screenshotting this for my appraisal.",
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
            "898884983942541313"
          ],
          "editableUntil" : "2017-08-19T13:00:55.304Z",
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
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "1",
              "16"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          },
          {
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "22",
              "36"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "898884983942541313",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "898884983942541313",
      "created_at" : "Sat Aug 19 12:30:55 +0000 2017",
      "favorited" : false,
      "full_text" : ".@lbrandt_physik meet @cdubois_maths: she does in maths what your 'beautiful mistakes' lab does in physics. You two should talk!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "830282780931342337"
          ],
          "editableUntil" : "2017-02-11T05:40:15.539Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
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
      "favorite_count" : "7",
      "id_str" : "830282780931342337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "830282780931342337",
      "created_at" : "Sat Feb 11 05:10:15 +0000 2017",
      "favorited" : false,
      "full_text" : "The scientist replied to Wei Jie with a photo of pahoehoe crust. He has now declared himself a volcanologist. Thank you, Twitter 🌋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "830281698181148672"
          ],
          "editableUntil" : "2017-02-11T05:35:57.391Z",
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
            "name" : "Dr Samira Okafor",
            "screen_name" : "DrSamiraOkafor",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "512231593",
            "id" : "512231593"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "830281698181148672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "830281698181148672",
      "created_at" : "Sat Feb 11 05:05:57 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @DrSamiraOkafor: Answering questions from school classes is honestly the best part of my job. Keep them coming, teachers! 🌋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "829938186105757697"
          ],
          "editableUntil" : "2017-02-10T06:50:57.730Z",
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
            "name" : "Dr Samira Okafor",
            "screen_name" : "DrSamiraOkafor",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "512231593",
            "id" : "512231593"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "829808833771208705",
      "id_str" : "829938186105757697",
      "in_reply_to_user_id" : "512231593",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "829938186105757697",
      "in_reply_to_status_id" : "829808833771208705",
      "created_at" : "Fri Feb 10 06:20:57 +0000 2017",
      "favorited" : false,
      "full_text" : "@DrSamiraOkafor Sec 2 just watched your lava video. Question from Wei Jie: does lava freeze from the outside in, like a pond?",
      "lang" : "en",
      "in_reply_to_screen_name" : "DrSamiraOkafor",
      "in_reply_to_user_id_str" : "512231593"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "776042815446077443"
          ],
          "editableUntil" : "2016-09-14T13:30:00.037Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "776042815446077443",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "776042815446077443",
      "created_at" : "Wed Sep 14 13:00:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Three weeks in Singapore. New school, new syllabus, new humidity. Same timeline full of friends. Weirdly that's been the anchor.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "756556960547606530"
          ],
          "editableUntil" : "2016-07-22T19:00:10.200Z",
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
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "756556960547606530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "756556960547606530",
      "created_at" : "Fri Jul 22 18:30:10 +0000 2016",
      "favorited" : false,
      "full_text" : "Last day at my London school. Packing for Singapore. Terrified &amp; excited. The one thing I'm not leaving behind: all of you 🇸🇬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "608363110431649794"
          ],
          "editableUntil" : "2015-06-09T20:30:43.023Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "asechat",
            "indices" : [
              "48",
              "56"
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
      "favorite_count" : "2",
      "id_str" : "608363110431649794",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "608363110431649794",
      "created_at" : "Tue Jun 09 20:00:43 +0000 2015",
      "favorited" : false,
      "full_text" : "Department meeting: 40 minutes on photocopying. #asechat tonight: 40 minutes on particle misconceptions. Guess which taught me more.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "443856494773727235"
          ],
          "editableUntil" : "2014-03-12T21:40:09.465Z",
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
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "443846573845528579",
      "id_str" : "443856494773727235",
      "in_reply_to_user_id" : "2080481447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "443856494773727235",
      "in_reply_to_status_id" : "443846573845528579",
      "created_at" : "Wed Mar 12 21:10:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@lbrandt_physik Hamburg-to-Hackney science support at 9pm on a school night. This is why I'm on here. Danke!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lbrandt_physik",
      "in_reply_to_user_id_str" : "2080481447"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "443833970993483776"
          ],
          "editableUntil" : "2014-03-12T20:10:39.378Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "asechat",
            "indices" : [
              "80",
              "88"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "443833970993483776",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "443833970993483776",
      "created_at" : "Wed Mar 12 19:40:39 +0000 2014",
      "favorited" : false,
      "full_text" : "Y8 asked why a candle flame looks hollow in the middle. I have no idea. Anyone? #asechat",
      "lang" : "en"
    }
  }
]