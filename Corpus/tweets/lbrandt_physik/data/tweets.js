window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1564659365899915266"
          ],
          "editableUntil" : "2022-08-30T17:30:37.452Z",
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
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "1564659365899915266",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1564659365899915266",
      "created_at" : "Tue Aug 30 17:00:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Teacher shortage everywhere. My school is short four physics teachers this year. Send coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523014845035036672"
          ],
          "editableUntil" : "2022-05-07T19:30:09.960Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "8",
              "22"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1523014845035036672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523014845035036672",
      "created_at" : "Sat May 07 19:00:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Endlich @cdubois_maths in Straßburg getroffen. Fünf Jahre online, ein Nachmittag offline. Wunderbar.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523007327252676610"
          ],
          "editableUntil" : "2022-05-07T19:00:17.581Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          },
          {
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "35",
              "50"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1523007327252676610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523007327252676610",
      "created_at" : "Sat May 07 18:30:17 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @cdubois_maths: Enfin rencontré @lbrandt_physik en vrai, à Strasbourg ! Cinq ans d'échanges sur Twitter, et une tarte flambée.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1351998142239035393"
          ],
          "editableUntil" : "2021-01-20T21:30:50.677Z",
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
        "136"
      ],
      "favorite_count" : "9",
      "id_str" : "1351998142239035393",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1351998142239035393",
      "created_at" : "Wed Jan 20 21:00:50 +0000 2021",
      "favorited" : false,
      "full_text" : "Filterblase: meine Timeline ist voller Physiklehrer, die Experimente lieben. Wo sind die, die Theorie zuerst machen? Ich will streiten 😄",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1252900008996544512"
          ],
          "editableUntil" : "2020-04-22T10:30:14.558Z",
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
        "89"
      ],
      "favorite_count" : "11",
      "id_str" : "1252900008996544512",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1252900008996544512",
      "created_at" : "Wed Apr 22 10:00:14 +0000 2020",
      "favorited" : false,
      "full_text" : "Fernunterricht, Woche 5. Experimente mit Küchenwaage und Handy-Stoppuhr. Erstaunlich gut.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1240986491177758721"
          ],
          "editableUntil" : "2020-03-20T13:30:10.567Z",
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
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "3",
              "14"
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
      "favorite_count" : "0",
      "id_str" : "1240986491177758721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1240986491177758721",
      "created_at" : "Fri Mar 20 13:00:10 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @meilin_sci: Schools closing. If you teach science and need home practicals with kitchen-cupboard kit, here's my folder. Take it, adapt…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1144576209885487106"
          ],
          "editableUntil" : "2019-06-28T12:30:08.291Z",
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
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1144576209885487106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1144576209885487106",
      "created_at" : "Fri Jun 28 12:00:08 +0000 2019",
      "favorited" : false,
      "full_text" : "Open day. Made a fire tornado. A parent asked if it was safe. Define safe.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1131258489849487361"
          ],
          "editableUntil" : "2019-05-22T18:30:16.403Z",
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
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1131258489849487361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1131258489849487361",
      "created_at" : "Wed May 22 18:00:16 +0000 2019",
      "favorited" : false,
      "full_text" : "A teacher in Osaka I've never met used my lab sheet and sent photos of her class. Still amazes me, after all these years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1024248498009366530"
          ],
          "editableUntil" : "2018-07-31T11:30:46.199Z",
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
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "1024248498009366530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1024248498009366530",
      "created_at" : "Tue Jul 31 11:00:46 +0000 2018",
      "favorited" : false,
      "full_text" : "Hitzefrei! Zu heiß für Physik, sagen die Schüler. Ich sage: perfekt für Thermodynamik. ☀️",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "962400990753058819"
          ],
          "editableUntil" : "2018-02-10T19:30:51.398Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "104",
              "118"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/EamWDj5tR6",
            "expanded_url" : "https://physik-brandt.example/beautiful-mistakes",
            "display_url" : "physik-brandt.example/beautiful-mist…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "1",
      "id_str" : "962400990753058819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "962400990753058819",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 10 19:00:51 +0000 2018",
      "favorited" : false,
      "full_text" : "Wrote up our 'beautiful mistakes' lab in English at last. Thank you to everyone who gave feedback, esp. @cdubois_maths https://t.co/EamWDj5tR6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "898922673482268674"
          ],
          "editableUntil" : "2017-08-19T15:30:41.190Z",
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
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          },
          {
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "15",
              "26"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "898907574989164547",
      "id_str" : "898922673482268674",
      "in_reply_to_user_id" : "2748286614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "898922673482268674",
      "in_reply_to_status_id" : "898907574989164547",
      "created_at" : "Sat Aug 19 15:00:41 +0000 2017",
      "favorited" : false,
      "full_text" : "@cdubois_maths @meilin_sci Claire! Mei Lin has told me all about you. A joint Skype for our classes on mistakes?",
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
            "781758195286417411"
          ],
          "editableUntil" : "2016-09-30T08:00:52.778Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FollowFriday",
            "indices" : [
              "0",
              "13"
            ]
          },
          {
            "text" : "FF",
            "indices" : [
              "94",
              "97"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "15",
              "26"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "14",
      "id_str" : "781758195286417411",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "781758195286417411",
      "created_at" : "Fri Sep 30 07:30:52 +0000 2016",
      "favorited" : false,
      "full_text" : "#FollowFriday: @meilin_sci, who asks better questions than anyone I know. Now from Singapore! #FF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "730419704127705089"
          ],
          "editableUntil" : "2016-05-11T16:00:02.662Z",
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
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "730419704127705089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "730419704127705089",
      "created_at" : "Wed May 11 15:30:02 +0000 2016",
      "favorited" : false,
      "full_text" : "Schöne Fehler: Ein Schüler hat g = 98 m/s² berechnet. 20 Minuten darüber, warum das nicht sein kann. Beste Stunde der Woche.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "578284822936457218"
          ],
          "editableUntil" : "2015-03-18T20:30:20.457Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "twlz",
            "indices" : [
              "99",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "578284822936457218",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "578284822936457218",
      "created_at" : "Wed Mar 18 20:00:20 +0000 2015",
      "favorited" : false,
      "full_text" : "Twitter ist für mich das Lehrerzimmer, das nie schließt. Kolleginnen in London, Lyon und Kapstadt. #twlz",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "514776289026437121"
          ],
          "editableUntil" : "2014-09-24T14:30:06.041Z",
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
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "514776289026437121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "514776289026437121",
      "created_at" : "Wed Sep 24 14:00:06 +0000 2014",
      "favorited" : false,
      "full_text" : "Heute: Fadenstrahlrohr im Unterricht. Die ganze Klasse war still. Das passiert selten.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "443846573845528579"
          ],
          "editableUntil" : "2014-03-12T21:00:44.132Z",
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
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "443833970993483776",
      "id_str" : "443846573845528579",
      "in_reply_to_user_id" : "1115463280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "443846573845528579",
      "in_reply_to_status_id" : "443833970993483776",
      "created_at" : "Wed Mar 12 20:30:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@meilin_sci Hold a cold spoon in the middle of the flame: soot ring, clean centre, unburnt wax vapour. My Klasse 8 loved it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "meilin_sci",
      "in_reply_to_user_id_str" : "1115463280"
    }
  }
]