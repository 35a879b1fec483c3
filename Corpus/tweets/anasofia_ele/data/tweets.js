window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578067630801137667"
          ],
          "editableUntil" : "2022-10-06T17:30:16.918Z",
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
      "favorite_count" : "4",
      "id_str" : "1578067630801137667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578067630801137667",
      "created_at" : "Thu Oct 06 17:00:16 +0000 2022",
      "favorited" : false,
      "full_text" : "Ayer vino Ofsted. Los de Y10 hablaron en español como si les fuera la vida en ello. Orgullosa.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552723189081624576"
          ],
          "editableUntil" : "2022-07-28T19:00:31.135Z",
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
            "name" : "Haruka Ishida 石田はるか",
            "screen_name" : "haruka_eigo",
            "indices" : [
              "25",
              "37"
            ],
            "id_str" : "3359927167",
            "id" : "3359927167"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Dc52sxpsSG",
            "expanded_url" : "https://twitter.com/haruka_eigo/status/1552624976059977728",
            "display_url" : "twitter.com/haruka_eigo/st…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "7",
      "id_str" : "1552723189081624576",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1552723189081624576",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 28 18:30:31 +0000 2022",
      "favorited" : false,
      "full_text" : "¡Por fin desvirtualicé a @haruka_eigo, de visita en Londres! Siete años de mensajes y un abrazo en King's Cross 🫶 https://t.co/Dc52sxpsSG",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1455575675756863491"
          ],
          "editableUntil" : "2021-11-02T17:10:59.045Z",
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
            "expanded_url" : "https://twitter.com/anasofia_ele/status/1455575675756863491/photo/1",
            "indices" : [
              "141",
              "164"
            ],
            "url" : "https://t.co/vlchekD18t",
            "media_url" : "http://pbs.twimg.com/media/4XUCs6Y4BrSHyBC.jpg",
            "id_str" : "1455575185023172610",
            "id" : "1455575185023172610",
            "media_url_https" : "https://pbs.twimg.com/media/4XUCs6Y4BrSHyBC.jpg",
            "sizes" : {
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
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/vlchekD18t"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "16",
      "id_str" : "1455575675756863491",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1455575675756863491",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 02 16:40:59 +0000 2021",
      "favorited" : false,
      "full_text" : "Día de Muertos altar in class, built with Y7. Marigolds from a parent &amp; papel picado posted by a teacher in Guadalajara I've never met 🌼 https://t.co/vlchekD18t",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/anasofia_ele/status/1455575675756863491/photo/1",
            "indices" : [
              "141",
              "164"
            ],
            "url" : "https://t.co/vlchekD18t",
            "media_url" : "http://pbs.twimg.com/media/4XUCs6Y4BrSHyBC.jpg",
            "id_str" : "1455575185023172610",
            "id" : "1455575185023172610",
            "media_url_https" : "https://pbs.twimg.com/media/4XUCs6Y4BrSHyBC.jpg",
            "sizes" : {
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
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/vlchekD18t"
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
            "1359611940162289666"
          ],
          "editableUntil" : "2021-02-10T21:45:21.560Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "12",
      "id_str" : "1359611940162289666",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1359611940162289666",
      "created_at" : "Wed Feb 10 21:15:21 +0000 2021",
      "favorited" : false,
      "full_text" : "A veces Twitter es una cámara de eco: todos los profes de idiomas pensamos igual sobre los exámenes. Necesito leer otros puntos de vista.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1275904158159044610"
          ],
          "editableUntil" : "2020-06-24T22:00:31.115Z",
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
              "8",
              "22"
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
      "favorite_count" : "6",
      "id_str" : "1275904158159044610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1275904158159044610",
      "created_at" : "Wed Jun 24 21:30:31 +0000 2020",
      "favorited" : false,
      "full_text" : "Virtual #MFLtwitterati meet-up tonight: 40 language teachers, 11 languages, one shared problem (the GCSE speaking exam).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1258109380818219011"
          ],
          "editableUntil" : "2020-05-06T19:30:25.586Z",
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
        "126"
      ],
      "favorite_count" : "3",
      "id_str" : "1258109380818219011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1258109380818219011",
      "created_at" : "Wed May 06 19:00:25 +0000 2020",
      "favorited" : false,
      "full_text" : "Clases online: 'Miss, ¿me oyes?' x 47. Pero también: una alumna presentó a su abuela, que habló en español a toda la clase 😭❤️",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1113536746267443201"
          ],
          "editableUntil" : "2019-04-03T20:50:23.479Z",
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
              "14",
              "28"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "6",
      "id_str" : "1113536746267443201",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1113536746267443201",
      "created_at" : "Wed Apr 03 20:20:23 +0000 2019",
      "favorited" : false,
      "full_text" : "Cinco años en #MFLtwitterati. He cambiado de instituto dos veces y los amigos de aquí siguen ahí. Eso vale oro.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1087254753797877762"
          ],
          "editableUntil" : "2019-01-21T08:15:08.178Z",
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
        "67"
      ],
      "favorite_count" : "2",
      "id_str" : "1087254753797877762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1087254753797877762",
      "created_at" : "Mon Jan 21 07:45:08 +0000 2019",
      "favorited" : false,
      "full_text" : "Lunes. Lluvia. Café. Fotocopiadora rota. Todo normal en Leicester ☔",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1064929060543885314"
          ],
          "editableUntil" : "2018-11-20T17:40:48.115Z",
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
        "170"
      ],
      "favorite_count" : "8",
      "id_str" : "1064929060543885314",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1064929060543885314",
      "created_at" : "Tue Nov 20 17:10:48 +0000 2018",
      "favorited" : false,
      "full_text" : "Hoy un alumno me dijo 'Miss, your Twitter friends made our lesson'. Tenía razón: la actividad venía de una profe de Chile. Aprendo muchísimo de mis compañeras de Twitter.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1007382170498134019"
          ],
          "editableUntil" : "2018-06-14T22:30:00.359Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BrewEd",
            "indices" : [
              "8",
              "15"
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
      "favorite_count" : "22",
      "id_str" : "1007382170498134019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1007382170498134019",
      "created_at" : "Thu Jun 14 22:00:00 +0000 2018",
      "favorited" : false,
      "full_text" : "Primera #BrewEd en Leicester. Hablando de evaluación en un pub. Lo mejor: desvirtualizar a gente que llevaba años leyendo.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "796450000145616896"
          ],
          "editableUntil" : "2016-11-09T21:00:52.017Z",
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
            "name" : "Haruka Ishida 石田はるか",
            "screen_name" : "haruka_eigo",
            "indices" : [
              "1",
              "13"
            ],
            "id_str" : "3359927167",
            "id" : "3359927167"
          },
          {
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "28",
              "42"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "12",
      "id_str" : "796450000145616896",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "796450000145616896",
      "created_at" : "Wed Nov 09 20:30:52 +0000 2016",
      "favorited" : false,
      "full_text" : ".@haruka_eigo te presento a @cdubois_maths: las dos usáis juegos de rol en clase. ¡Tenéis que hablar!",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "723889225646039042"
          ],
          "editableUntil" : "2016-04-23T15:30:15.262Z",
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
        "122"
      ],
      "favorite_count" : "2",
      "id_str" : "723889225646039042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "723889225646039042",
      "created_at" : "Sat Apr 23 15:00:15 +0000 2016",
      "favorited" : false,
      "full_text" : "Día del Libro: mis alumnos de Y9 leyeron poemas de Gloria Fuertes en voz alta. Un chico muy tímido pidió leer dos veces. 📖",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "665157399684280320"
          ],
          "editableUntil" : "2015-11-13T13:50:56.768Z",
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
              "20",
              "23"
            ]
          },
          {
            "text" : "FollowFriday",
            "indices" : [
              "115",
              "128"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Keisha Monroe",
            "screen_name" : "msmonroe_reads",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1811900516",
            "id" : "1811900516"
          },
          {
            "name" : "Ana Sofía Ruiz",
            "screen_name" : "anasofia_ele",
            "indices" : [
              "24",
              "37"
            ],
            "id_str" : "2373863511",
            "id" : "2373863511"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "665157399684280320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "665157399684280320",
      "created_at" : "Fri Nov 13 13:20:56 +0000 2015",
      "favorited" : false,
      "full_text" : "RT @msmonroe_reads: #FF @anasofia_ele: a Spanish teacher in England who shares more good ideas than anyone I know. #FollowFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "662539917961994241"
          ],
          "editableUntil" : "2015-11-06T08:30:00.495Z",
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
            "text" : "MFLtwitterati",
            "indices" : [
              "24",
              "38"
            ]
          },
          {
            "text" : "FollowFriday",
            "indices" : [
              "90",
              "103"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Haruka Ishida 石田はるか",
            "screen_name" : "haruka_eigo",
            "indices" : [
              "62",
              "74"
            ],
            "id_str" : "3359927167",
            "id" : "3359927167"
          },
          {
            "name" : "Claire Dubois",
            "screen_name" : "cdubois_maths",
            "indices" : [
              "75",
              "89"
            ],
            "id_str" : "2748286614",
            "id" : "2748286614"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "14",
      "id_str" : "662539917961994241",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "662539917961994241",
      "created_at" : "Fri Nov 06 08:00:00 +0000 2015",
      "favorited" : false,
      "full_text" : "#FF a mis compañeras de #MFLtwitterati que siempre comparten: @haruka_eigo @cdubois_maths #FollowFriday",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "608698927273918464"
          ],
          "editableUntil" : "2015-06-10T18:45:07.998Z",
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
            "name" : "Haruka Ishida 石田はるか",
            "screen_name" : "haruka_eigo",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3359927167",
            "id" : "3359927167"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "608566891797303297",
      "id_str" : "608698927273918464",
      "in_reply_to_user_id" : "3359927167",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "608698927273918464",
      "in_reply_to_status_id" : "608566891797303297",
      "created_at" : "Wed Jun 10 18:15:07 +0000 2015",
      "favorited" : false,
      "full_text" : "@haruka_eigo How lovely! My Y8s would love to swap postcards with your students. A trilingual exchange? 🇯🇵🇪🇸🇬🇧",
      "lang" : "en",
      "in_reply_to_screen_name" : "haruka_eigo",
      "in_reply_to_user_id_str" : "3359927167"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "575763356765978627"
          ],
          "editableUntil" : "2015-03-11T21:30:56.075Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MFLtwitterati",
            "indices" : [
              "82",
              "96"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "575763356765978627",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "575763356765978627",
      "created_at" : "Wed Mar 11 21:00:56 +0000 2015",
      "favorited" : false,
      "full_text" : "Soy la única nativa del departamento y a veces me siento sola. Por eso os quiero, #MFLtwitterati ❤️",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "522479538838827009"
          ],
          "editableUntil" : "2014-10-15T20:40:03.916Z",
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
        "115"
      ],
      "favorite_count" : "10",
      "id_str" : "522479538838827009",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "522479538838827009",
      "created_at" : "Wed Oct 15 20:10:03 +0000 2014",
      "favorited" : false,
      "full_text" : "Corrigiendo 90 redacciones sobre 'mi casa ideal'. Tres alumnos quieren vivir en un castillo con piscina de Nutella.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "451474302792867843"
          ],
          "editableUntil" : "2014-04-02T22:10:36.429Z",
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
        "126"
      ],
      "favorite_count" : "29",
      "id_str" : "451474302792867843",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "451474302792867843",
      "created_at" : "Wed Apr 02 21:40:36 +0000 2014",
      "favorited" : false,
      "full_text" : "Increíble: en dos horas, quince profes de cinco países me han mandado recursos. Este es el claustro virtual que siempre quise.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "451441529133432832"
          ],
          "editableUntil" : "2014-04-02T20:00:22.580Z",
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
              "6",
              "20"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "2",
      "id_str" : "451441529133432832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "451441529133432832",
      "created_at" : "Wed Apr 02 19:30:22 +0000 2014",
      "favorited" : false,
      "full_text" : "¡Hola #MFLtwitterati! Soy profe de español en Leicester. Busco ideas para enseñar el subjuntivo sin lágrimas 😅",
      "lang" : "es"
    }
  }
]