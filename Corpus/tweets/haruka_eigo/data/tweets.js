window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552726942496952321"
          ],
          "editableUntil" : "2022-07-28T19:15:26.019Z",
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
            "name" : "Ana Sofía Ruiz",
            "screen_name" : "anasofia_ele",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "2373863511",
            "id" : "2373863511"
          },
          {
            "name" : "Haruka Ishida 石田はるか",
            "screen_name" : "haruka_eigo",
            "indices" : [
              "43",
              "55"
            ],
            "id_str" : "3359927167",
            "id" : "3359927167"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1552726942496952321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552726942496952321",
      "created_at" : "Thu Jul 28 18:45:26 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @anasofia_ele: ¡Por fin desvirtualicé a @haruka_eigo, de visita en Londres! Siete años de mensajes y un abrazo en King's Cross 🫶…",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552624976059977728"
          ],
          "editableUntil" : "2022-07-28T12:30:15.326Z",
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
            "name" : "Ana Sofía Ruiz",
            "screen_name" : "anasofia_ele",
            "indices" : [
              "25",
              "38"
            ],
            "id_str" : "2373863511",
            "id" : "2373863511"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "id_str" : "1552624976059977728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552624976059977728",
      "created_at" : "Thu Jul 28 12:00:15 +0000 2022",
      "favorited" : false,
      "full_text" : "London trip! Finally met @anasofia_ele in person at King's Cross after seven years of messages. We cried a little 🇯🇵🇬🇧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512309389667459074"
          ],
          "editableUntil" : "2022-04-08T06:30:30.503Z",
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
        "43"
      ],
      "favorite_count" : "12",
      "id_str" : "1512309389667459074",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1512309389667459074",
      "created_at" : "Fri Apr 08 06:00:30 +0000 2022",
      "favorited" : false,
      "full_text" : "新年度。新しい学校に異動しました。でも、Twitterの仲間はそのまま。ほっとします。",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1472854451173216258"
          ],
          "editableUntil" : "2021-12-20T09:30:40.129Z",
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
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1472854451173216258",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1472854451173216258",
      "created_at" : "Mon Dec 20 09:00:40 +0000 2021",
      "favorited" : false,
      "full_text" : "I learned more from teachers on Twitter this year than from any training day. ありがとう 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1369887481705345024"
          ],
          "editableUntil" : "2021-03-11T06:16:41.574Z",
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
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "1369887481705345024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1369887481705345024",
      "created_at" : "Thu Mar 11 05:46:41 +0000 2021",
      "favorited" : false,
      "full_text" : "あの日から十年。今日は生徒たちと静かに黙祷しました。",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1271238331082686466"
          ],
          "editableUntil" : "2020-06-12T01:00:11.253Z",
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
        "97"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1271208318258188291",
      "id_str" : "1271238331082686466",
      "in_reply_to_user_id" : "968437047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1271238331082686466",
      "in_reply_to_status_id" : "1271208318258188291",
      "created_at" : "Fri Jun 12 00:30:11 +0000 2020",
      "favorited" : false,
      "full_text" : "@dokoro_cs Thank you for inviting me! 3am in Sendai but worth it. My English was nervous but OK 😅",
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
            "1271213284653002752"
          ],
          "editableUntil" : "2020-06-11T23:20:39.718Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "name" : "Haruka Ishida 石田はるか",
            "screen_name" : "haruka_eigo",
            "indices" : [
              "85",
              "97"
            ],
            "id_str" : "3359927167",
            "id" : "3359927167"
          },
          {
            "name" : "Aroha Walker",
            "screen_name" : "aroha_kura",
            "indices" : [
              "119",
              "130"
            ],
            "id_str" : "3050741373",
            "id" : "3050741373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "1271213284653002752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1271213284653002752",
      "created_at" : "Thu Jun 11 22:50:39 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @dokoro_cs: #TeachMeetGLA went online tonight: 140 people, 9 countries, including @haruka_eigo at 3am in Sendai and @aroha_kura at…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1252069644171886593"
          ],
          "editableUntil" : "2020-04-20T03:30:40.156Z",
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
        "50"
      ],
      "favorite_count" : "1",
      "id_str" : "1252069644171886593",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1252069644171886593",
      "created_at" : "Mon Apr 20 03:00:40 +0000 2020",
      "favorited" : false,
      "full_text" : "休校三週目。オンライン授業の準備で頭がいっぱい。世界中の先生たちのアイデアに本当に助けられています。",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1057135242974830595"
          ],
          "editableUntil" : "2018-10-30T05:30:57.205Z",
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
        "77"
      ],
      "favorite_count" : "10",
      "id_str" : "1057135242974830595",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1057135242974830595",
      "created_at" : "Tue Oct 30 05:00:57 +0000 2018",
      "favorited" : false,
      "full_text" : "Tea ceremony lesson for our ALT today. She folded the fukusa better than me 🍵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1013769505751175169"
          ],
          "editableUntil" : "2018-07-02T13:30:59.754Z",
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
        "34"
      ],
      "favorite_count" : "19",
      "id_str" : "1013769505751175169",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1013769505751175169",
      "created_at" : "Mon Jul 02 13:00:59 +0000 2018",
      "favorited" : false,
      "full_text" : "部活の指導で毎日夜遅くまで学校にいる。先生の働き方、もっと考えたい。",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "865507425421615104"
          ],
          "editableUntil" : "2017-05-19T10:30:25.227Z",
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
        "134"
      ],
      "favorite_count" : "6",
      "id_str" : "865507425421615104",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "865507425421615104",
      "created_at" : "Fri May 19 10:00:25 +0000 2017",
      "favorited" : false,
      "full_text" : "I'm the only teacher at my school who uses Twitter for teaching ideas. My colleagues think it's strange. My students think it's cool 😎",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "796517921273950210"
          ],
          "editableUntil" : "2016-11-10T01:30:45.676Z",
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
            "name" : "Ana Sofía Ruiz",
            "screen_name" : "anasofia_ele",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2373863511",
            "id" : "2373863511"
          },
          {
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "14",
              "28"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "796450000145616896",
      "id_str" : "796517921273950210",
      "in_reply_to_user_id" : "2373863511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "796517921273950210",
      "in_reply_to_status_id" : "796450000145616896",
      "created_at" : "Thu Nov 10 01:00:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@anasofia_ele @cdubois_maths Thank you Ana! Claire, nice to meet you. Role plays in maths?! I want to know more 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "anasofia_ele",
      "in_reply_to_user_id_str" : "2373863511"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "742929859167584257"
          ],
          "editableUntil" : "2016-06-15T04:30:56.051Z",
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
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "742929859167584257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "742929859167584257",
      "created_at" : "Wed Jun 15 04:00:56 +0000 2016",
      "favorited" : false,
      "full_text" : "I eat lunch with my homeroom class every day. It's my favourite 20 minutes of the day 🍱",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "695517345059110913"
          ],
          "editableUntil" : "2016-02-05T08:30:31.806Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "英語教育",
            "indices" : [
              "40",
              "45"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "6",
      "id_str" : "695517345059110913",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "695517345059110913",
      "created_at" : "Fri Feb 05 08:00:31 +0000 2016",
      "favorited" : false,
      "full_text" : "今日の英語の授業で、イギリスの中学生からの手紙を読みました。生徒たちは大喜び！ #英語教育",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "608790874174267392"
          ],
          "editableUntil" : "2015-06-11T00:50:29.847Z",
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
            "name" : "Ana Sofía Ruiz",
            "screen_name" : "anasofia_ele",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2373863511",
            "id" : "2373863511"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "608698927273918464",
      "id_str" : "608790874174267392",
      "in_reply_to_user_id" : "2373863511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "608790874174267392",
      "in_reply_to_status_id" : "608698927273918464",
      "created_at" : "Thu Jun 11 00:20:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@anasofia_ele Yes please! My students are so excited. They each want to learn one Spanish word.",
      "lang" : "en",
      "in_reply_to_screen_name" : "anasofia_ele",
      "in_reply_to_user_id_str" : "2373863511"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "608566891797303297"
          ],
          "editableUntil" : "2015-06-10T10:00:28.287Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MFLtwitterati",
            "indices" : [
              "107",
              "121"
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
      "favorite_count" : "55",
      "id_str" : "608566891797303297",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "608566891797303297",
      "created_at" : "Wed Jun 10 09:30:28 +0000 2015",
      "favorited" : false,
      "full_text" : "Our 2nd graders wrote postcards about Sendai for a school overseas. Is anyone interested in an exchange? 📮 #MFLtwitterati",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "596630806175973376"
          ],
          "editableUntil" : "2015-05-08T11:30:43.713Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MFLtwitterati",
            "indices" : [
              "66",
              "80"
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
      "favorite_count" : "14",
      "id_str" : "596630806175973376",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "596630806175973376",
      "created_at" : "Fri May 08 11:00:43 +0000 2015",
      "favorited" : false,
      "full_text" : "Hello! I teach English at a junior high school in Sendai. Joining #MFLtwitterati to learn from language teachers around the world 🙇‍♀️",
      "lang" : "en"
    }
  }
]