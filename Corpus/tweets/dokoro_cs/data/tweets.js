window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596957158799130624"
          ],
          "editableUntil" : "2022-11-27T20:30:31.343Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "36",
              "49"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/D3TLlb2o8d",
            "expanded_url" : "https://twitter.com/rachel_codes_ed/status/1590094392524210179",
            "display_url" : "twitter.com/rachel_codes_e…",
            "indices" : [
              "132",
              "155"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "2",
      "id_str" : "1596957158799130624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596957158799130624",
      "possibly_sensitive" : false,
      "created_at" : "Sun Nov 27 20:00:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Twitter might be falling apart, but #TeachMeetGLA now has a mailing list. Networks should outlive platforms. Let's make sure of it. https://t.co/D3TLlb2o8d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595693929678700545"
          ],
          "editableUntil" : "2022-11-24T08:50:54.051Z",
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
      "favorite_count" : "5",
      "id_str" : "1595693929678700545",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1595693929678700545",
      "created_at" : "Thu Nov 24 08:20:54 +0000 2022",
      "favorited" : false,
      "full_text" : "Strike day. Picket line outside school at 8am with the department &amp; half the English staff. Freezing. Solidarity and flasks of tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532070768842969089"
          ],
          "editableUntil" : "2022-06-01T19:15:10.447Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "0",
              "13"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/7b6i96ELI2",
            "expanded_url" : "https://teachmeetgla.example/2022",
            "display_url" : "teachmeetgla.example/2022",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "9",
      "id_str" : "1532070768842969089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1532070768842969089",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 01 18:45:10 +0000 2022",
      "favorited" : false,
      "full_text" : "#TeachMeetGLA is BACK in person! 23 June, usual place, usual biscuits. I have missed the chaos. Who's in? https://t.co/7b6i96ELI2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1435259194736726017"
          ],
          "editableUntil" : "2021-09-07T15:40:32.508Z",
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
        "110"
      ],
      "favorite_count" : "2",
      "id_str" : "1435259194736726017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1435259194736726017",
      "created_at" : "Tue Sep 07 15:10:32 +0000 2021",
      "favorited" : false,
      "full_text" : "Raspberry Pi shortage means physical computing with 8 Pis for 28 kids. Pairs of three? Triples? Triads? Chaos.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1271208318258188291"
          ],
          "editableUntil" : "2020-06-11T23:00:55.638Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "0",
              "13"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Haruka Ishida 石田はるか",
            "screen_name" : "haruka_eigo",
            "indices" : [
              "70",
              "82"
            ],
            "id_str" : "3359927167",
            "id" : "3359927167"
          },
          {
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "104",
              "115"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "4",
      "id_str" : "1271208318258188291",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1271208318258188291",
      "created_at" : "Thu Jun 11 22:30:55 +0000 2020",
      "favorited" : false,
      "full_text" : "#TeachMeetGLA went online tonight: 140 people, 9 countries, including @haruka_eigo at 3am in Sendai and @aroha_kura at breakfast in Rotorua. Mad. Brilliant.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1101399191262547971"
          ],
          "editableUntil" : "2019-03-01T09:00:04.861Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
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
            "text" : "TeachMeetGLA",
            "indices" : [
              "36",
              "49"
            ]
          },
          {
            "text" : "FollowFriday",
            "indices" : [
              "129",
              "142"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "51",
              "67"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          },
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "68",
              "82"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          },
          {
            "name" : "Nadia Kowalski",
            "screen_name" : "nkowalski_lead",
            "indices" : [
              "83",
              "98"
            ],
            "id_str" : "1484575047",
            "id" : "1484575047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "5",
      "id_str" : "1101399191262547971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1101399191262547971",
      "created_at" : "Fri Mar 01 08:30:04 +0000 2019",
      "favorited" : false,
      "full_text" : "#FF everyone who's ever stood up at #TeachMeetGLA: @rachel_codes_ed @lowe_music_ed @nkowalski_lead and dozens more. You make it. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1031939039653355520"
          ],
          "editableUntil" : "2018-08-21T16:50:14.210Z",
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
        "132"
      ],
      "favorite_count" : "10",
      "id_str" : "1031939039653355520",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1031939039653355520",
      "created_at" : "Tue Aug 21 16:20:14 +0000 2018",
      "favorited" : false,
      "full_text" : "Turns out the new colleague already followed me on here. Walked in on day one and said 'oh, you're the TeachMeet guy'. Fame at last.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1029774916602032129"
          ],
          "editableUntil" : "2018-08-15T17:30:47.067Z",
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
        "99"
      ],
      "favorite_count" : "9",
      "id_str" : "1029774916602032129",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1029774916602032129",
      "created_at" : "Wed Aug 15 17:00:47 +0000 2018",
      "favorited" : false,
      "full_text" : "After seven years I am no longer a department of one. We've hired a second computing teacher!!! 🎉🎉🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "839878673097105408"
          ],
          "editableUntil" : "2017-03-09T17:10:54.514Z",
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
        "111"
      ],
      "favorite_count" : "5",
      "id_str" : "839878673097105408",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "839878673097105408",
      "created_at" : "Thu Mar 09 16:40:54 +0000 2017",
      "favorited" : false,
      "full_text" : "S2 wrote a Python program that insults you if you type the wrong password. Security is, technically, improving.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "801910795058348033"
          ],
          "editableUntil" : "2016-11-24T22:40:06.981Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "0",
              "13"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "66",
              "78"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "8",
      "id_str" : "801910795058348033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "801910795058348033",
      "created_at" : "Thu Nov 24 22:10:06 +0000 2016",
      "favorited" : false,
      "full_text" : "#TeachMeetGLA no.5: a primary head from Powys joined us by Skype. @pryce_ysgol, you were the hit of the night. Next time, in person?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "730144350535217155"
          ],
          "editableUntil" : "2016-05-10T21:45:53.250Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/0ICOOl9jHO",
            "expanded_url" : "https://hannahlowe-music.example/department-of-one",
            "display_url" : "hannahlowe-music.example/department-of-…",
            "indices" : [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "730144350535217155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "730144350535217155",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 10 21:15:53 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @lowe_music_ed: New blog post: being a department of one. What three years of teaching music alone taught me https://t.co/0ICOOl9jHO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "705445149091913728"
          ],
          "editableUntil" : "2016-03-03T18:00:04.737Z",
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
        "90"
      ],
      "favorite_count" : "2",
      "id_str" : "705445149091913728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "705445149091913728",
      "created_at" : "Thu Mar 03 17:30:04 +0000 2016",
      "favorited" : false,
      "full_text" : "Code Club cancelled because the server room flooded. Again. The server room is a cupboard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "700048337704665088"
          ],
          "editableUntil" : "2016-02-17T20:35:04.634Z",
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
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "94",
              "108"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          },
          {
            "name" : "Bev Ashworth",
            "screen_name" : "ashworth_geog",
            "indices" : [
              "109",
              "123"
            ],
            "id_str" : "575909149",
            "id" : "575909149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "13",
      "id_str" : "700048337704665088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "700048337704665088",
      "created_at" : "Wed Feb 17 20:05:04 +0000 2016",
      "favorited" : false,
      "full_text" : "Calling all 'onlys': the only teacher of your subject in the building. Let's find each other. @lowe_music_ed @ashworth_geog",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "652227189702946816"
          ],
          "editableUntil" : "2015-10-08T21:30:54.477Z",
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
        "110"
      ],
      "favorite_count" : "4",
      "id_str" : "652227189702946816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "652227189702946816",
      "created_at" : "Thu Oct 08 21:00:54 +0000 2015",
      "favorited" : false,
      "full_text" : "Four years. One computing teacher (me). 900 pupils. Department meetings are very efficient. Very lonely, mind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "599118490760187904"
          ],
          "editableUntil" : "2015-05-15T08:15:53.937Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
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
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "13",
              "29"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "598957444721004545",
      "id_str" : "599118490760187904",
      "in_reply_to_user_id" : "1569385927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "599118490760187904",
      "in_reply_to_status_id" : "598957444721004545",
      "created_at" : "Fri May 15 07:45:53 +0000 2015",
      "favorited" : false,
      "full_text" : "@pryce_ysgol @rachel_codes_ed Six kids is a club! Mine started with four. Sending you my Scratch starter pack: rough, but it works.",
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
            "598952245381738497"
          ],
          "editableUntil" : "2015-05-14T21:15:17.950Z",
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
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          },
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "22",
              "34"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          },
          {
            "name" : "Daniel Okoro",
            "screen_name" : "dokoro_cs",
            "indices" : [
              "40",
              "50"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "id_str" : "598952245381738497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "598952245381738497",
      "created_at" : "Thu May 14 20:45:17 +0000 2015",
      "favorited" : false,
      "full_text" : "RT @rachel_codes_ed: .@pryce_ysgol meet @dokoro_cs. Both running code clubs with tiny numbers &amp; no budget, both brilliant. You two should…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "477203914192809984"
          ],
          "editableUntil" : "2014-06-12T22:10:53.820Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/dokoro_cs/status/477203914192809984/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/d6MbidTQEy",
            "media_url" : "http://pbs.twimg.com/media/1qIUnBcSpzM5Pni.jpg",
            "id_str" : "477203851279089666",
            "id" : "477203851279089666",
            "media_url_https" : "https://pbs.twimg.com/media/1qIUnBcSpzM5Pni.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/d6MbidTQEy"
          }
        ],
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "73",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "7",
      "id_str" : "477203914192809984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "477203914192809984",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 12 21:40:53 +0000 2014",
      "favorited" : false,
      "full_text" : "What a night. 60 teachers, 14 presenters, one fire alarm. Thank you all. #TeachMeetGLA https://t.co/d6MbidTQEy",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/dokoro_cs/status/477203914192809984/photo/1",
            "indices" : [
              "87",
              "110"
            ],
            "url" : "https://t.co/d6MbidTQEy",
            "media_url" : "http://pbs.twimg.com/media/1qIUnBcSpzM5Pni.jpg",
            "id_str" : "477203851279089666",
            "id" : "477203851279089666",
            "media_url_https" : "https://pbs.twimg.com/media/1qIUnBcSpzM5Pni.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/d6MbidTQEy"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "468473914685730816"
          ],
          "editableUntil" : "2014-05-19T20:00:59.742Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "0",
              "13"
            ]
          },
          {
            "text" : "TeachMeet",
            "indices" : [
              "125",
              "135"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/807mNAUEv4",
            "expanded_url" : "https://teachmeetgla.example/june-2014",
            "display_url" : "teachmeetgla.example/june-2014",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "40",
      "id_str" : "468473914685730816",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "468473914685730816",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 19 19:30:59 +0000 2014",
      "favorited" : false,
      "full_text" : "#TeachMeetGLA is on! 12 June, 4.30pm, free, biscuits. Nano presentations of 2 or 7 minutes. Sign up: https://t.co/807mNAUEv4 #TeachMeet",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "433333391233290242"
          ],
          "editableUntil" : "2014-02-11T20:45:06.072Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "126"
      ],
      "favorite_count" : "7",
      "id_str" : "433333391233290242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "433333391233290242",
      "created_at" : "Tue Feb 11 20:15:06 +0000 2014",
      "favorited" : false,
      "full_text" : "Being the only computing teacher in the building means nobody to moan to about indentation. Hello, Twitter. You'll have to do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "425916299274657795"
          ],
          "editableUntil" : "2014-01-22T09:32:13.546Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
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
        "116"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "425903346724204547",
      "id_str" : "425916299274657795",
      "in_reply_to_user_id" : "856244600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "425916299274657795",
      "in_reply_to_status_id" : "425903346724204547",
      "created_at" : "Wed Jan 22 09:02:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@rachel_codes_ed Me! I'll be the one at the Raspberry Pi stand pretending to understand soldering. Coffee on Friday?",
      "lang" : "en",
      "in_reply_to_screen_name" : "rachel_codes_ed",
      "in_reply_to_user_id_str" : "856244600"
    }
  }
]