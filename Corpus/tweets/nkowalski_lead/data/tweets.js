window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565052030462672899"
          ],
          "editableUntil" : "2022-08-31T19:30:55.979Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WomenEd",
            "indices" : [
              "101",
              "109"
            ]
          },
          {
            "text" : "PLN",
            "indices" : [
              "110",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "26",
      "id_str" : "1565052030462672899",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1565052030462672899",
      "created_at" : "Wed Aug 31 19:00:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Fifteen years teaching 👩‍🏫 Four schools. One community on here that followed me through all of them. #WomenEd #PLN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527778816681234433"
          ],
          "editableUntil" : "2022-05-20T23:00:29.311Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1527771169710563329",
      "id_str" : "1527778816681234433",
      "in_reply_to_user_id" : "1145425513281556480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1527778816681234433",
      "in_reply_to_status_id" : "1527771169710563329",
      "created_at" : "Fri May 20 22:30:29 +0000 2022",
      "favorited" : false,
      "full_text" : "@fhussain_eng Funnier?! Clearly your standards have slipped. Brilliant night. She'll be running a school in ten years, mark my words.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fhussain_eng",
      "in_reply_to_user_id_str" : "1145425513281556480"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1443304636701679618"
          ],
          "editableUntil" : "2021-09-29T20:30:15.350Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WomenEd",
            "indices" : [
              "27",
              "35"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "12",
      "id_str" : "1443304636701679618",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1443304636701679618",
      "created_at" : "Wed Sep 29 20:00:15 +0000 2021",
      "favorited" : false,
      "full_text" : "Echo chambers are real. My #WomenEd timeline is supportive &amp; that's precious, but I need to hear from women who feel left out of it too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1416125562218569728"
          ],
          "editableUntil" : "2021-07-16T20:30:19.030Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/6zwoXnjoM4",
            "expanded_url" : "https://twitter.com/fhussain_eng/status/1416110420652859393",
            "display_url" : "twitter.com/fhussain_eng/s…",
            "indices" : [
              "25",
              "48"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "4",
      "id_str" : "1416125562218569728",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1416125562218569728",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 16 20:00:19 +0000 2021",
      "favorited" : false,
      "full_text" : "Proud doesn't cover it 🎉 https://t.co/6zwoXnjoM4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1327174585683070977"
          ],
          "editableUntil" : "2020-11-13T09:30:53.595Z",
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
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1327166956707098625",
      "id_str" : "1327174585683070977",
      "in_reply_to_user_id" : "1145425513281556480",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1327174585683070977",
      "in_reply_to_status_id" : "1327166956707098625",
      "created_at" : "Fri Nov 13 09:00:53 +0000 2020",
      "favorited" : false,
      "full_text" : "@fhussain_eng Right back at you. You've taught me as much this year as I've taught you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fhussain_eng",
      "in_reply_to_user_id_str" : "1145425513281556480"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1187458975791542272"
          ],
          "editableUntil" : "2019-10-24T20:30:56.406Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WomenEd",
            "indices" : [
              "84",
              "92"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "11",
              "24"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "10",
      "id_str" : "1187458975791542272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1187458975791542272",
      "created_at" : "Thu Oct 24 20:00:56 +0000 2019",
      "favorited" : false,
      "full_text" : "Tagging in @fhussain_eng: a brilliant trainee who asks the questions we all should. #WomenEd, please follow &amp; make her welcome!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1103913300762542080"
          ],
          "editableUntil" : "2019-03-08T07:30:15.276Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WomenEd",
            "indices" : [
              "106",
              "114"
            ]
          },
          {
            "text" : "IWD2019",
            "indices" : [
              "115",
              "123"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "15",
      "id_str" : "1103913300762542080",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1103913300762542080",
      "created_at" : "Fri Mar 08 07:00:15 +0000 2019",
      "favorited" : false,
      "full_text" : "Happy International Women's Day to every woman leading from the classroom, the corridor &amp; the office. #WomenEd #IWD2019",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1101406741925171202"
          ],
          "editableUntil" : "2019-03-01T09:30:05.079Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FF",
            "indices" : [
              "15",
              "18"
            ]
          },
          {
            "text" : "TeachMeetGLA",
            "indices" : [
              "51",
              "64"
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
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "66",
              "82"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          },
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "83",
              "97"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          },
          {
            "name" : "Nadia Kowalski",
            "screen_name" : "nkowalski_lead",
            "indices" : [
              "98",
              "113"
            ],
            "id_str" : "1484575047",
            "id" : "1484575047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1101406741925171202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1101406741925171202",
      "created_at" : "Fri Mar 01 09:00:05 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @dokoro_cs: #FF everyone who's ever stood up at #TeachMeetGLA: @rachel_codes_ed @lowe_music_ed @nkowalski_lead and dozens more. You make…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1088859094025699330"
          ],
          "editableUntil" : "2019-01-25T18:30:12.696Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BETT",
            "indices" : [
              "0",
              "5"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "11",
      "id_str" : "1088859094025699330",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1088859094025699330",
      "created_at" : "Fri Jan 25 18:00:12 +0000 2019",
      "favorited" : false,
      "full_text" : "#BETT day 3. Best stand was the one giving away free coffee &amp; asking nothing in return. Kindness as marketing 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1065583191829209090"
          ],
          "editableUntil" : "2018-11-22T13:00:05.167Z",
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
        "116"
      ],
      "favorite_count" : "9",
      "id_str" : "1065583191829209090",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1065583191829209090",
      "created_at" : "Thu Nov 22 12:30:05 +0000 2018",
      "favorited" : false,
      "full_text" : "Ofsted call came at 11.20. Four of you had sent messages of solidarity by 11.30. That's the job. That's the network.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "961336354673598466"
          ],
          "editableUntil" : "2018-02-07T21:00:22.376Z",
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
        "91"
      ],
      "favorite_count" : "1",
      "id_str" : "961336354673598466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "961336354673598466",
      "created_at" : "Wed Feb 07 20:30:22 +0000 2018",
      "favorited" : false,
      "full_text" : "Staffroom culture matters. If the loudest voice is negative, be the second loudest. Kindly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "904766135271796736"
          ],
          "editableUntil" : "2017-09-04T18:30:31.047Z",
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
        "116"
      ],
      "favorite_count" : "116",
      "id_str" : "904766135271796736",
      "truncated" : false,
      "retweet_count" : "50",
      "id" : "904766135271796736",
      "created_at" : "Mon Sep 04 18:00:31 +0000 2017",
      "favorited" : false,
      "full_text" : "Stepping up to assistant head this week. The best tips came from people I've never met, in tweets of 140 characters.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "784830943710978050"
          ],
          "editableUntil" : "2016-10-08T19:30:53.091Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WomenEd",
            "indices" : [
              "6",
              "14"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "784830943710978050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "784830943710978050",
      "created_at" : "Sat Oct 08 19:00:53 +0000 2016",
      "favorited" : false,
      "full_text" : "First #WomenEd unconference. Came home with six new coaching partners and a lot more courage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "723262684505559043"
          ],
          "editableUntil" : "2016-04-21T22:00:36.213Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edchat",
            "indices" : [
              "70",
              "77"
            ]
          },
          {
            "text" : "ukedchat",
            "indices" : [
              "78",
              "87"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/nR2MDb3ZvQ",
            "expanded_url" : "https://nadiak-leads.example/coaching-not-judging",
            "display_url" : "nadiak-leads.example/coaching-not-j…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "723262684505559043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "723262684505559043",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 21 21:30:36 +0000 2016",
      "favorited" : false,
      "full_text" : "Blog: why coaching beats one-off observations https://t.co/nR2MDb3ZvQ #edchat #ukedchat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "555832010342440963"
          ],
          "editableUntil" : "2015-01-15T21:30:52.782Z",
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
        "118"
      ],
      "favorite_count" : "16",
      "id_str" : "555832010342440963",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "555832010342440963",
      "created_at" : "Thu Jan 15 21:00:52 +0000 2015",
      "favorited" : false,
      "full_text" : "Reminder: CPD isn't a day in the hall. It's the conversation you had on Twitter at 9pm that changed tomorrow's lesson.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "448942691647930368"
          ],
          "editableUntil" : "2014-03-26T22:30:53.297Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PLN",
            "indices" : [
              "26",
              "30"
            ]
          },
          {
            "text" : "TeachMeet",
            "indices" : [
              "34",
              "44"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "17",
      "id_str" : "448942691647930368",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "448942691647930368",
      "created_at" : "Wed Mar 26 22:00:53 +0000 2014",
      "favorited" : false,
      "full_text" : "Finally met so many of my #PLN at #TeachMeet Nottingham tonight. Twitter friends turned real friends ❤️",
      "lang" : "en"
    }
  }
]