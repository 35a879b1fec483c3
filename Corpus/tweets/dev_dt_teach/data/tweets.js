window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580664919030218754"
          ],
          "editableUntil" : "2022-10-13T21:30:58.687Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ollie Brennan",
            "screen_name" : "brennan_pe",
            "indices" : [
              "11",
              "22"
            ],
            "id_str" : "686253843807981571",
            "id" : "686253843807981571"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "6",
      "id_str" : "1580664919030218754",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580664919030218754",
      "created_at" : "Thu Oct 13 21:00:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Tagging in @brennan_pe: we've laser-cut tactile maps so a visually impaired student can do orienteering with her class. Could your Y9s test them?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1502011510976454659"
          ],
          "editableUntil" : "2022-03-10T20:30:24.898Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1502011510976454659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502011510976454659",
      "created_at" : "Thu Mar 10 20:00:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Exam board spec changed again. Someone on here had a side-by-side comparison posted by 9am. Hero.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1354851983705751555"
          ],
          "editableUntil" : "2021-01-28T18:30:59.505Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "10",
      "id_str" : "1354851983705751555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1354851983705751555",
      "created_at" : "Thu Jan 28 18:00:59 +0000 2021",
      "favorited" : false,
      "full_text" : "Teaching DT with no workshop: 'design a chair' with cardboard &amp; tape at home. The results will haunt me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1248340071277105155"
          ],
          "editableUntil" : "2020-04-09T20:30:40.686Z",
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
        "148"
      ],
      "favorite_count" : "14",
      "id_str" : "1248340071277105155",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1248340071277105155",
      "created_at" : "Thu Apr 09 20:00:40 +0000 2020",
      "favorited" : false,
      "full_text" : "Made 400 face shields for local hospitals on the school 3D printers. DT teachers across the UK shared the design files overnight. Proud of this lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1174382612497190915"
          ],
          "editableUntil" : "2019-09-18T18:30:08.450Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "22",
              "36"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "17",
      "id_str" : "1174382612497190915",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1174382612497190915",
      "created_at" : "Wed Sep 18 18:00:08 +0000 2019",
      "favorited" : false,
      "full_text" : "Cross-curricular win: @lowe_music_ed and I designed laser-cut ukulele bridges for her Y8 band. Met on here; never been in the same county.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1100795199229808641"
          ],
          "editableUntil" : "2019-02-27T17:00:01.939Z",
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
        "97"
      ],
      "favorite_count" : "10",
      "id_str" : "1100795199229808641",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1100795199229808641",
      "created_at" : "Wed Feb 27 16:30:01 +0000 2019",
      "favorited" : false,
      "full_text" : "Textiles borrowed the laser cutter. It now smells of burnt felt. Everything smells of burnt felt.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1029782454613540867"
          ],
          "editableUntil" : "2018-08-15T18:00:44.269Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Daniel Okoro",
            "screen_name" : "dokoro_cs",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1029782454613540867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1029782454613540867",
      "created_at" : "Wed Aug 15 17:30:44 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @dokoro_cs: After seven years I am no longer a department of one. We've hired a second computing teacher!!! 🎉🎉🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1002459860349759488"
          ],
          "editableUntil" : "2018-06-01T08:30:30.167Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
              "94",
              "107"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Daniel Okoro",
            "screen_name" : "dokoro_cs",
            "indices" : [
              "4",
              "14"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1002459860349759488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1002459860349759488",
      "created_at" : "Fri Jun 01 08:00:30 +0000 2018",
      "favorited" : false,
      "full_text" : "#FF @dokoro_cs, who has answered every daft Python question I've ever asked him. Patient man. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "984772020399349760"
          ],
          "editableUntil" : "2018-04-13T13:05:20.499Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FollowFriday",
            "indices" : [
              "17",
              "30"
            ]
          },
          {
            "text" : "FF",
            "indices" : [
              "122",
              "125"
            ]
          }
        ],
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
            "name" : "Dev Patel",
            "screen_name" : "dev_dt_teach",
            "indices" : [
              "32",
              "45"
            ],
            "id_str" : "2389236195",
            "id" : "2389236195"
          },
          {
            "name" : "Marco Verdi",
            "screen_name" : "marcoverdi_art",
            "indices" : [
              "71",
              "86"
            ],
            "id_str" : "763404165",
            "id" : "763404165"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "984772020399349760",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "984772020399349760",
      "created_at" : "Fri Apr 13 12:35:20 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @mcgrath_art: #FollowFriday: @dev_dt_teach for laser-cut genius and @marcoverdi_art for being so kind to 15-year-olds. #FF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "984770845165400066"
          ],
          "editableUntil" : "2018-04-13T13:00:40.301Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
        "104"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "984710370893185024",
      "id_str" : "984770845165400066",
      "in_reply_to_user_id" : "2502769172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "984770845165400066",
      "in_reply_to_status_id" : "984710370893185024",
      "created_at" : "Fri Apr 13 12:30:40 +0000 2018",
      "favorited" : false,
      "full_text" : "@mcgrath_art Cheers Niall! Send over your clay designs &amp; we'll cut some stencils for your 1st years.",
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
            "864571197156446211"
          ],
          "editableUntil" : "2017-05-16T20:30:11.015Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DTteacher",
            "indices" : [
              "79",
              "89"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "11",
      "id_str" : "864571197156446211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "864571197156446211",
      "created_at" : "Tue May 16 20:00:11 +0000 2017",
      "favorited" : false,
      "full_text" : "DT is disappearing from timetables and it can feel lonely fighting for it. The #DTteacher crowd on here keep me going.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "758678434802614272"
          ],
          "editableUntil" : "2016-07-28T15:30:09.077Z",
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
              "12",
              "22"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "id_str" : "758678434802614272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "758678434802614272",
      "created_at" : "Thu Jul 28 15:00:09 +0000 2016",
      "favorited" : false,
      "full_text" : "Finally met @dokoro_cs at a Raspberry Pi event in Cambridge. Talked about servo motors for three hours. No regrets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "705422632739409922"
          ],
          "editableUntil" : "2016-03-03T16:30:36.420Z",
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
        "80"
      ],
      "favorite_count" : "3",
      "id_str" : "705422632739409922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "705422632739409922",
      "created_at" : "Thu Mar 03 16:00:36 +0000 2016",
      "favorited" : false,
      "full_text" : "Y9 made phone stands. One made a phone 'sleeping bag'. Not the brief. Brilliant.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "557432346005966848"
          ],
          "editableUntil" : "2015-01-20T07:30:02.536Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BETT",
            "indices" : [
              "0",
              "5"
            ]
          },
          {
            "text" : "edtech",
            "indices" : [
              "70",
              "77"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "9",
      "id_str" : "557432346005966848",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "557432346005966848",
      "created_at" : "Tue Jan 20 07:00:02 +0000 2015",
      "favorited" : false,
      "full_text" : "#BETT this week. I'll be at the 3D printing stands looking sceptical. #edtech",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "454967399711047681"
          ],
          "editableUntil" : "2014-04-12T13:30:55.633Z",
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
      "favorite_count" : "5",
      "id_str" : "454967399711047681",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "454967399711047681",
      "created_at" : "Sat Apr 12 13:00:55 +0000 2014",
      "favorited" : false,
      "full_text" : "Laser cutter fixed. Cost: one Saturday, three videos and a tweet to a stranger in Leeds who talked me through lens alignment.",
      "lang" : "en"
    }
  }
]