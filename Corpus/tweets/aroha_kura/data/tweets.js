window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1493676501174571011"
          ],
          "editableUntil" : "2022-02-15T20:30:03.704Z",
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
        "104"
      ],
      "favorite_count" : "7",
      "id_str" : "1493676501174571011",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1493676501174571011",
      "created_at" : "Tue Feb 15 20:00:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Moved schools this term. New kura, new whānau, same lovely network on here. Kia ora for sticking around.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1407971802223501312"
          ],
          "editableUntil" : "2021-06-24T08:30:11.158Z",
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
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "106",
              "118"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "2",
      "id_str" : "1407971802223501312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1407971802223501312",
      "created_at" : "Thu Jun 24 08:00:11 +0000 2021",
      "favorited" : false,
      "full_text" : "Matariki this week. Our class made a star map and sent it to a class in Wales. Thanks for the connection, @pryce_ysgol ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1327182149572378627"
          ],
          "editableUntil" : "2020-11-13T10:00:56.967Z",
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
          },
          {
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "17",
              "30"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1327159400640434179",
      "id_str" : "1327182149572378627",
      "in_reply_to_user_id" : "856244600",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1327182149572378627",
      "in_reply_to_status_id" : "1327159400640434179",
      "created_at" : "Fri Nov 13 09:30:56 +0000 2020",
      "favorited" : false,
      "full_text" : "@rachel_codes_ed @fhussain_eng 🙌🙌❤️",
      "lang" : "und",
      "in_reply_to_screen_name" : "rachel_codes_ed",
      "in_reply_to_user_id_str" : "856244600"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1271155257146028033"
          ],
          "editableUntil" : "2020-06-11T19:30:04.883Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "7",
              "20"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1271155257146028033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1271155257146028033",
      "created_at" : "Thu Jun 11 19:00:04 +0000 2020",
      "favorited" : false,
      "full_text" : "Joined #TeachMeetGLA from Rotorua at 6am. Scotland, you're wonderful and you talk very fast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1260344224600825858"
          ],
          "editableUntil" : "2020-05-12T23:30:53.865Z",
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
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1260303839183724547",
      "id_str" : "1260344224600825858",
      "in_reply_to_user_id" : "1569385927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1260344224600825858",
      "in_reply_to_status_id" : "1260303839183724547",
      "created_at" : "Tue May 12 23:00:53 +0000 2020",
      "favorited" : false,
      "full_text" : "@pryce_ysgol Same hills, different hemisphere! Our whānau without internet got paper packs &amp; a weekly phone call. Happy to share what worked.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pryce_ysgol",
      "in_reply_to_user_id_str" : "1569385927"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1245456105563176963"
          ],
          "editableUntil" : "2020-04-01T21:30:49.678Z",
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
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1245456105563176963",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1245456105563176963",
      "created_at" : "Wed Apr 01 21:00:49 +0000 2020",
      "favorited" : false,
      "full_text" : "Level 4 lockdown, day 7. Tamariki are sending me photos of bread they've baked. I'm fine. Totally fine. 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1108632025739538435"
          ],
          "editableUntil" : "2019-03-21T08:00:46.980Z",
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
            "name" : "Priya Nair",
            "screen_name" : "priya_earlyyrs",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3903389194",
            "id" : "3903389194"
          },
          {
            "name" : "Jo Birch",
            "screen_name" : "jobirch_send",
            "indices" : [
              "16",
              "29"
            ],
            "id_str" : "1986695397",
            "id" : "1986695397"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1108465962112331779",
      "id_str" : "1108632025739538435",
      "in_reply_to_user_id" : "3903389194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1108632025739538435",
      "in_reply_to_status_id" : "1108465962112331779",
      "created_at" : "Thu Mar 21 07:30:46 +0000 2019",
      "favorited" : false,
      "full_text" : "@priya_earlyyrs @jobirch_send Ka pai, Priya! Jo, I'd love to hear about your sensory garden.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_earlyyrs",
      "in_reply_to_user_id_str" : "3903389194"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1041598920672038912"
          ],
          "editableUntil" : "2018-09-17T08:35:09.317Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SmallSchoolsChat",
            "indices" : [
              "46",
              "63"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1041598920672038912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1041598920672038912",
      "created_at" : "Mon Sep 17 08:05:09 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @pryce_ysgol: Small school heads: starting #SmallSchoolsChat on Sunday nights at 8pm. Tagging in people who understand rural schools:…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1041597767000219651"
          ],
          "editableUntil" : "2018-09-17T08:30:34.260Z",
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
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          },
          {
            "name" : "Bev Ashworth",
            "screen_name" : "ashworth_geog",
            "indices" : [
              "13",
              "27"
            ],
            "id_str" : "575909149",
            "id" : "575909149"
          },
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "28",
              "42"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1041408902396547075",
      "id_str" : "1041597767000219651",
      "in_reply_to_user_id" : "1569385927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1041597767000219651",
      "in_reply_to_status_id" : "1041408902396547075",
      "created_at" : "Mon Sep 17 08:00:34 +0000 2018",
      "favorited" : false,
      "full_text" : "@pryce_ysgol @ashworth_geog @lowe_music_ed Sunday 8pm UK is Monday 7am here. I'll be there with my coffee ☕",
      "lang" : "en",
      "in_reply_to_screen_name" : "pryce_ysgol",
      "in_reply_to_user_id_str" : "1569385927"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1039785837445791745"
          ],
          "editableUntil" : "2018-09-12T08:30:36.590Z",
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
        "133"
      ],
      "favorite_count" : "4",
      "id_str" : "1039785837445791745",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1039785837445791745",
      "created_at" : "Wed Sep 12 08:00:36 +0000 2018",
      "favorited" : false,
      "full_text" : "Kindness is underrated CPD. A teacher in Leeds I've never met just sent me her whole outdoor learning plan. What a generous network 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "966070007772053504"
          ],
          "editableUntil" : "2018-02-20T22:30:13.222Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edtech",
            "indices" : [
              "137",
              "144"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "101",
              "117"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "8",
      "id_str" : "966070007772053504",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "966070007772053504",
      "created_at" : "Tue Feb 20 22:00:13 +0000 2018",
      "favorited" : false,
      "full_text" : "Digital tech is in our curriculum now and I'm the only one in our school who's excited. Grateful for @rachel_codes_ed and her resources. #edtech",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "875065456919912451"
          ],
          "editableUntil" : "2017-06-14T19:30:37.516Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ukedchat",
            "indices" : [
              "23",
              "32"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "9",
      "id_str" : "875065456919912451",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "875065456919912451",
      "created_at" : "Wed Jun 14 19:00:37 +0000 2017",
      "favorited" : false,
      "full_text" : "Time zones mean I join #ukedchat at breakfast. UK teachers' ideas with my porridge. Best Twitter CPD going.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "768540930809651203"
          ],
          "editableUntil" : "2016-08-24T20:40:11.362Z",
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
      "favorite_count" : "23",
      "id_str" : "768540930809651203",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "768540930809651203",
      "created_at" : "Wed Aug 24 20:10:11 +0000 2016",
      "favorited" : false,
      "full_text" : "Learning te reo alongside my students. They're faster than me. Much faster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "733016814563692544"
          ],
          "editableUntil" : "2016-05-18T20:00:02.042Z",
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
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "733016814563692544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "733016814563692544",
      "created_at" : "Wed May 18 19:30:02 +0000 2016",
      "favorited" : false,
      "full_text" : "Rotorua morning: steam off the lake, 26 kids in gumboots, one very patient bus driver.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "630936719241428994"
          ],
          "editableUntil" : "2015-08-11T03:30:10.761Z",
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
            "name" : "Harbour Science Museum",
            "screen_name" : "HarbourSciMus",
            "indices" : [
              "38",
              "52"
            ],
            "id_str" : "404226985",
            "id" : "404226985"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "18",
      "id_str" : "630936719241428994",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "630936719241428994",
      "created_at" : "Tue Aug 11 03:00:10 +0000 2015",
      "favorited" : false,
      "full_text" : "Our class tweeted the science museum (@HarbourSciMus) about a shark tooth they found. They replied with a video! Tamariki buzzing 🦈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "564514047037440001"
          ],
          "editableUntil" : "2015-02-08T20:30:11.634Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edchatNZ",
            "indices" : [
              "113",
              "122"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "25",
      "id_str" : "564514047037440001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "564514047037440001",
      "created_at" : "Sun Feb 08 20:00:11 +0000 2015",
      "favorited" : false,
      "full_text" : "Kia ora koutou! Primary kaiako in Rotorua. Keen to connect with like-minded teachers doing place-based learning. #edchatNZ",
      "lang" : "en"
    }
  }
]