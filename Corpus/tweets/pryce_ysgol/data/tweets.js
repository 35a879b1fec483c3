window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566501544758800387"
          ],
          "editableUntil" : "2022-09-04T19:30:47.118Z",
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
        "139"
      ],
      "favorite_count" : "24",
      "id_str" : "1566501544758800387",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1566501544758800387",
      "created_at" : "Sun Sep 04 19:00:47 +0000 2022",
      "favorited" : false,
      "full_text" : "Eleven years as head. Three advisers, two new curricula, one pandemic. Same handful of Twitter friends the whole way through. Diolch, bawb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498716121778741248"
          ],
          "editableUntil" : "2022-03-01T18:15:42.888Z",
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
        "118"
      ],
      "favorite_count" : "7",
      "id_str" : "1498716121778741248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1498716121778741248",
      "created_at" : "Tue Mar 01 17:45:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Dydd Gŵyl Dewi hapus! Y tro cyntaf ers 2019 i'r rhieni ddod i eisteddfod yr ysgol. Dagrau yn y rhes gefn (fi). 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1408168151769829379"
          ],
          "editableUntil" : "2021-06-24T21:30:24.538Z",
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
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1407971802223501312",
      "id_str" : "1408168151769829379",
      "in_reply_to_user_id" : "3050741373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1408168151769829379",
      "in_reply_to_status_id" : "1407971802223501312",
      "created_at" : "Thu Jun 24 21:00:24 +0000 2021",
      "favorited" : false,
      "full_text" : "@aroha_kura Our class loved your star map! Sending you a map of the Welsh sky in return. Diolch o galon ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "aroha_kura",
      "in_reply_to_user_id_str" : "3050741373"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1407979492450824194"
          ],
          "editableUntil" : "2021-06-24T09:00:44.651Z",
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
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          },
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "122",
              "134"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "1407979492450824194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1407979492450824194",
      "created_at" : "Thu Jun 24 08:30:44 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @aroha_kura: Matariki this week. Our class made a star map and sent it to a class in Wales. Thanks for the connection, @pryce_ysgol ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1260303839183724547"
          ],
          "editableUntil" : "2020-05-12T20:50:25.231Z",
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
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "112",
              "123"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "20",
      "id_str" : "1260303839183724547",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1260303839183724547",
      "created_at" : "Tue May 12 20:20:25 +0000 2020",
      "favorited" : false,
      "full_text" : "Broadband in the valley means half our families can't join a video call. Anyone in a rural school cracked this? @aroha_kura, I think you have?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1242174324230045699"
          ],
          "editableUntil" : "2020-03-23T20:10:12.036Z",
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
      "favorite_count" : "9",
      "id_str" : "1242174324230045699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1242174324230045699",
      "created_at" : "Mon Mar 23 19:40:12 +0000 2020",
      "favorited" : false,
      "full_text" : "Ysgol ar gau. Pecynnau dysgu wedi'u dosbarthu i bob fferm yn y Land Rover. Byddwn ni'n iawn. 💛",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1116010547352305666"
          ],
          "editableUntil" : "2019-04-10T16:40:23.619Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "139"
      ],
      "favorite_count" : "4",
      "id_str" : "1116010547352305666",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1116010547352305666",
      "created_at" : "Wed Apr 10 16:10:23 +0000 2019",
      "favorited" : false,
      "full_text" : "Estyn report out. So proud of our tiny team, and grateful for the support from heads on here who talked me down at midnight more than once.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1092883229780914177"
          ],
          "editableUntil" : "2019-02-05T21:00:41.425Z",
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
        "46"
      ],
      "favorite_count" : "14",
      "id_str" : "1092883229780914177",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1092883229780914177",
      "created_at" : "Tue Feb 05 20:30:41 +0000 2019",
      "favorited" : false,
      "full_text" : "Heddiw: arolwg Estyn. Yfory: cysgu am wythnos.",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1041408902396547075"
          ],
          "editableUntil" : "2018-09-16T20:00:05.430Z",
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
              "29",
              "46"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bev Ashworth",
            "screen_name" : "ashworth_geog",
            "indices" : [
              "120",
              "134"
            ],
            "id_str" : "575909149",
            "id" : "575909149"
          },
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "135",
              "149"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          },
          {
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "150",
              "161"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "1",
      "id_str" : "1041408902396547075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1041408902396547075",
      "created_at" : "Sun Sep 16 19:30:05 +0000 2018",
      "favorited" : false,
      "full_text" : "Small school heads: starting #SmallSchoolsChat on Sunday nights at 8pm. Tagging in people who understand rural schools: @ashworth_geog @lowe_music_ed @aroha_kura",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "969463606942269443"
          ],
          "editableUntil" : "2018-03-02T07:15:10.314Z",
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
      "favorite_count" : "1",
      "id_str" : "969463606942269443",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "969463606942269443",
      "created_at" : "Fri Mar 02 06:45:10 +0000 2018",
      "favorited" : false,
      "full_text" : "Snow again. Sheep fine, boiler not. School closed. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "921405877621690369"
          ],
          "editableUntil" : "2017-10-20T16:30:54.775Z",
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
      "favorite_count" : "2",
      "id_str" : "921405877621690369",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "921405877621690369",
      "created_at" : "Fri Oct 20 16:00:54 +0000 2017",
      "favorited" : false,
      "full_text" : "Llongyfarchiadau i'r tîm pêl-droed! Ail yn y gynghrair, a dim ond naw chwaraewr sydd gennym ni. ⚽",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "875476932278116353"
          ],
          "editableUntil" : "2017-06-15T22:45:40.886Z",
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
              "0",
              "10"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "id_str" : "875476932278116353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "875476932278116353",
      "created_at" : "Thu Jun 15 22:15:40 +0000 2017",
      "favorited" : false,
      "full_text" : "#TeachMeet in Aberystwyth tonight. 90 minutes each way. Worth every mile to be in a room full of people who get small schools.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "804052413105790978"
          ],
          "editableUntil" : "2016-11-30T20:30:08.512Z",
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
        "124"
      ],
      "favorite_count" : "3",
      "id_str" : "804052413105790978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "804052413105790978",
      "created_at" : "Wed Nov 30 20:00:08 +0000 2016",
      "favorited" : false,
      "full_text" : "Rural headship: nearest other head to talk to face to face is 40 minutes' drive. Nearest on Twitter: 4 seconds. Both matter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "802056936510693379"
          ],
          "editableUntil" : "2016-11-25T08:20:49.818Z",
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
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "801910795058348033",
      "id_str" : "802056936510693379",
      "in_reply_to_user_id" : "968437047",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "802056936510693379",
      "in_reply_to_status_id" : "801910795058348033",
      "created_at" : "Fri Nov 25 07:50:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@dokoro_cs Diolch Daniel! Next time in person, I promise. It's only seven hours on the train 😂",
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
            "801915865304211456"
          ],
          "editableUntil" : "2016-11-24T23:00:15.821Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "15",
              "28"
            ]
          }
        ],
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
          },
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "81",
              "93"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "801915865304211456",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "801915865304211456",
      "created_at" : "Thu Nov 24 22:30:15 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @dokoro_cs: #TeachMeetGLA no.5: a primary head from Powys joined us by Skype. @pryce_ysgol, you were the hit of the night. Next time, in…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "704690234550300672"
          ],
          "editableUntil" : "2016-03-01T16:00:19.085Z",
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
        "87"
      ],
      "favorite_count" : "48",
      "id_str" : "704690234550300672",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "704690234550300672",
      "created_at" : "Tue Mar 01 15:30:19 +0000 2016",
      "favorited" : false,
      "full_text" : "Dydd Gŵyl Dewi hapus! Cennin Pedr ym mhob man a'r plant wedi canu fel angylion. 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "650007524967514113"
          ],
          "editableUntil" : "2015-10-02T18:30:45.165Z",
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
      "favorite_count" : "5",
      "id_str" : "650007524967514113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "650007524967514113",
      "created_at" : "Fri Oct 02 18:00:45 +0000 2015",
      "favorited" : false,
      "full_text" : "Diolch i bawb am y syniadau ar gyfer ein gwasanaeth Diolchgarwch. Mae'r rhwydwaith yma'n werth y byd. 🍎",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "598957444721004545"
          ],
          "editableUntil" : "2015-05-14T21:35:57.569Z",
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
            "name" : "Daniel Okoro",
            "screen_name" : "dokoro_cs",
            "indices" : [
              "17",
              "27"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "598948611244437506",
      "id_str" : "598957444721004545",
      "in_reply_to_user_id" : "856244600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "598957444721004545",
      "in_reply_to_status_id" : "598948611244437506",
      "created_at" : "Thu May 14 21:05:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@rachel_codes_ed @dokoro_cs Diolch Rachel! Daniel, our code club is 6 children and a very old laptop trolley. Any tips welcome.",
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
            "481907247708094467"
          ],
          "editableUntil" : "2014-06-25T21:40:15.914Z",
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
      "id_str" : "481907247708094467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "481907247708094467",
      "created_at" : "Wed Jun 25 21:10:15 +0000 2014",
      "favorited" : false,
      "full_text" : "41 children, 3 teachers, one of them me. Being a teaching head in a rural school can be lonely. Some weeks Twitter is my staffroom.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "423356578954465283"
          ],
          "editableUntil" : "2014-01-15T08:00:48.664Z",
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
        "94"
      ],
      "favorite_count" : "2",
      "id_str" : "423356578954465283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "423356578954465283",
      "created_at" : "Wed Jan 15 07:30:48 +0000 2014",
      "favorited" : false,
      "full_text" : "Ysgol ar gau heddiw oherwydd yr eira. Y plant yn hapus, y pennaeth yn clirio'r iard â rhaw. ❄️",
      "lang" : "cy"
    }
  }
]