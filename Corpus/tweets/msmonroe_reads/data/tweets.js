window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593423968820555777"
          ],
          "editableUntil" : "2022-11-18T02:30:53.209Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edchat",
            "indices" : [
              "67",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "6",
      "id_str" : "1593423968820555777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1593423968820555777",
      "created_at" : "Fri Nov 18 02:00:53 +0000 2022",
      "favorited" : false,
      "full_text" : "If this place shuts down, I want you all to know the Tuesday night #edchat crowd made me a better teacher. Find me wherever we land.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1505318357368324099"
          ],
          "editableUntil" : "2022-03-19T23:30:38.516Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edchat",
            "indices" : [
              "16",
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
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "1505318357368324099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1505318357368324099",
      "created_at" : "Sat Mar 19 23:00:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Met three of my #edchat friends in person at a conference in Philly. Nine years of tweets and it felt like we'd always hung out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1447736323933102082"
          ],
          "editableUntil" : "2021-10-12T02:00:11.922Z",
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
        "106"
      ],
      "favorite_count" : "2",
      "id_str" : "1447736323933102082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1447736323933102082",
      "created_at" : "Tue Oct 12 01:30:11 +0000 2021",
      "favorited" : false,
      "full_text" : "Teacher burnout is not a personal failing. It's a staffing problem. Another wellness webinar won't fix it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1308571939688742913"
          ],
          "editableUntil" : "2020-09-23T01:30:37.169Z",
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
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "1308571939688742913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1308571939688742913",
      "created_at" : "Wed Sep 23 01:00:37 +0000 2020",
      "favorited" : false,
      "full_text" : "Virtual learning, day 40. My cat has attended more Zoom classes than some of my students.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1268248759141064705"
          ],
          "editableUntil" : "2020-06-03T19:00:41.758Z",
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
            "name" : "Fatima Hussain",
            "screen_name" : "fhussain_eng",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1145425513281556480",
            "id" : "1145425513281556480"
          },
          {
            "name" : "Tom Whitfield",
            "screen_name" : "twhitfield_hist",
            "indices" : [
              "18",
              "34"
            ],
            "id_str" : "305729571",
            "id" : "305729571"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1268248759141064705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1268248759141064705",
      "created_at" : "Wed Jun 03 18:30:41 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @fhussain_eng: @twhitfield_hist replied with a reading list longer than my arm. The history-English crossover is where it's at. Thank…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1265795156260073475"
          ],
          "editableUntil" : "2020-05-28T00:30:57.246Z",
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
          },
          {
            "name" : "Tom Whitfield",
            "screen_name" : "twhitfield_hist",
            "indices" : [
              "25",
              "41"
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
      "favorite_count" : "4",
      "id_str" : "1265795156260073475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1265795156260073475",
      "created_at" : "Thu May 28 00:00:57 +0000 2020",
      "favorited" : false,
      "full_text" : "@fhussain_eng you'd love @twhitfield_hist's posts on history &amp; literature. You two should talk, Atlantic be damned 🇬🇧🇺🇸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1189633229856841728"
          ],
          "editableUntil" : "2019-10-30T20:30:38.971Z",
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
        "82"
      ],
      "favorite_count" : "13",
      "id_str" : "1189633229856841728",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1189633229856841728",
      "created_at" : "Wed Oct 30 20:00:38 +0000 2019",
      "favorited" : false,
      "full_text" : "Mock trial of the Big Bad Wolf. Jury found him not guilty. The pigs are appealing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "976262347442597889"
          ],
          "editableUntil" : "2018-03-21T01:30:56.364Z",
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
        "105"
      ],
      "favorite_count" : "52",
      "id_str" : "976262347442597889",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "976262347442597889",
      "created_at" : "Wed Mar 21 01:00:56 +0000 2018",
      "favorited" : false,
      "full_text" : "Grading 120 argumentative essays. Best thesis so far: 'Homework is a violation of the Geneva Convention.'",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "856691810289803267"
          ],
          "editableUntil" : "2017-04-25T02:40:18.794Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edchat",
            "indices" : [
              "20",
              "27"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "17",
      "id_str" : "856691810289803267",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "856691810289803267",
      "created_at" : "Tue Apr 25 02:10:18 +0000 2017",
      "favorited" : false,
      "full_text" : "Honest question for #edchat: are we talking to anyone outside our filter bubble? My timeline agrees with me way too much.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "817732696872939521"
          ],
          "editableUntil" : "2017-01-07T14:30:42.330Z",
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
        "60"
      ],
      "favorite_count" : "2",
      "id_str" : "817732696872939521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "817732696872939521",
      "created_at" : "Sat Jan 07 14:00:42 +0000 2017",
      "favorited" : false,
      "full_text" : "Snow day in Atlanta! (One inch. City closed. Don't @ me.) ❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "697238654149914627"
          ],
          "editableUntil" : "2016-02-10T02:30:23.874Z",
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
        "46"
      ],
      "favorite_count" : "6",
      "id_str" : "697238654149914627",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "697238654149914627",
      "created_at" : "Wed Feb 10 02:00:23 +0000 2016",
      "favorited" : false,
      "full_text" : "Twitter PLN &gt; district PD. Sorry, district.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "665152247926415360"
          ],
          "editableUntil" : "2015-11-13T13:30:28.493Z",
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
          },
          {
            "text" : "FollowFriday",
            "indices" : [
              "95",
              "108"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ana Sofía Ruiz",
            "screen_name" : "anasofia_ele",
            "indices" : [
              "4",
              "17"
            ],
            "id_str" : "2373863511",
            "id" : "2373863511"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "5",
      "id_str" : "665152247926415360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "665152247926415360",
      "created_at" : "Fri Nov 13 13:00:28 +0000 2015",
      "favorited" : false,
      "full_text" : "#FF @anasofia_ele: a Spanish teacher in England who shares more good ideas than anyone I know. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "563472188892454913"
          ],
          "editableUntil" : "2015-02-05T23:30:13.295Z",
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
              "29",
              "42"
            ],
            "id_str" : "151018869",
            "id" : "151018869"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "7",
      "id_str" : "563472188892454913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "563472188892454913",
      "created_at" : "Thu Feb 05 23:00:13 +0000 2015",
      "favorited" : false,
      "full_text" : "Tweeted a question to author @josie_larkin for my 7th graders. She answered each one by name. Now they're writing their own endings 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "563464616333541377"
          ],
          "editableUntil" : "2015-02-05T23:00:07.857Z",
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
              "3",
              "16"
            ],
            "id_str" : "151018869",
            "id" : "151018869"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "563464616333541377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "563464616333541377",
      "created_at" : "Thu Feb 05 22:30:07 +0000 2015",
      "favorited" : false,
      "full_text" : "RT @josie_larkin: Seventh graders in Atlanta just sent me the best questions I've had all year. Answering them one by one!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "456537670906163200"
          ],
          "editableUntil" : "2014-04-16T21:30:37.460Z",
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
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "456537670906163200",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "456537670906163200",
      "created_at" : "Wed Apr 16 21:00:37 +0000 2014",
      "favorited" : false,
      "full_text" : "Book talk today: my quietest kid sold the whole class on a graphic novel. Waitlist of 11.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "420729181488291840"
          ],
          "editableUntil" : "2014-01-08T02:00:28.294Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "edchat",
            "indices" : [
              "17",
              "24"
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
      "favorite_count" : "2",
      "id_str" : "420729181488291840",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "420729181488291840",
      "created_at" : "Wed Jan 08 01:30:28 +0000 2014",
      "favorited" : false,
      "full_text" : "Tuesday nights = #edchat. Came for the ideas, stayed for the people. Best Twitter chat going.",
      "lang" : "en"
    }
  }
]