window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583122237318189059"
          ],
          "editableUntil" : "2022-10-20T16:15:29.022Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/priya_earlyyrs/status/1583122237318189059/photo/1",
            "indices" : [
              "66",
              "89"
            ],
            "url" : "https://t.co/WXPdhYdgZK",
            "media_url" : "http://pbs.twimg.com/media/ZMjfjGiAwvz1ylV.jpg",
            "id_str" : "1583121897579466753",
            "id" : "1583121897579466753",
            "media_url_https" : "https://pbs.twimg.com/media/ZMjfjGiAwvz1ylV.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/WXPdhYdgZK"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "7",
      "id_str" : "1583122237318189059",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1583122237318189059",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 20 15:45:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Leaves, conkers and one very confused worm. Autumn in Reception 🍂 https://t.co/WXPdhYdgZK",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/priya_earlyyrs/status/1583122237318189059/photo/1",
            "indices" : [
              "66",
              "89"
            ],
            "url" : "https://t.co/WXPdhYdgZK",
            "media_url" : "http://pbs.twimg.com/media/ZMjfjGiAwvz1ylV.jpg",
            "id_str" : "1583121897579466753",
            "id" : "1583121897579466753",
            "media_url_https" : "https://pbs.twimg.com/media/ZMjfjGiAwvz1ylV.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/WXPdhYdgZK"
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
            "1370442032583180288"
          ],
          "editableUntil" : "2021-03-12T19:00:16.806Z",
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
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1370442032583180288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1370442032583180288",
      "created_at" : "Fri Mar 12 18:30:16 +0000 2021",
      "favorited" : false,
      "full_text" : "Back. Thank you for all the messages. Half of you I've never met, and you were more supportive than some people I see every day 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1367188049617715203"
          ],
          "editableUntil" : "2021-03-03T19:30:06.811Z",
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
        "92"
      ],
      "favorite_count" : "12",
      "id_str" : "1367188049617715203",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1367188049617715203",
      "created_at" : "Wed Mar 03 19:00:06 +0000 2021",
      "favorited" : false,
      "full_text" : "Burnout is real. Taking a week off Twitter &amp; marking. Back soon. Be kind to yourselves x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1260593308042907650"
          ],
          "editableUntil" : "2020-05-13T16:00:39.985Z",
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
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1260593308042907650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1260593308042907650",
      "created_at" : "Wed May 13 15:30:39 +0000 2020",
      "favorited" : false,
      "full_text" : "Teaching phonics over Zoom to four-year-olds is an extreme sport.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1139442435638366211"
          ],
          "editableUntil" : "2019-06-14T08:30:21.129Z",
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
            "text" : "EYFS",
            "indices" : [
              "7",
              "12"
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
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "21",
              "32"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          },
          {
            "name" : "Jo Birch",
            "screen_name" : "jobirch_send",
            "indices" : [
              "33",
              "46"
            ],
            "id_str" : "1986695397",
            "id" : "1986695397"
          },
          {
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "52",
              "68"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "id_str" : "1139442435638366211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1139442435638366211",
      "created_at" : "Fri Jun 14 08:00:21 +0000 2019",
      "favorited" : false,
      "full_text" : "#FF my #EYFS people: @aroha_kura @jobirch_send, and @rachel_codes_ed who convinced me Bee-Bots aren't scary. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1108465962112331779"
          ],
          "editableUntil" : "2019-03-20T21:00:54.326Z",
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
              "0",
              "11"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          },
          {
            "name" : "Jo Birch",
            "screen_name" : "jobirch_send",
            "indices" : [
              "29",
              "42"
            ],
            "id_str" : "1986695397",
            "id" : "1986695397"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "1108465962112331779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1108465962112331779",
      "created_at" : "Wed Mar 20 20:30:54 +0000 2019",
      "favorited" : false,
      "full_text" : "@aroha_kura you have to meet @jobirch_send: both doing amazing outdoor learning with children with SEND. Tagging you both in! 🌳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1072929312791883777"
          ],
          "editableUntil" : "2018-12-12T19:30:56.889Z",
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
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1072929312791883777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1072929312791883777",
      "created_at" : "Wed Dec 12 19:00:56 +0000 2018",
      "favorited" : false,
      "full_text" : "Nativity season. Three angels, two Marys and a shepherd who has decided to be a T-rex. Artistic choices.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1062772329477300225"
          ],
          "editableUntil" : "2018-11-14T18:50:43.359Z",
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
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "1062772329477300225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1062772329477300225",
      "created_at" : "Wed Nov 14 18:20:43 +0000 2018",
      "favorited" : false,
      "full_text" : "Staffroom was all doom and gloom today. Came home, opened Twitter: twenty people sharing joy from their classrooms. Needed that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1039795943176048641"
          ],
          "editableUntil" : "2018-09-12T09:10:45.984Z",
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
              "3",
              "14"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1039795943176048641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1039795943176048641",
      "created_at" : "Wed Sep 12 08:40:45 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @aroha_kura: Kindness is underrated CPD. A teacher in Leeds I've never met just sent me her whole outdoor learning plan. What a generous…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "994698697390075905"
          ],
          "editableUntil" : "2018-05-10T22:30:24.722Z",
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
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "1",
      "id_str" : "994698697390075905",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "994698697390075905",
      "created_at" : "Thu May 10 22:00:24 +0000 2018",
      "favorited" : false,
      "full_text" : "#BrewEd Leeds tonight, my first meet-up with people from here. Talked play-based learning with a secondary maths teacher for an hour. We both left with new ideas.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "857263128631189506"
          ],
          "editableUntil" : "2017-04-26T16:30:31.701Z",
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
            "name" : "Josie Larkin",
            "screen_name" : "josie_larkin",
            "indices" : [
              "7",
              "20"
            ],
            "id_str" : "151018869",
            "id" : "151018869"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "id_str" : "857263128631189506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "857263128631189506",
      "created_at" : "Wed Apr 26 16:00:31 +0000 2017",
      "favorited" : false,
      "full_text" : "Author @josie_larkin replied with a voice note: she'd love a ride in the lift. 28 four-year-olds lost their minds 📚❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "856817757215453187"
          ],
          "editableUntil" : "2017-04-25T11:00:46.881Z",
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
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "856787809883938817",
      "id_str" : "856817757215453187",
      "in_reply_to_user_id" : "151018869",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "856817757215453187",
      "in_reply_to_status_id" : "856787809883938817",
      "created_at" : "Tue Apr 25 10:30:46 +0000 2017",
      "favorited" : false,
      "full_text" : "@josie_larkin Our Reception class built a lighthouse out of boxes after reading your book. They'd like you to know it has a lift.",
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
            "786295451089911809"
          ],
          "editableUntil" : "2016-10-12T20:30:18.859Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EYFS",
            "indices" : [
              "90",
              "95"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "15",
      "id_str" : "786295451089911809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "786295451089911809",
      "created_at" : "Wed Oct 12 20:00:18 +0000 2016",
      "favorited" : false,
      "full_text" : "Early years can feel invisible in whole-school CPD. Found like-minded people on here. The #EYFS crowd are generous beyond belief.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "722847317860040704"
          ],
          "editableUntil" : "2016-04-20T18:30:05.088Z",
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
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "722847317860040704",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "722847317860040704",
      "created_at" : "Wed Apr 20 18:00:05 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @rachel_codes_ed: Y4 asked why the micro:bit 'decides' to show a sad face. Best conversation about algorithms we've had all year 🙌…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "710141291200856065"
          ],
          "editableUntil" : "2016-03-16T17:00:52.266Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EYFS",
            "indices" : [
              "87",
              "92"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "710141291200856065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "710141291200856065",
      "created_at" : "Wed Mar 16 16:30:52 +0000 2016",
      "favorited" : false,
      "full_text" : "Mud kitchen, day 1: soup. Day 2: 'cake'. Day 3: a full restaurant with a waiting list. #EYFS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "642019839365660673"
          ],
          "editableUntil" : "2015-09-10T17:30:32.513Z",
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
        "92"
      ],
      "favorite_count" : "12",
      "id_str" : "642019839365660673",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "642019839365660673",
      "created_at" : "Thu Sep 10 17:00:32 +0000 2015",
      "favorited" : false,
      "full_text" : "First week of Reception. One child asked if I live at school. I said no. He looked betrayed.",
      "lang" : "en"
    }
  }
]