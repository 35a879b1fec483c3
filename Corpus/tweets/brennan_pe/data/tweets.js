window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594782796423319555"
          ],
          "editableUntil" : "2022-11-21T20:30:22.955Z",
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
              "112",
              "124"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "4",
      "id_str" : "1594782796423319555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594782796423319555",
      "created_at" : "Mon Nov 21 20:00:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Wales at the World Cup for the first time since 1958 🏴󠁧󠁢󠁷󠁬󠁳󠁿 The whole school has gone bucket-hat crazy. Diolch @pryce_ysgol for the Welsh chant sheet!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479165939203723264"
          ],
          "editableUntil" : "2022-01-06T19:30:16.137Z",
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
        "121"
      ],
      "favorite_count" : "6",
      "id_str" : "1479165939203723264",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479165939203723264",
      "created_at" : "Thu Jan 06 19:00:16 +0000 2022",
      "favorited" : false,
      "full_text" : "Moved to a new school across the city. Twitter friends have already sent five 'first week survival' messages 😂 Thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1391649444957261827"
          ],
          "editableUntil" : "2021-05-10T07:30:57.931Z",
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
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "1391649444957261827",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1391649444957261827",
      "created_at" : "Mon May 10 07:00:57 +0000 2021",
      "favorited" : false,
      "full_text" : "Teacher wellbeing matters too. Took up running again. 5k this morning, slow &amp; smiling.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1329711262935965699"
          ],
          "editableUntil" : "2020-11-20T09:30:44.581Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
              "109",
              "122"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lindiwe Khumalo",
            "screen_name" : "lindiwe_maths",
            "indices" : [
              "64",
              "78"
            ],
            "id_str" : "2650326404",
            "id" : "2650326404"
          },
          {
            "name" : "Thabo Mokoena",
            "screen_name" : "coach_thabo",
            "indices" : [
              "80",
              "92"
            ],
            "id_str" : "3118969590",
            "id" : "3118969590"
          },
          {
            "name" : "Daniel Okoro",
            "screen_name" : "dokoro_cs",
            "indices" : [
              "97",
              "107"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "id_str" : "1329711262935965699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1329711262935965699",
      "created_at" : "Fri Nov 20 09:00:44 +0000 2020",
      "favorited" : false,
      "full_text" : "#FF the people who helped a PE teacher survive remote learning: @lindiwe_maths, @coach_thabo and @dokoro_cs. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253685335170265090"
          ],
          "editableUntil" : "2020-04-24T14:30:50.908Z",
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
        "61"
      ],
      "favorite_count" : "7",
      "id_str" : "1253685335170265090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1253685335170265090",
      "created_at" : "Fri Apr 24 14:00:50 +0000 2020",
      "favorited" : false,
      "full_text" : "PE over Zoom: 'Sir, my mum says no star jumps indoors.' Fair.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1178640738996883457"
          ],
          "editableUntil" : "2019-09-30T12:30:24.919Z",
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
        "96"
      ],
      "favorite_count" : "4",
      "id_str" : "1178640738996883457",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1178640738996883457",
      "created_at" : "Mon Sep 30 12:00:24 +0000 2019",
      "favorited" : false,
      "full_text" : "Rugby World Cup in Japan: half of Y10 watched the match at dawn before school. Tired but happy 🏉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1111312092372631554"
          ],
          "editableUntil" : "2019-03-28T17:30:24.658Z",
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
            "name" : "Lindiwe Khumalo",
            "screen_name" : "lindiwe_maths",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2650326404",
            "id" : "2650326404"
          },
          {
            "name" : "Thabo Mokoena",
            "screen_name" : "coach_thabo",
            "indices" : [
              "15",
              "27"
            ],
            "id_str" : "3118969590",
            "id" : "3118969590"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1110980036579966977",
      "id_str" : "1111312092372631554",
      "in_reply_to_user_id" : "2650326404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1111312092372631554",
      "in_reply_to_status_id" : "1110980036579966977",
      "created_at" : "Thu Mar 28 17:00:24 +0000 2019",
      "favorited" : false,
      "full_text" : "@lindiwe_maths @coach_thabo Thanks for the intro, Lindiwe! Thabo, I'd love to hear how you run your ubuntu games.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lindiwe_maths",
      "in_reply_to_user_id_str" : "2650326404"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1110987479909629952"
          ],
          "editableUntil" : "2019-03-27T20:00:31.016Z",
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
            "name" : "Lindiwe Khumalo",
            "screen_name" : "lindiwe_maths",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2650326404",
            "id" : "2650326404"
          },
          {
            "name" : "Ollie Brennan",
            "screen_name" : "brennan_pe",
            "indices" : [
              "20",
              "31"
            ],
            "id_str" : "686253843807981571",
            "id" : "686253843807981571"
          },
          {
            "name" : "Thabo Mokoena",
            "screen_name" : "coach_thabo",
            "indices" : [
              "37",
              "49"
            ],
            "id_str" : "3118969590",
            "id" : "3118969590"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1110987479909629952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1110987479909629952",
      "created_at" : "Wed Mar 27 19:30:31 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @lindiwe_maths: .@brennan_pe meet @coach_thabo: Thabo runs the best ubuntu games programme in the Western Cape. You two should talk! ⚽",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1060630564778004480"
          ],
          "editableUntil" : "2018-11-08T21:00:06.863Z",
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
      "favorite_count" : "2",
      "id_str" : "1060630564778004480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1060630564778004480",
      "created_at" : "Thu Nov 08 20:30:06 +0000 2018",
      "favorited" : false,
      "full_text" : "Staffroom negativity is contagious. So is enthusiasm. Choosing where I sit at lunch very carefully these days.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1012742714233135104"
          ],
          "editableUntil" : "2018-06-29T17:30:53.579Z",
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
              "7",
              "19"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "4",
      "id_str" : "1012742714233135104",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1012742714233135104",
      "created_at" : "Fri Jun 29 17:00:53 +0000 2018",
      "favorited" : false,
      "full_text" : "Diolch @pryce_ysgol for the Welsh phrases for sports day! Our Year 7 announcer was magnificent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "936323980430479360"
          ],
          "editableUntil" : "2017-11-30T20:30:07.649Z",
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
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "936323980430479360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "936323980430479360",
      "created_at" : "Thu Nov 30 20:00:07 +0000 2017",
      "favorited" : false,
      "full_text" : "Estyn visit next week. The cones have never been so tidy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "913101071888924673"
          ],
          "editableUntil" : "2017-09-27T18:30:34.792Z",
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
        "108"
      ],
      "favorite_count" : "15",
      "id_str" : "913101071888924673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "913101071888924673",
      "created_at" : "Wed Sep 27 18:00:34 +0000 2017",
      "favorited" : false,
      "full_text" : "Found a wheelchair basketball coach through Twitter who came in for free. The kids now demand it every week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "829351703925657600"
          ],
          "editableUntil" : "2017-02-08T16:00:29.482Z",
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
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "829351703925657600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "829351703925657600",
      "created_at" : "Wed Feb 08 15:30:29 +0000 2017",
      "favorited" : false,
      "full_text" : "Y9 orienteering round the school. Two groups found their way back. The third found the canteen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "749180838421090307"
          ],
          "editableUntil" : "2016-07-02T10:30:05.643Z",
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
        "107"
      ],
      "favorite_count" : "35",
      "id_str" : "749180838421090307",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "749180838421090307",
      "created_at" : "Sat Jul 02 10:00:05 +0000 2016",
      "favorited" : false,
      "full_text" : "Wales in the Euros semi-final!!! Today's lesson plan: cancelled. Replaced with 'Bale appreciation'. 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "686986058833821698"
          ],
          "editableUntil" : "2016-01-12T19:30:14.666Z",
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
        "122"
      ],
      "favorite_count" : "6",
      "id_str" : "686986058833821698",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "686986058833821698",
      "created_at" : "Tue Jan 12 19:00:14 +0000 2016",
      "favorited" : false,
      "full_text" : "New to Twitter. PE teacher in Cardiff. Here for ideas to get the kids who hate PE moving. Go easy on me. Will follow back!",
      "lang" : "en"
    }
  }
]