window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590449347810283523"
          ],
          "editableUntil" : "2022-11-09T21:30:48.294Z",
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
        "98"
      ],
      "favorite_count" : "21",
      "id_str" : "1590449347810283523",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1590449347810283523",
      "created_at" : "Wed Nov 09 21:00:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Wondering where art teachers will connect if this place goes. We'll find each other. We always do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537827519273328642"
          ],
          "editableUntil" : "2022-06-17T16:30:26.705Z",
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
        "89"
      ],
      "favorite_count" : "15",
      "id_str" : "1537827519273328642",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1537827519273328642",
      "created_at" : "Fri Jun 17 16:00:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Leaving Cert portfolios done. The kids are brilliant &amp; I'm going to sleep for a week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1395114717639049217"
          ],
          "editableUntil" : "2021-05-19T21:00:43.320Z",
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
        "106"
      ],
      "favorite_count" : "2",
      "id_str" : "1395114717639049217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1395114717639049217",
      "created_at" : "Wed May 19 20:30:43 +0000 2021",
      "favorited" : false,
      "full_text" : "The Twitter bubble is all beautiful classroom photos. Real life is PVA glue on the ceiling. Both are true.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1255512367684780035"
          ],
          "editableUntil" : "2020-04-29T15:30:49.404Z",
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
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1255512367684780035",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1255512367684780035",
      "created_at" : "Wed Apr 29 15:00:49 +0000 2020",
      "favorited" : false,
      "full_text" : "Teaching art online. 'Sir, can I use my cat as a model?' Yes. Yes you can.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1188198783156494338"
          ],
          "editableUntil" : "2019-10-26T21:30:40.227Z",
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
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "12",
              "26"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "16",
      "id_str" : "1188198783156494338",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1188198783156494338",
      "created_at" : "Sat Oct 26 21:00:40 +0000 2019",
      "favorited" : false,
      "full_text" : "Finally met @lowe_music_ed IRL at a conference in Edinburgh. Two departments of one, in the same room at last.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1095367127384084481"
          ],
          "editableUntil" : "2019-02-12T17:30:48.762Z",
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
            "expanded_url" : "https://twitter.com/mcgrath_art/status/1095367127384084481/photo/1",
            "indices" : [
              "65",
              "88"
            ],
            "url" : "https://t.co/YULV491mPa",
            "media_url" : "http://pbs.twimg.com/media/JO8G2yTLznJGdY6.jpg",
            "id_str" : "1095366909278507009",
            "id" : "1095366909278507009",
            "media_url_https" : "https://pbs.twimg.com/media/JO8G2yTLznJGdY6.jpg",
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
            "display_url" : "pic.twitter.com/YULV491mPa"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "1095367127384084481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1095367127384084481",
      "possibly_sensitive" : false,
      "created_at" : "Tue Feb 12 17:00:48 +0000 2019",
      "favorited" : false,
      "full_text" : "Clay faces by 1st years. Every one a small masterpiece of chaos. https://t.co/YULV491mPa",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/mcgrath_art/status/1095367127384084481/photo/1",
            "indices" : [
              "65",
              "88"
            ],
            "url" : "https://t.co/YULV491mPa",
            "media_url" : "http://pbs.twimg.com/media/JO8G2yTLznJGdY6.jpg",
            "id_str" : "1095366909278507009",
            "id" : "1095366909278507009",
            "media_url_https" : "https://pbs.twimg.com/media/JO8G2yTLznJGdY6.jpg",
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
            "display_url" : "pic.twitter.com/YULV491mPa"
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
            "984710370893185024"
          ],
          "editableUntil" : "2018-04-13T09:00:22.111Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
              "105",
              "108"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dev Patel",
            "screen_name" : "dev_dt_teach",
            "indices" : [
              "15",
              "28"
            ],
            "id_str" : "2389236195",
            "id" : "2389236195"
          },
          {
            "name" : "Marco Verdi",
            "screen_name" : "marcoverdi_art",
            "indices" : [
              "54",
              "69"
            ],
            "id_str" : "763404165",
            "id" : "763404165"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "1",
      "id_str" : "984710370893185024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "984710370893185024",
      "created_at" : "Fri Apr 13 08:30:22 +0000 2018",
      "favorited" : false,
      "full_text" : "#FollowFriday: @dev_dt_teach for laser-cut genius and @marcoverdi_art for being so kind to 15-year-olds. #FF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "919895883309363203"
          ],
          "editableUntil" : "2017-10-16T12:30:44.076Z",
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
        "79"
      ],
      "favorite_count" : "5",
      "id_str" : "919895883309363203",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "919895883309363203",
      "created_at" : "Mon Oct 16 12:00:44 +0000 2017",
      "favorited" : false,
      "full_text" : "Storm Ophelia closed every school in Ireland. Painted the garden shed. Wrongly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "799688812147306496"
          ],
          "editableUntil" : "2016-11-18T19:30:44.972Z",
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
        "107"
      ],
      "favorite_count" : "3",
      "id_str" : "799688812147306496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "799688812147306496",
      "created_at" : "Fri Nov 18 19:00:44 +0000 2016",
      "favorited" : false,
      "full_text" : "Parent-teacher meetings. Told six sets of parents their child is 'a natural with charcoal'. All true, mind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "741253663019507714"
          ],
          "editableUntil" : "2016-06-10T13:30:19.747Z",
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
        "52"
      ],
      "favorite_count" : "3",
      "id_str" : "741253663019507714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "741253663019507714",
      "created_at" : "Fri Jun 10 13:00:19 +0000 2016",
      "favorited" : false,
      "full_text" : "Junior Cert art exam. The smell of acrylic and fear.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "730835006744670211"
          ],
          "editableUntil" : "2016-05-12T19:30:18.522Z",
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
            "name" : "Hannah Lowe",
            "screen_name" : "lowe_music_ed",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3957088252",
            "id" : "3957088252"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "730125332004925443",
      "id_str" : "730835006744670211",
      "in_reply_to_user_id" : "3957088252",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "730835006744670211",
      "in_reply_to_status_id" : "730125332004925443",
      "created_at" : "Thu May 12 19:00:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@lowe_music_ed Loved your post on being a department of one. Swap 'music' for 'art' and it's my life. Coffee if you're in Galway?",
      "lang" : "en",
      "in_reply_to_screen_name" : "lowe_music_ed",
      "in_reply_to_user_id_str" : "3957088252"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "590930631758290947"
          ],
          "editableUntil" : "2015-04-22T18:00:16.228Z",
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
            "name" : "Marco Verdi",
            "screen_name" : "marcoverdi_art",
            "indices" : [
              "25",
              "40"
            ],
            "id_str" : "763404165",
            "id" : "763404165"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "590930631758290947",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "590930631758290947",
      "created_at" : "Wed Apr 22 17:30:16 +0000 2015",
      "favorited" : false,
      "full_text" : "A reply from illustrator @marcoverdi_art! TY sent him their versions of his drawings &amp; he said they beat the originals 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "590925764408070144"
          ],
          "editableUntil" : "2015-04-22T17:40:55.761Z",
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
            "name" : "Marco Verdi",
            "screen_name" : "marcoverdi_art",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "763404165",
            "id" : "763404165"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "590925764408070144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "590925764408070144",
      "created_at" : "Wed Apr 22 17:10:55 +0000 2015",
      "favorited" : false,
      "full_text" : "RT @marcoverdi_art: Got a parcel of drawings from a school in Galway this morning. Best post I've had all year. Teachers, you are wonderful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "557643817856217089"
          ],
          "editableUntil" : "2015-01-20T21:30:21.355Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "arted",
            "indices" : [
              "36",
              "42"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "557643817856217089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "557643817856217089",
      "created_at" : "Tue Jan 20 21:00:21 +0000 2015",
      "favorited" : false,
      "full_text" : "Only art teacher in the school. The #arted crowd on here are my department meetings now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "474581481339015171"
          ],
          "editableUntil" : "2014-06-05T16:30:17.105Z",
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
        "100"
      ],
      "favorite_count" : "9",
      "id_str" : "474581481339015171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "474581481339015171",
      "created_at" : "Thu Jun 05 16:00:17 +0000 2014",
      "favorited" : false,
      "full_text" : "Kiln disaster. Not a real explosion. Just three 2nd year pots. Well. A real explosion of three pots.",
      "lang" : "en"
    }
  }
]