window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549801434161565697"
          ],
          "editableUntil" : "2022-07-20T17:30:30.479Z",
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
      "favorite_count" : "3",
      "id_str" : "1549801434161565697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1549801434161565697",
      "created_at" : "Wed Jul 20 17:00:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Twelve years at this school. I used to feel cut off. Now I have friends in Glasgow, Powys and Rotorua. Rural doesn't have to mean isolated.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1382423444406235137"
          ],
          "editableUntil" : "2021-04-14T20:30:07.989Z",
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
        "137"
      ],
      "favorite_count" : "5",
      "id_str" : "1382423444406235137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1382423444406235137",
      "created_at" : "Wed Apr 14 20:00:07 +0000 2021",
      "favorited" : false,
      "full_text" : "Twitter is lovely, but I notice I mostly follow geographers who teach like me. Bit of a silo. Making a point of following some who don't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1255074416845758465"
          ],
          "editableUntil" : "2020-04-28T10:30:33.788Z",
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
        "102"
      ],
      "favorite_count" : "27",
      "id_str" : "1255074416845758465",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1255074416845758465",
      "created_at" : "Tue Apr 28 10:00:33 +0000 2020",
      "favorited" : false,
      "full_text" : "Broadband down again. Teaching live lessons from the car park at the top of the hill where there's 4G.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1136286681034780672"
          ],
          "editableUntil" : "2019-06-05T15:30:30.601Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/ashworth_geog/status/1136286681034780672/photo/1",
            "indices" : [
              "84",
              "107"
            ],
            "url" : "https://t.co/41DSjI6cF1",
            "media_url" : "http://pbs.twimg.com/media/B9b37gghMa3-VTq.jpg",
            "id_str" : "1136286215466172416",
            "id" : "1136286215466172416",
            "media_url_https" : "https://pbs.twimg.com/media/B9b37gghMa3-VTq.jpg",
            "sizes" : {
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
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
            "display_url" : "pic.twitter.com/41DSjI6cF1"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "1136286681034780672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1136286681034780672",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 05 15:00:30 +0000 2019",
      "favorited" : false,
      "full_text" : "Y8 weather station finally up &amp; running. It says rain. It will always say rain. https://t.co/41DSjI6cF1",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/ashworth_geog/status/1136286681034780672/photo/1",
            "indices" : [
              "84",
              "107"
            ],
            "url" : "https://t.co/41DSjI6cF1",
            "media_url" : "http://pbs.twimg.com/media/B9b37gghMa3-VTq.jpg",
            "id_str" : "1136286215466172416",
            "id" : "1136286215466172416",
            "media_url_https" : "https://pbs.twimg.com/media/B9b37gghMa3-VTq.jpg",
            "sizes" : {
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
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
            "display_url" : "pic.twitter.com/41DSjI6cF1"
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
            "1103324373638664192"
          ],
          "editableUntil" : "2019-03-06T16:30:04.108Z",
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
        "152"
      ],
      "favorite_count" : "1",
      "id_str" : "1103324373638664192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1103324373638664192",
      "created_at" : "Wed Mar 06 16:00:04 +0000 2019",
      "favorited" : false,
      "full_text" : "Someone on here put me in touch with a glaciologist, and today our Y10s had a video call with a scientist in Svalbard. In a Cumbrian classroom. Unreal 🧊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1041423998950076417"
          ],
          "editableUntil" : "2018-09-16T21:00:04.728Z",
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
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1041408902396547075",
      "id_str" : "1041423998950076417",
      "in_reply_to_user_id" : "1569385927",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1041423998950076417",
      "in_reply_to_status_id" : "1041408902396547075",
      "created_at" : "Sun Sep 16 20:30:04 +0000 2018",
      "favorited" : false,
      "full_text" : "@pryce_ysgol Rural schools unite! Happy to swap notes on fieldwork without a minibus.",
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
            "999757106336215040"
          ],
          "editableUntil" : "2018-05-24T21:30:43.396Z",
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
        "63"
      ],
      "favorite_count" : "14",
      "id_str" : "999757106336215040",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "999757106336215040",
      "created_at" : "Thu May 24 21:00:43 +0000 2018",
      "favorited" : false,
      "full_text" : "GCSE coursework marked. Drank tea. Marked more. Drank more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "845696986497466369"
          ],
          "editableUntil" : "2017-03-25T18:30:48.528Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TeachMeet",
            "indices" : [
              "23",
              "33"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rachel Adeyemi",
            "screen_name" : "rachel_codes_ed",
            "indices" : [
              "61",
              "77"
            ],
            "id_str" : "856244600",
            "id" : "856244600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "22",
      "id_str" : "845696986497466369",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "845696986497466369",
      "created_at" : "Sat Mar 25 18:00:48 +0000 2017",
      "favorited" : false,
      "full_text" : "Drove three hours to a #TeachMeet in Manchester. Finally met @rachel_codes_ed after three years of chatting. Worth every drop of petrol.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "700063472661958658"
          ],
          "editableUntil" : "2016-02-17T21:35:13.089Z",
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
              "3",
              "13"
            ],
            "id_str" : "968437047",
            "id" : "968437047"
          },
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "109",
              "123"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          },
          {
            "name" : "Bev Ashworth",
            "screen_name" : "ashworth_geog",
            "indices" : [
              "124",
              "138"
            ],
            "id_str" : "575909149",
            "id" : "575909149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "700063472661958658",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "700063472661958658",
      "created_at" : "Wed Feb 17 21:05:13 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @dokoro_cs: Calling all 'onlys': the only teacher of your subject in the building. Let's find each other. @lowe_music_ed @ashworth_geog",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "700062297359618051"
          ],
          "editableUntil" : "2016-02-17T21:30:32.876Z",
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
          },
          {
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "11",
              "25"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "700048337704665088",
      "id_str" : "700062297359618051",
      "in_reply_to_user_id" : "968437047",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "700062297359618051",
      "in_reply_to_status_id" : "700048337704665088",
      "created_at" : "Wed Feb 17 21:00:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@dokoro_cs @lowe_music_ed Count me in. The 'onlys' club. We need badges.",
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
            "673804201523916800"
          ],
          "editableUntil" : "2015-12-07T10:30:14.976Z",
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
      "favorite_count" : "3",
      "id_str" : "673804201523916800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "673804201523916800",
      "created_at" : "Mon Dec 07 10:00:14 +0000 2015",
      "favorited" : false,
      "full_text" : "School closed. Storm Desmond has turned the river we study into the high street. Thinking of everyone affected.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "662543801060794369"
          ],
          "editableUntil" : "2015-11-06T08:45:26.298Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
              "82",
              "95"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "12",
              "24"
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
      "favorite_count" : "10",
      "id_str" : "662543801060794369",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "662543801060794369",
      "created_at" : "Fri Nov 06 08:15:26 +0000 2015",
      "favorited" : false,
      "full_text" : "#FF the fab @pryce_ysgol, who understands small rural schools better than anyone. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "517358364605648898"
          ],
          "editableUntil" : "2014-10-01T17:30:20.832Z",
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
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "517358364605648898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "517358364605648898",
      "created_at" : "Wed Oct 01 17:00:20 +0000 2014",
      "favorited" : false,
      "full_text" : "River study fieldwork. Rain: horizontal. Students: remarkably cheerful. Me: soaked to the bone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "481912313574514688"
          ],
          "editableUntil" : "2014-06-25T22:00:23.710Z",
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
            "name" : "Gareth Pryce",
            "screen_name" : "pryce_ysgol",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1569385927",
            "id" : "1569385927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "481912313574514688",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "481912313574514688",
      "created_at" : "Wed Jun 25 21:30:23 +0000 2014",
      "favorited" : false,
      "full_text" : "RT @pryce_ysgol: 41 children, 3 teachers, one of them me. Being a teaching head in a rural school can be lonely. Some weeks Twitter is my…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "430793055489880067"
          ],
          "editableUntil" : "2014-02-04T20:30:42.833Z",
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
        "134"
      ],
      "favorite_count" : "2",
      "id_str" : "430793055489880067",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "430793055489880067",
      "created_at" : "Tue Feb 04 20:00:42 +0000 2014",
      "favorited" : false,
      "full_text" : "The only geography teacher in a school of 280, 25 miles from the next secondary. Geography teachers of Twitter: you are my department.",
      "lang" : "en"
    }
  }
]