window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576270953998036992"
          ],
          "editableUntil" : "2022-10-01T18:30:55.788Z",
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
        "62"
      ],
      "favorite_count" : "9",
      "id_str" : "1576270953998036992",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1576270953998036992",
      "created_at" : "Sat Oct 01 18:00:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Eight years on here. Changed schools twice. The people stayed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573643623557689345"
          ],
          "editableUntil" : "2022-09-24T12:30:51.397Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1573643623557689345",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1573643623557689345",
      "created_at" : "Sat Sep 24 12:00:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Heritage Day. Learners came in traditional dress and we did geometry with beadwork patterns 🇿🇦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1389988468276699139"
          ],
          "editableUntil" : "2021-05-05T17:30:50.231Z",
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
            "name" : "Dr Kwame Asante",
            "screen_name" : "kwame_stars",
            "indices" : [
              "92",
              "104"
            ],
            "id_str" : "2557640286",
            "id" : "2557640286"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "4",
      "id_str" : "1389988468276699139",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1389988468276699139",
      "created_at" : "Wed May 05 17:00:50 +0000 2021",
      "favorited" : false,
      "full_text" : "A real scientist answered my Grade 10s' questions about the size of the universe. Thank you @kwame_stars! They all want to be astronomers now 🌌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1389983237003714562"
          ],
          "editableUntil" : "2021-05-05T17:10:02.998Z",
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
            "name" : "Dr Kwame Asante",
            "screen_name" : "kwame_stars",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "2557640286",
            "id" : "2557640286"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "1389983237003714562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1389983237003714562",
      "created_at" : "Wed May 05 16:40:02 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @kwame_stars: A Grade 10 class in Cape Town asked me how big the universe is. Best question all week. Short answer: bigger than the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1296160046984646656"
          ],
          "editableUntil" : "2020-08-19T19:30:11.347Z",
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
        "141"
      ],
      "favorite_count" : "41",
      "id_str" : "1296160046984646656",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1296160046984646656",
      "created_at" : "Wed Aug 19 19:00:11 +0000 2020",
      "favorited" : false,
      "full_text" : "Sometimes I worry we're all in our own bubble, sharing ideas that only work in well-resourced schools. Half my learners have no data at home.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1268648831160872960"
          ],
          "editableUntil" : "2020-06-04T21:30:26.361Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1268641419100082179",
      "id_str" : "1268648831160872960",
      "in_reply_to_user_id" : "2748286614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1268648831160872960",
      "in_reply_to_status_id" : "1268641419100082179",
      "created_at" : "Thu Jun 04 21:00:26 +0000 2020",
      "favorited" : false,
      "full_text" : "@cdubois_maths Same problems, same jokes, four accents. Let's make it monthly!",
      "lang" : "en",
      "in_reply_to_screen_name" : "cdubois_maths",
      "in_reply_to_user_id_str" : "2748286614"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1268573266179072002"
          ],
          "editableUntil" : "2020-06-04T16:30:10.265Z",
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
        "135"
      ],
      "favorite_count" : "1",
      "id_str" : "1268573266179072002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1268573266179072002",
      "created_at" : "Thu Jun 04 16:00:10 +0000 2020",
      "favorited" : false,
      "full_text" : "Hosting an international maths teacher Zoom tonight with friends in Lyon, Hamburg and Leicester. Bring your trickiest problems 🇿🇦🇫🇷🇩🇪🇬🇧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1110980036579966977"
          ],
          "editableUntil" : "2019-03-27T19:30:56.388Z",
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
              "1",
              "12"
            ],
            "id_str" : "686253843807981571",
            "id" : "686253843807981571"
          },
          {
            "name" : "Thabo Mokoena",
            "screen_name" : "coach_thabo",
            "indices" : [
              "18",
              "30"
            ],
            "id_str" : "3118969590",
            "id" : "3118969590"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "16",
      "id_str" : "1110980036579966977",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1110980036579966977",
      "created_at" : "Wed Mar 27 19:00:56 +0000 2019",
      "favorited" : false,
      "full_text" : ".@brennan_pe meet @coach_thabo: Thabo runs the best ubuntu games programme in the Western Cape. You two should talk! ⚽",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1049759046921818114"
          ],
          "editableUntil" : "2018-10-09T21:00:35.023Z",
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
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "1049759046921818114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1049759046921818114",
      "created_at" : "Tue Oct 09 20:30:35 +0000 2018",
      "favorited" : false,
      "full_text" : "Marking exam scripts by torchlight during load-shedding. Very glamorous.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "954292370211414016"
          ],
          "editableUntil" : "2018-01-19T10:30:05.610Z",
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
        "71"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "954263618143514625",
      "id_str" : "954292370211414016",
      "in_reply_to_user_id" : "305729571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "954292370211414016",
      "in_reply_to_status_id" : "954263618143514625",
      "created_at" : "Fri Jan 19 10:00:05 +0000 2018",
      "favorited" : false,
      "full_text" : "@twhitfield_hist 'Regularly tells me I'm wrong.' Putting that on my CV.",
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
            "908978872139485185"
          ],
          "editableUntil" : "2017-09-16T09:30:25.785Z",
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
        "93"
      ],
      "favorite_count" : "5",
      "id_str" : "908978872139485185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "908978872139485185",
      "created_at" : "Sat Sep 16 09:00:25 +0000 2017",
      "favorited" : false,
      "full_text" : "Matric maths prep, Saturday class. Tired, but the learners are showing up, so I'm showing up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "786823896876969984"
          ],
          "editableUntil" : "2016-10-14T07:30:10.153Z",
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
              "68",
              "81"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "4",
              "18"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "8",
      "id_str" : "786823896876969984",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "786823896876969984",
      "created_at" : "Fri Oct 14 07:00:10 +0000 2016",
      "favorited" : false,
      "full_text" : "#FF @cdubois_maths: c'est magnifique. She makes mistakes beautiful. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "692059562629332993"
          ],
          "editableUntil" : "2016-01-26T19:30:32.232Z",
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
        "113"
      ],
      "favorite_count" : "9",
      "id_str" : "692059562629332993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "692059562629332993",
      "created_at" : "Tue Jan 26 19:00:32 +0000 2016",
      "favorited" : false,
      "full_text" : "Ubuntu: I am because we are. Also true of a good teacher network. Reply, share, follow back: that's how it grows.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "575280043513094144"
          ],
          "editableUntil" : "2015-03-10T13:30:25.216Z",
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
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "575280043513094144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "575280043513094144",
      "created_at" : "Tue Mar 10 13:00:25 +0000 2015",
      "favorited" : false,
      "full_text" : "Load-shedding mid-lesson. Taught fractions with candles and a chocolate bar. Honestly better.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "496717421937201153"
          ],
          "editableUntil" : "2014-08-05T18:30:36.610Z",
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
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "496717421937201153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "496717421937201153",
      "created_at" : "Tue Aug 05 18:00:36 +0000 2014",
      "favorited" : false,
      "full_text" : "Maths teacher in Cape Town. Looking for like-minded people who teach problem solving, not just procedures. Sawubona, Twitter!",
      "lang" : "en"
    }
  }
]