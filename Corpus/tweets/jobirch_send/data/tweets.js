window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569793199045328899"
          ],
          "editableUntil" : "2022-09-13T21:30:38.656Z",
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
        "112"
      ],
      "favorite_count" : "21",
      "id_str" : "1569793199045328899",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1569793199045328899",
      "created_at" : "Tue Sep 13 21:00:38 +0000 2022",
      "favorited" : false,
      "full_text" : "First week at the new school. Different building, different team, same Tuesday night chat. Some things stay put.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517548913357799426"
          ],
          "editableUntil" : "2022-04-22T17:30:30.296Z",
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
      "favorite_count" : "4",
      "id_str" : "1517548913357799426",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1517548913357799426",
      "created_at" : "Fri Apr 22 17:00:30 +0000 2022",
      "favorited" : false,
      "full_text" : "New job! Moving to a special school in September. Scared. The people on here have been so supportive already.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1367193149819228161"
          ],
          "editableUntil" : "2021-03-03T19:50:22.794Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
              "3",
              "18"
            ],
            "id_str" : "3903389194",
            "id" : "3903389194"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1367193149819228161",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1367193149819228161",
      "created_at" : "Wed Mar 03 19:20:22 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @priya_earlyyrs: Burnout is real. Taking a week off Twitter &amp; marking. Back soon. Be kind to yourselves x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1354172454567878658"
          ],
          "editableUntil" : "2021-01-26T21:30:47.133Z",
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
        "87"
      ],
      "favorite_count" : "32",
      "id_str" : "1354172454567878658",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1354172454567878658",
      "created_at" : "Tue Jan 26 21:00:47 +0000 2021",
      "favorited" : false,
      "full_text" : "Wellbeing isn't a yoga session in the hall at 4pm. It's a workload you can actually do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1258494373034082304"
          ],
          "editableUntil" : "2020-05-07T21:00:14.883Z",
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
        "96"
      ],
      "favorite_count" : "7",
      "id_str" : "1258494373034082304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1258494373034082304",
      "created_at" : "Thu May 07 20:30:14 +0000 2020",
      "favorited" : false,
      "full_text" : "Lockdown SEND: nine families, nine completely different needs, one phone. Exhausted &amp; proud.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1124037293751980032"
          ],
          "editableUntil" : "2019-05-02T20:15:49.090Z",
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
            "name" : "Priya Nair",
            "screen_name" : "priya_earlyyrs",
            "indices" : [
              "14",
              "29"
            ],
            "id_str" : "3903389194",
            "id" : "3903389194"
          },
          {
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "33",
              "44"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "1",
      "id_str" : "1124037293751980032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1124037293751980032",
      "created_at" : "Thu May 02 19:45:49 +0000 2019",
      "favorited" : false,
      "full_text" : "Introduced by @priya_earlyyrs to @aroha_kura, and now we're swapping sensory garden plans between Norwich and Rotorua. This is what the network is for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1108473483444645888"
          ],
          "editableUntil" : "2019-03-20T21:30:47.551Z",
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
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "16",
              "27"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1108465962112331779",
      "id_str" : "1108473483444645888",
      "in_reply_to_user_id" : "3903389194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1108473483444645888",
      "in_reply_to_status_id" : "1108465962112331779",
      "created_at" : "Wed Mar 20 21:00:47 +0000 2019",
      "favorited" : false,
      "full_text" : "@priya_earlyyrs @aroha_kura Thank you Priya! Aroha, your forest school thread last month was brilliant. DMs open 🌿",
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
            "961343911063465984"
          ],
          "editableUntil" : "2018-02-07T21:30:23.960Z",
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
            "name" : "Nadia Kowalski",
            "screen_name" : "nkowalski_lead",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1484575047",
            "id" : "1484575047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "961343911063465984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "961343911063465984",
      "created_at" : "Wed Feb 07 21:00:23 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @nkowalski_lead: Staffroom culture matters. If the loudest voice is negative, be the second loudest. Kindly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "954279798028849153"
          ],
          "editableUntil" : "2018-01-19T09:40:08.168Z",
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
        "53"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "954263618143514625",
      "id_str" : "954279798028849153",
      "in_reply_to_user_id" : "305729571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "954279798028849153",
      "in_reply_to_status_id" : "954263618143514625",
      "created_at" : "Fri Jan 19 09:10:08 +0000 2018",
      "favorited" : false,
      "full_text" : "@twhitfield_hist I'll take 'often right'. Framing it.",
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
            "882350884462489602"
          ],
          "editableUntil" : "2017-07-04T22:00:18.799Z",
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
      "favorite_count" : "8",
      "id_str" : "882350884462489602",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "882350884462489602",
      "created_at" : "Tue Jul 04 21:30:18 +0000 2017",
      "favorited" : false,
      "full_text" : "Echo chamber warning: we all agree inclusion matters. Let's also listen to teachers who say they can't make it work, and ask why.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "784081030858563587"
          ],
          "editableUntil" : "2016-10-06T17:50:59.934Z",
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
        "93"
      ],
      "favorite_count" : "18",
      "id_str" : "784081030858563587",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "784081030858563587",
      "created_at" : "Thu Oct 06 17:20:59 +0000 2016",
      "favorited" : false,
      "full_text" : "Ofsted on Thursday. They spent more time with our SEND team than anywhere else. I'll take it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "692437098464911363"
          ],
          "editableUntil" : "2016-01-27T20:30:43.790Z",
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
        "133"
      ],
      "favorite_count" : "9",
      "id_str" : "692437098464911363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "692437098464911363",
      "created_at" : "Wed Jan 27 20:00:43 +0000 2016",
      "favorited" : false,
      "full_text" : "Tried an idea from someone on here: visual timetables for transitions. It transformed a child's mornings. Thank you, whoever you are.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "570979318848286720"
          ],
          "editableUntil" : "2015-02-26T16:40:52.553Z",
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
        "103"
      ],
      "favorite_count" : "19",
      "id_str" : "570979318848286720",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "570979318848286720",
      "created_at" : "Thu Feb 26 16:10:52 +0000 2015",
      "favorited" : false,
      "full_text" : "Pupil who wouldn't speak in September just read his poem to the whole class. Not crying, you're crying.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "479330281205075970"
          ],
          "editableUntil" : "2014-06-18T19:00:19.222Z",
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
        "72"
      ],
      "favorite_count" : "30",
      "id_str" : "479330281205075970",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "479330281205075970",
      "created_at" : "Wed Jun 18 18:30:19 +0000 2014",
      "favorited" : false,
      "full_text" : "Paperwork mountain today: 3 statement reviews, 1 annual review, 0 lunch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "423197918613684225"
          ],
          "editableUntil" : "2014-01-14T21:30:21.091Z",
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
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "423197918613684225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "423197918613684225",
      "created_at" : "Tue Jan 14 21:00:21 +0000 2014",
      "favorited" : false,
      "full_text" : "SENCo is a lonely job: one per school. Thank goodness for the SEND folk on here on a Tuesday night.",
      "lang" : "en"
    }
  }
]