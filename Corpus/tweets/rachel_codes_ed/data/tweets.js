window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590094392524210179"
          ],
          "editableUntil" : "2022-11-08T22:00:20.359Z",
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
        "139"
      ],
      "favorite_count" : "14",
      "id_str" : "1590094392524210179",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1590094392524210179",
      "created_at" : "Tue Nov 08 21:30:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Everyone asking whether we're all moving to Mastodon. Honestly, the app matters less than the people. I'll follow you lot wherever you go 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532082187531214848"
          ],
          "editableUntil" : "2022-06-01T20:00:32.875Z",
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
        "80"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1532070768842969089",
      "id_str" : "1532082187531214848",
      "in_reply_to_user_id" : "968437047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1532082187531214848",
      "in_reply_to_status_id" : "1532070768842969089",
      "created_at" : "Wed Jun 01 19:30:32 +0000 2022",
      "favorited" : false,
      "full_text" : "@dokoro_cs Wouldn't miss it. I'll bring the Bee-Bots and the terrible biscuits 🎉",
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
            "1416042452154028035"
          ],
          "editableUntil" : "2021-07-16T15:00:04.047Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/rachel_codes_ed/status/1416042452154028035/photo/1",
            "indices" : [
              "112",
              "135"
            ],
            "url" : "https://t.co/xlHatcKCuK",
            "media_url" : "http://pbs.twimg.com/media/r1nnhEk7wHAP9jZ.jpg",
            "id_str" : "1416042364077547520",
            "id" : "1416042364077547520",
            "media_url_https" : "https://pbs.twimg.com/media/r1nnhEk7wHAP9jZ.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/xlHatcKCuK"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "3",
      "id_str" : "1416042452154028035",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1416042452154028035",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 16 14:30:04 +0000 2021",
      "favorited" : false,
      "full_text" : "Last day of term. Tidied the computing cupboard: 14 micro:bits, 2 Bee-Bots and a sandwich from 2019. Don't ask. https://t.co/xlHatcKCuK",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/rachel_codes_ed/status/1416042452154028035/photo/1",
            "indices" : [
              "112",
              "135"
            ],
            "url" : "https://t.co/xlHatcKCuK",
            "media_url" : "http://pbs.twimg.com/media/r1nnhEk7wHAP9jZ.jpg",
            "id_str" : "1416042364077547520",
            "id" : "1416042364077547520",
            "media_url_https" : "https://pbs.twimg.com/media/r1nnhEk7wHAP9jZ.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/xlHatcKCuK"
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
            "1327159400640434179"
          ],
          "editableUntil" : "2020-11-13T08:30:33.198Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FollowFriday",
            "indices" : [
              "0",
              "13"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "56",
              "69"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          },
          {
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "117",
              "128"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "2",
      "id_str" : "1327159400640434179",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1327159400640434179",
      "created_at" : "Fri Nov 13 08:00:33 +0000 2020",
      "favorited" : false,
      "full_text" : "#FollowFriday for the people keeping me sane this term: @fhussain_eng (new to teaching, already wiser than me) &amp; @aroha_kura across the world 🇳🇿",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1245749316402110466"
          ],
          "editableUntil" : "2020-04-02T16:55:56.590Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PLN",
            "indices" : [
              "128",
              "132"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "2",
      "id_str" : "1245749316402110466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1245749316402110466",
      "created_at" : "Thu Apr 02 16:25:56 +0000 2020",
      "favorited" : false,
      "full_text" : "Week 2 of remote teaching. Three teachers I've never met in person sent me their whole computing home-learning plan. That's the #PLN.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1240979002131546112"
          ],
          "editableUntil" : "2020-03-20T13:00:25.040Z",
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
      "id_str" : "1240979002131546112",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1240979002131546112",
      "created_at" : "Fri Mar 20 12:30:25 +0000 2020",
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
            "1134206629457354755"
          ],
          "editableUntil" : "2019-05-30T21:45:07.659Z",
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
        "275"
      ],
      "favorite_count" : "9",
      "id_str" : "1134206629457354755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1134206629457354755",
      "created_at" : "Thu May 30 21:15:07 +0000 2019",
      "favorited" : false,
      "full_text" : "I used to think of Twitter as a place to pick up lesson ideas. Now it feels more like a staffroom that never closes. Yes, you get ideas. Mostly you get people: someone who'll tell you it's fine, someone who'll tell you it isn't, and someone who knows someone you should meet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1088876664210366464"
          ],
          "editableUntil" : "2019-01-25T19:40:01.754Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BETT",
            "indices" : [
              "26",
              "31"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "1",
      "id_str" : "1088876664210366464",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1088876664210366464",
      "created_at" : "Fri Jan 25 19:10:01 +0000 2019",
      "favorited" : false,
      "full_text" : "Five years since my first #BETT. Then I knew nobody. Today I couldn't get ten metres without someone from here giving me a hug. That's what this place did for me ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1010261221482156033"
          ],
          "editableUntil" : "2018-06-22T21:10:19.604Z",
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
        "169"
      ],
      "favorite_count" : "13",
      "id_str" : "1010261221482156033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1010261221482156033",
      "created_at" : "Fri Jun 22 20:40:19 +0000 2018",
      "favorited" : false,
      "full_text" : "Uncomfortable thought: a timeline full of people who already agree that unplugged activities are great is an echo chamber, not research. Reading the critics this summer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "969139100618010624"
          ],
          "editableUntil" : "2018-03-01T09:45:41.978Z",
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
        "117"
      ],
      "favorite_count" : "24",
      "id_str" : "969139100618010624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "969139100618010624",
      "created_at" : "Thu Mar 01 09:15:41 +0000 2018",
      "favorited" : false,
      "full_text" : "Snow day ❄️ Made a pot of coffee, planned nothing, watched next door's kids build an igloo. Sometimes that's the CPD.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "919254079902412800"
          ],
          "editableUntil" : "2017-10-14T18:00:26.220Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://about.twitter.com/products/tweetdeck\" rel=\"nofollow\">TweetDeck</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "researchED",
            "indices" : [
              "12",
              "23"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "id_str" : "919254079902412800",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "919254079902412800",
      "created_at" : "Sat Oct 14 17:30:26 +0000 2017",
      "favorited" : false,
      "full_text" : "Saturday at #researchED: worked examples in primary programming, then coffee with half my timeline. Worth the 6am alarm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "827544874447843328"
          ],
          "editableUntil" : "2017-02-03T16:20:47.765Z",
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
              "123",
              "130"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "827544874447843328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "827544874447843328",
      "created_at" : "Fri Feb 03 15:50:47 +0000 2017",
      "favorited" : false,
      "full_text" : "She replied!!! The actual author of our class novel replied to Y5. Their writing was suspiciously careful this afternoon 😂 #edchat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "827458011228930048"
          ],
          "editableUntil" : "2017-02-03T10:35:37.960Z",
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
            "name" : "Josie Larkin",
            "screen_name" : "josie_larkin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "151018869",
            "id" : "151018869"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "827319095879024640",
      "id_str" : "827458011228930048",
      "in_reply_to_user_id" : "151018869",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "827458011228930048",
      "in_reply_to_status_id" : "827319095879024640",
      "created_at" : "Fri Feb 03 10:05:37 +0000 2017",
      "favorited" : false,
      "full_text" : "@josie_larkin Y5 have a question for their favourite author: why does the lighthouse keeper never say her name? They've argued all week 📚",
      "lang" : "en",
      "in_reply_to_screen_name" : "josie_larkin",
      "in_reply_to_user_id_str" : "151018869"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "772861973467357186"
          ],
          "editableUntil" : "2016-09-05T18:50:28.212Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PLN",
            "indices" : [
              "120",
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
      "favorite_count" : "5",
      "id_str" : "772861973467357186",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "772861973467357186",
      "created_at" : "Mon Sep 05 18:20:28 +0000 2016",
      "favorited" : false,
      "full_text" : "New school, new classroom, same brilliant people in my pocket. Funny how the network is the one bit that didn't change. #PLN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "722813354471809027"
          ],
          "editableUntil" : "2016-04-20T16:15:07.585Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CSforAll",
            "indices" : [
              "113",
              "122"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "5",
      "id_str" : "722813354471809027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "722813354471809027",
      "created_at" : "Wed Apr 20 15:45:07 +0000 2016",
      "favorited" : false,
      "full_text" : "Y4 asked why the micro:bit 'decides' to show a sad face. Best conversation about algorithms we've had all year 🙌 #CSforAll",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "667612320673062913"
          ],
          "editableUntil" : "2015-11-20T08:25:55.542Z",
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
              "0",
              "3"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "64",
              "75"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          },
          {
            "name" : "Jo Birch",
            "screen_name" : "jobirch_send",
            "indices" : [
              "76",
              "89"
            ],
            "id_str" : "1986695397",
            "id" : "1986695397"
          },
          {
            "name" : "Nadia Kowalski",
            "screen_name" : "nkowalski_lead",
            "indices" : [
              "90",
              "105"
            ],
            "id_str" : "1484575047",
            "id" : "1484575047"
          },
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "106",
              "118"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "id_str" : "667612320673062913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "667612320673062913",
      "created_at" : "Fri Nov 20 07:55:55 +0000 2015",
      "favorited" : false,
      "full_text" : "#FF the people who make this place kinder than most staffrooms: @meilin_sci @jobirch_send @nkowalski_lead @pryce_ysgol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "598948611244437506"
          ],
          "editableUntil" : "2015-05-14T21:00:51.504Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "1",
              "13"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          },
          {
            "name" : "Daniel Okoro",
            "screen_name" : "dokoro_cs",
            "indices" : [
              "19",
              "29"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "598948611244437506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "598948611244437506",
      "created_at" : "Thu May 14 20:30:51 +0000 2015",
      "favorited" : false,
      "full_text" : ".@pryce_ysgol meet @dokoro_cs. Both running code clubs with tiny numbers &amp; no budget, both brilliant. You two should talk!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "512708917604335618"
          ],
          "editableUntil" : "2014-09-18T21:35:06.284Z",
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
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "512708917604335618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "512708917604335618",
      "created_at" : "Thu Sep 18 21:05:06 +0000 2014",
      "favorited" : false,
      "full_text" : "Marking 60 Scratch projects tonight. The one where the cat eats the headteacher is getting a gold star.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "468481938713559040"
          ],
          "editableUntil" : "2014-05-19T20:32:52.819Z",
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
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/807mNAUEv4",
            "expanded_url" : "https://teachmeetgla.example/june-2014",
            "display_url" : "teachmeetgla.example/june-2014",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "468481938713559040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "468481938713559040",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 19 20:02:52 +0000 2014",
      "favorited" : false,
      "full_text" : "RT @dokoro_cs: #TeachMeetGLA is on! 12 June, 4.30pm, free, biscuits. Nano presentations of 2 or 7 minutes. Sign up: https://t.co/807mNAUEv4…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "441287586338455553"
          ],
          "editableUntil" : "2014-03-05T19:32:13.966Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PLN",
            "indices" : [
              "120",
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
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "441287586338455553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "441287586338455553",
      "created_at" : "Wed Mar 05 19:02:13 +0000 2014",
      "favorited" : false,
      "full_text" : "New computing curriculum in September and I'm the only one in school who has taught any programming. Grateful for every #PLN link.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "426771616822153219"
          ],
          "editableUntil" : "2014-01-24T18:10:57.140Z",
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
              "30",
              "35"
            ]
          },
          {
            "text" : "ukedchat",
            "indices" : [
              "63",
              "72"
            ]
          }
        ],
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
        "128"
      ],
      "favorite_count" : "11",
      "id_str" : "426771616822153219",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "426771616822153219",
      "created_at" : "Fri Jan 24 17:40:57 +0000 2014",
      "favorited" : false,
      "full_text" : "Finally met @dokoro_cs IRL at #BETT after a year of late-night #ukedchat. Just as enthusiastic in person. Brain full, feet sore.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "425903346724204547"
          ],
          "editableUntil" : "2014-01-22T08:40:45.417Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BETT",
            "indices" : [
              "7",
              "12"
            ]
          },
          {
            "text" : "ukedchat",
            "indices" : [
              "125",
              "134"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "id_str" : "425903346724204547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "425903346724204547",
      "created_at" : "Wed Jan 22 08:10:45 +0000 2014",
      "favorited" : false,
      "full_text" : "Off to #BETT tomorrow for the first time. Any primary computing folk going? Would love to meet up &amp; put faces to names 👋 #ukedchat",
      "lang" : "en"
    }
  }
]