window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527771169710563329"
          ],
          "editableUntil" : "2022-05-20T22:30:06.131Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BrewEd",
            "indices" : [
              "0",
              "7"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Kowalski",
            "screen_name" : "nkowalski_lead",
            "indices" : [
              "32",
              "47"
            ],
            "id_str" : "1484575047",
            "id" : "1484575047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "12",
      "id_str" : "1527771169710563329",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1527771169710563329",
      "created_at" : "Fri May 20 22:00:06 +0000 2022",
      "favorited" : false,
      "full_text" : "#BrewEd Birmingham. Finally met @nkowalski_lead IRL after two years of her mentoring me by DM. She's even funnier in person.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496598257050304512"
          ],
          "editableUntil" : "2022-02-23T22:00:04.588Z",
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
      "favorite_count" : "6",
      "id_str" : "1496598257050304512",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1496598257050304512",
      "created_at" : "Wed Feb 23 21:30:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Is it just me, or is teacher Twitter a bit of an echo chamber? Everyone I follow loves the same five books.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1451216891254644736"
          ],
          "editableUntil" : "2021-10-21T16:30:43.838Z",
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
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "1451216891254644736",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1451216891254644736",
      "created_at" : "Thu Oct 21 16:00:43 +0000 2021",
      "favorited" : false,
      "full_text" : "Poetry recital day. A Y8 boy read Benjamin Zephaniah in a way I'll never forget.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1416110420652859393"
          ],
          "editableUntil" : "2021-07-16T19:30:08.999Z",
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
      "favorite_count" : "4",
      "id_str" : "1416110420652859393",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1416110420652859393",
      "created_at" : "Fri Jul 16 19:00:08 +0000 2021",
      "favorited" : false,
      "full_text" : "Passed my NQT year! To my PLN, the strangers on here who became colleagues: thank you. You know who you are.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1408847726261321731"
          ],
          "editableUntil" : "2021-06-26T18:30:47.722Z",
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
              "17",
              "25"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Kowalski",
            "screen_name" : "nkowalski_lead",
            "indices" : [
              "33",
              "48"
            ],
            "id_str" : "1484575047",
            "id" : "1484575047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "4",
      "id_str" : "1408847726261321731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1408847726261321731",
      "created_at" : "Sat Jun 26 18:00:47 +0000 2021",
      "favorited" : false,
      "full_text" : "Went to my first #WomenEd event. @nkowalski_lead was right: find your people and you'll find your voice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1374843481227010048"
          ],
          "editableUntil" : "2021-03-24T22:30:03.938Z",
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
        "66"
      ],
      "favorite_count" : "7",
      "id_str" : "1374843481227010048",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1374843481227010048",
      "created_at" : "Wed Mar 24 22:00:03 +0000 2021",
      "favorited" : false,
      "full_text" : "Marking mocks at 10pm. The cat has claimed the pile marked 'done'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1327219753335951360"
          ],
          "editableUntil" : "2020-11-13T12:30:22.402Z",
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
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1327159400640434179",
      "id_str" : "1327219753335951360",
      "in_reply_to_user_id" : "856244600",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1327219753335951360",
      "in_reply_to_status_id" : "1327159400640434179",
      "created_at" : "Fri Nov 13 12:00:22 +0000 2020",
      "favorited" : false,
      "full_text" : "@rachel_codes_ed Wiser?! I had a cry in the stock cupboard on Tuesday. But thank you 💛",
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
            "1327166956707098625"
          ],
          "editableUntil" : "2020-11-13T09:00:34.705Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
              "122",
              "125"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Kowalski",
            "screen_name" : "nkowalski_lead",
            "indices" : [
              "71",
              "86"
            ],
            "id_str" : "1484575047",
            "id" : "1484575047"
          },
          {
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "87",
              "103"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          },
          {
            "name" : "Keisha Monroe",
            "screen_name" : "msmonroe_reads",
            "indices" : [
              "104",
              "119"
            ],
            "id_str" : "1811900516",
            "id" : "1811900516"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "4",
      "id_str" : "1327166956707098625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1327166956707098625",
      "created_at" : "Fri Nov 13 08:30:34 +0000 2020",
      "favorited" : false,
      "full_text" : "#FollowFriday to the people who got me through training in a pandemic: @nkowalski_lead @rachel_codes_ed @msmonroe_reads 💛 #FF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1301203429911187458"
          ],
          "editableUntil" : "2020-09-02T17:30:47.538Z",
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
      "favorite_count" : "3",
      "id_str" : "1301203429911187458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1301203429911187458",
      "created_at" : "Wed Sep 02 17:00:47 +0000 2020",
      "favorited" : false,
      "full_text" : "First day as an NQT. In a mask. In a bubble. Year 8 somehow already know my first name.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1268241248338771970"
          ],
          "editableUntil" : "2020-06-03T18:30:51.043Z",
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
          },
          {
            "name" : "Keisha Monroe",
            "screen_name" : "msmonroe_reads",
            "indices" : [
              "123",
              "138"
            ],
            "id_str" : "1811900516",
            "id" : "1811900516"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "5",
      "id_str" : "1268241248338771970",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1268241248338771970",
      "created_at" : "Wed Jun 03 18:00:51 +0000 2020",
      "favorited" : false,
      "full_text" : "@twhitfield_hist replied with a reading list longer than my arm. The history-English crossover is where it's at. Thank you @msmonroe_reads for the intro!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1267561604222918656"
          ],
          "editableUntil" : "2020-06-01T21:30:11.259Z",
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
            "name" : "Keisha Monroe",
            "screen_name" : "msmonroe_reads",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1811900516",
            "id" : "1811900516"
          },
          {
            "name" : "Tom Whitfield",
            "screen_name" : "twhitfield_hist",
            "indices" : [
              "16",
              "32"
            ],
            "id_str" : "305729571",
            "id" : "305729571"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1265795156260073475",
      "id_str" : "1267561604222918656",
      "in_reply_to_user_id" : "1811900516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1267561604222918656",
      "in_reply_to_status_id" : "1265795156260073475",
      "created_at" : "Mon Jun 01 21:00:11 +0000 2020",
      "favorited" : false,
      "full_text" : "@msmonroe_reads @twhitfield_hist Oh yes please! Tom, I'm planning a WW1 poetry unit and could really use a historian's eye.",
      "lang" : "en",
      "in_reply_to_screen_name" : "msmonroe_reads",
      "in_reply_to_user_id_str" : "1811900516"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1244716041891356674"
          ],
          "editableUntil" : "2020-03-30T20:30:04.749Z",
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
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1244716041891356674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1244716041891356674",
      "created_at" : "Mon Mar 30 20:00:04 +0000 2020",
      "favorited" : false,
      "full_text" : "My training year plans did not include teaching poetry through a webcam to a class of black squares all called 'Guest'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1187461351050182656"
          ],
          "editableUntil" : "2019-10-24T20:40:22.712Z",
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
              "104",
              "112"
            ]
          }
        ],
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
          },
          {
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "31",
              "44"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "0",
      "id_str" : "1187461351050182656",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1187461351050182656",
      "created_at" : "Thu Oct 24 20:10:22 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @nkowalski_lead: Tagging in @fhussain_eng: a brilliant trainee who asks the questions we all should. #WomenEd, please follow &amp; make her…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1184212375797616641"
          ],
          "editableUntil" : "2019-10-15T21:30:06.649Z",
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
        "143"
      ],
      "favorite_count" : "4",
      "id_str" : "1184212375797616641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1184212375797616641",
      "created_at" : "Tue Oct 15 21:00:06 +0000 2019",
      "favorited" : false,
      "full_text" : "Someone I've never met just sent me a whole unit on 'An Inspector Calls' because I asked a question. Is teacher Twitter always this supportive?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1168946892210073603"
          ],
          "editableUntil" : "2019-09-03T18:30:31.742Z",
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
              "115",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "id_str" : "1168946892210073603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1168946892210073603",
      "created_at" : "Tue Sep 03 18:00:31 +0000 2019",
      "favorited" : false,
      "full_text" : "Training year starts tomorrow! I've been told to join teacher Twitter. Hello? Is this thing on? Will follow back 👋 #ukedchat",
      "lang" : "en"
    }
  }
]