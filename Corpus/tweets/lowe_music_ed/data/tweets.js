window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1603842563847340033"
          ],
          "editableUntil" : "2022-12-16T20:30:39.832Z",
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
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1603842563847340033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1603842563847340033",
      "created_at" : "Fri Dec 16 20:00:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Ceilidh at the Christmas dance. S1 Strip the Willow = carnage. Perfection.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595794448890826752"
          ],
          "editableUntil" : "2022-11-24T15:30:19.699Z",
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
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1595794448890826752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1595794448890826752",
      "created_at" : "Thu Nov 24 15:00:19 +0000 2022",
      "favorited" : false,
      "full_text" : "On strike in the sleet with colleagues today. A parent brought hot chocolate for the whole picket line. Small kindnesses.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1384227919188443137"
          ],
          "editableUntil" : "2021-04-19T20:00:28.302Z",
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
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "1384227919188443137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1384227919188443137",
      "created_at" : "Mon Apr 19 19:30:28 +0000 2021",
      "favorited" : false,
      "full_text" : "Back, lighter. Thank you for the kind messages, you supportive bunch. You lot are a better staffroom than plenty of staffrooms.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1365391372670341122"
          ],
          "editableUntil" : "2021-02-26T20:30:45.646Z",
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
        "127"
      ],
      "favorite_count" : "1",
      "id_str" : "1365391372670341122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1365391372670341122",
      "created_at" : "Fri Feb 26 20:00:45 +0000 2021",
      "favorited" : false,
      "full_text" : "Running on empty this term, close to burnout. Stepping back from the socials for a bit to look after myself. Back after Easter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1261008541225312257"
          ],
          "editableUntil" : "2020-05-14T19:30:39.290Z",
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
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "1261008541225312257",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1261008541225312257",
      "created_at" : "Thu May 14 19:00:39 +0000 2020",
      "favorited" : false,
      "full_text" : "Teaching choir over Zoom. The lag means we're singing a round whether we like it or not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1188203777825787905"
          ],
          "editableUntil" : "2019-10-26T21:50:31.049Z",
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
            "name" : "Niall McGrath",
            "screen_name" : "mcgrath_art",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "2502769172",
            "id" : "2502769172"
          },
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "29",
              "43"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1188203777825787905",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1188203777825787905",
      "created_at" : "Sat Oct 26 21:20:31 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @mcgrath_art: Finally met @lowe_music_ed IRL at a conference in Edinburgh. Two departments of one, in the same room at last.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1188202494463348739"
          ],
          "editableUntil" : "2019-10-26T21:45:25.071Z",
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
            "name" : "Niall McGrath",
            "screen_name" : "mcgrath_art",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2502769172",
            "id" : "2502769172"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1188198783156494338",
      "id_str" : "1188202494463348739",
      "in_reply_to_user_id" : "2502769172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1188202494463348739",
      "in_reply_to_status_id" : "1188198783156494338",
      "created_at" : "Sat Oct 26 21:15:25 +0000 2019",
      "favorited" : false,
      "full_text" : "@mcgrath_art Two departments of one in one room. We could form a committee. We'd both be chair.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mcgrath_art",
      "in_reply_to_user_id_str" : "2502769172"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1174397828173840385"
          ],
          "editableUntil" : "2019-09-18T19:30:36.150Z",
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
            "name" : "Dev Patel",
            "screen_name" : "dev_dt_teach",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2389236195",
            "id" : "2389236195"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1174382612497190915",
      "id_str" : "1174397828173840385",
      "in_reply_to_user_id" : "2389236195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1174397828173840385",
      "in_reply_to_status_id" : "1174382612497190915",
      "created_at" : "Wed Sep 18 19:00:36 +0000 2019",
      "favorited" : false,
      "full_text" : "@dev_dt_teach They sound AMAZING. The Y8 ukulele band sends thanks &amp; a slightly out-of-tune video.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_dt_teach",
      "in_reply_to_user_id_str" : "2389236195"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1041763789829656578"
          ],
          "editableUntil" : "2018-09-17T19:30:17.187Z",
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
              "14",
              "31"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "37",
              "49"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "5",
      "id_str" : "1041763789829656578",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1041763789829656578",
      "created_at" : "Mon Sep 17 19:00:17 +0000 2018",
      "favorited" : false,
      "full_text" : "Joined Sunday #SmallSchoolsChat with @pryce_ysgol &amp; friends: rural teachers swapping ideas till 9. Not a head, but I'm in. Only-teachers welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "974570981030805507"
          ],
          "editableUntil" : "2018-03-16T09:30:03.187Z",
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
              "13",
              "26"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "11",
      "id_str" : "974570981030805507",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "974570981030805507",
      "created_at" : "Fri Mar 16 09:00:03 +0000 2018",
      "favorited" : false,
      "full_text" : "Presented at #TeachMeetGLA last night. Three hours' drive each way. Standing ovation (two people, both Daniel).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "809510896716128257"
          ],
          "editableUntil" : "2016-12-15T22:00:12.419Z",
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
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "809510896716128257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "809510896716128257",
      "created_at" : "Thu Dec 15 21:30:12 +0000 2016",
      "favorited" : false,
      "full_text" : "Christmas concert. S1 recorder group played 'Jingle Bells' in at least three keys at once. Parents cried. Good tears, mostly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "731023907015286784"
          ],
          "editableUntil" : "2016-05-13T08:00:55.856Z",
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
            "name" : "Niall McGrath",
            "screen_name" : "mcgrath_art",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2502769172",
            "id" : "2502769172"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "730835006744670211",
      "id_str" : "731023907015286784",
      "in_reply_to_user_id" : "2502769172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "731023907015286784",
      "in_reply_to_status_id" : "730835006744670211",
      "created_at" : "Fri May 13 07:30:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@mcgrath_art Absolutely! Galway's on the list. I'll bring the ukulele; you bring the clay.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mcgrath_art",
      "in_reply_to_user_id_str" : "2502769172"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "730125332004925443"
          ],
          "editableUntil" : "2016-05-10T20:30:18.879Z",
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
            "url" : "https://t.co/0ICOOl9jHO",
            "expanded_url" : "https://hannahlowe-music.example/department-of-one",
            "display_url" : "hannahlowe-music.example/department-of-…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "id_str" : "730125332004925443",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "730125332004925443",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 10 20:00:18 +0000 2016",
      "favorited" : false,
      "full_text" : "New blog post: being a department of one. What three years of teaching music alone taught me https://t.co/0ICOOl9jHO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "700067335585763328"
          ],
          "editableUntil" : "2016-02-17T21:50:34.082Z",
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
            "name" : "Daniel Okoro",
            "screen_name" : "dokoro_cs",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          },
          {
            "name" : "Bev Ashworth",
            "screen_name" : "ashworth_geog",
            "indices" : [
              "11",
              "25"
            ],
            "id_str" : "575909149",
            "id" : "575909149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "700048337704665088",
      "id_str" : "700067335585763328",
      "in_reply_to_user_id" : "968437047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "700067335585763328",
      "in_reply_to_status_id" : "700048337704665088",
      "created_at" : "Wed Feb 17 21:20:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@dokoro_cs @ashworth_geog Yes! The 'onlys'. I'll bring my ukulele to the first meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dokoro_cs",
      "in_reply_to_user_id_str" : "968437047"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "650747382556209154"
          ],
          "editableUntil" : "2015-10-04T19:30:40.960Z",
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
      "favorite_count" : "12",
      "id_str" : "650747382556209154",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "650747382556209154",
      "created_at" : "Sun Oct 04 19:00:40 +0000 2015",
      "favorited" : false,
      "full_text" : "Only music teacher in a school of 400. Choirs, orchestra, exam classes and a broken piano. Hello, music teachers of Twitter!",
      "lang" : "en"
    }
  }
]