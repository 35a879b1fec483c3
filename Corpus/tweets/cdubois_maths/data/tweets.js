window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565421890914824194"
          ],
          "editableUntil" : "2022-09-01T20:00:37.583Z",
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
        "117"
      ],
      "favorite_count" : "6",
      "id_str" : "1565421890914824194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565421890914824194",
      "created_at" : "Thu Sep 01 19:30:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Rentrée. Nouveau collège, nouvelle équipe. Mais mes amis de Twitter m'ont déjà envoyé des messages d'encouragement ❤️",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522999944787824640"
          ],
          "editableUntil" : "2022-05-07T18:30:57.465Z",
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
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "16",
              "31"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "14",
      "id_str" : "1522999944787824640",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1522999944787824640",
      "created_at" : "Sat May 07 18:00:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Enfin rencontré @lbrandt_physik en vrai, à Strasbourg ! Cinq ans d'échanges sur Twitter, et une tarte flambée.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1359940317309489154"
          ],
          "editableUntil" : "2021-02-11T19:30:12.772Z",
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
        "50"
      ],
      "favorite_count" : "7",
      "id_str" : "1359940317309489154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1359940317309489154",
      "created_at" : "Thu Feb 11 19:00:12 +0000 2021",
      "favorited" : false,
      "full_text" : "Réforme du lycée, épisode 47. On s'adapte. Encore.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1268641419100082179"
          ],
          "editableUntil" : "2020-06-04T21:00:59.188Z",
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
            "name" : "Lindiwe Khumalo",
            "screen_name" : "lindiwe_maths",
            "indices" : [
              "88",
              "102"
            ],
            "id_str" : "2650326404",
            "id" : "2650326404"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "id_str" : "1268641419100082179",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1268641419100082179",
      "created_at" : "Thu Jun 04 20:30:59 +0000 2020",
      "favorited" : false,
      "full_text" : "International maths teachers' Zoom tonight: Lyon, Cape Town, Hamburg, Leicester. Thanks @lindiwe_maths for hosting. Same problems everywhere 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1243840455717502976"
          ],
          "editableUntil" : "2020-03-28T10:30:48.738Z",
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
        "109"
      ],
      "favorite_count" : "20",
      "id_str" : "1243840455717502976",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1243840455717502976",
      "created_at" : "Sat Mar 28 10:00:48 +0000 2020",
      "favorited" : false,
      "full_text" : "Confinement, jour 12. Mon chat assiste à tous les cours en visio. Il est plus attentif que certains élèves. 🐈",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1106223673043734528"
          ],
          "editableUntil" : "2019-03-14T16:30:50.952Z",
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
            "name" : "Dr Kwame Asante",
            "screen_name" : "kwame_stars",
            "indices" : [
              "85",
              "97"
            ],
            "id_str" : "2557640286",
            "id" : "2557640286"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "7",
      "id_str" : "1106223673043734528",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1106223673043734528",
      "created_at" : "Thu Mar 14 16:00:50 +0000 2019",
      "favorited" : false,
      "full_text" : "Semaine des maths : nos élèves ont posé leurs questions sur la taille de l'univers à @kwame_stars. Il a répondu avec une vidéo ! 🎉",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "976753012720496643"
          ],
          "editableUntil" : "2018-03-22T10:00:40.082Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "grève",
            "indices" : [
              "106",
              "112"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "8",
      "id_str" : "976753012720496643",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "976753012720496643",
      "created_at" : "Thu Mar 22 09:30:40 +0000 2018",
      "favorited" : false,
      "full_text" : "Grève aujourd'hui. Pas de cours, mais une longue discussion au café avec des collègues d'autres collèges. #grève",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "964228019596881923"
          ],
          "editableUntil" : "2018-02-15T20:30:49.019Z",
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
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/UHzSMEZTBR",
            "expanded_url" : "https://claire-maths.example/belles-erreurs",
            "display_url" : "claire-maths.example/belles-erreurs",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "962400990753058819",
      "id_str" : "964228019596881923",
      "in_reply_to_user_id" : "2080481447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "964228019596881923",
      "in_reply_to_status_id" : "962400990753058819",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 15 20:00:49 +0000 2018",
      "favorited" : false,
      "full_text" : "@lbrandt_physik Ton article sur les « belles erreurs » est traduit en français ! Mes collègues l'adorent https://t.co/UHzSMEZTBR",
      "lang" : "fr",
      "in_reply_to_screen_name" : "lbrandt_physik",
      "in_reply_to_user_id_str" : "2080481447"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "938151049467887617"
          ],
          "editableUntil" : "2017-12-05T21:30:14.853Z",
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
        "119"
      ],
      "favorite_count" : "18",
      "id_str" : "938151049467887617",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "938151049467887617",
      "created_at" : "Tue Dec 05 21:00:14 +0000 2017",
      "favorited" : false,
      "full_text" : "Le réseau, ce n'est pas le nombre d'abonnés. Ce sont les cinq personnes qui répondent quand on pose une vraie question.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "898907574989164547"
          ],
          "editableUntil" : "2017-08-19T14:30:41.429Z",
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
            "name" : "Mei Lin Harper",
            "screen_name" : "meilin_sci",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1115463280",
            "id" : "1115463280"
          },
          {
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "12",
              "27"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "898884983942541313",
      "id_str" : "898907574989164547",
      "in_reply_to_user_id" : "1115463280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "898907574989164547",
      "in_reply_to_status_id" : "898884983942541313",
      "created_at" : "Sat Aug 19 14:00:41 +0000 2017",
      "favorited" : false,
      "full_text" : "@meilin_sci @lbrandt_physik Merci Mei Lin ! Lukas, I'd love to see your lab. Maths mistakes and physics mistakes are cousins.",
      "lang" : "en",
      "in_reply_to_screen_name" : "meilin_sci",
      "in_reply_to_user_id_str" : "1115463280"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "796608536446443522"
          ],
          "editableUntil" : "2016-11-10T07:30:50.016Z",
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
          },
          {
            "name" : "Ana Sofía Ruiz",
            "screen_name" : "anasofia_ele",
            "indices" : [
              "13",
              "26"
            ],
            "id_str" : "2373863511",
            "id" : "2373863511"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "796517921273950210",
      "id_str" : "796608536446443522",
      "in_reply_to_user_id" : "3359927167",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "796608536446443522",
      "in_reply_to_status_id" : "796517921273950210",
      "created_at" : "Thu Nov 10 07:00:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@haruka_eigo @anasofia_ele Enchantée, Haruka! Role play: pupils are 'engineers' defending their solution to a 'client'. Works every time.",
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
            "745949765748355073"
          ],
          "editableUntil" : "2016-06-23T12:30:57.887Z",
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
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "745949765748355073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "745949765748355073",
      "created_at" : "Thu Jun 23 12:00:57 +0000 2016",
      "favorited" : false,
      "full_text" : "Correction de copies : « x = banane » n'est pas une réponse acceptable, Théo.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "730427470877614083"
          ],
          "editableUntil" : "2016-05-11T16:30:54.400Z",
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
            "name" : "Lukas Brandt",
            "screen_name" : "lbrandt_physik",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2080481447",
            "id" : "2080481447"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "730427470877614083",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "730427470877614083",
      "created_at" : "Wed May 11 16:00:54 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @lbrandt_physik: Schöne Fehler: Ein Schüler hat g = 98 m/s² berechnet. 20 Minuten darüber, warum das nicht sein kann. Beste Stunde der…",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "601126647139745794"
          ],
          "editableUntil" : "2015-05-20T21:15:35.728Z",
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
        "106"
      ],
      "favorite_count" : "6",
      "id_str" : "601126647139745794",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "601126647139745794",
      "created_at" : "Wed May 20 20:45:35 +0000 2015",
      "favorited" : false,
      "full_text" : "En salle des profs, on ne parle jamais de Twitter. Pourtant c'est ici que j'apprends le plus en ce moment.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "560852434424262658"
          ],
          "editableUntil" : "2015-01-29T18:00:15.158Z",
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
        "104"
      ],
      "favorite_count" : "5",
      "id_str" : "560852434424262658",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "560852434424262658",
      "created_at" : "Thu Jan 29 17:30:15 +0000 2015",
      "favorited" : false,
      "full_text" : "Mes 4e ont trouvé trois façons de résoudre le problème des poignées de main. Aucune n'était la mienne. 😍",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "511212972089815040"
          ],
          "editableUntil" : "2014-09-14T18:30:45.080Z",
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
        "115"
      ],
      "favorite_count" : "10",
      "id_str" : "511212972089815040",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "511212972089815040",
      "created_at" : "Sun Sep 14 18:00:45 +0000 2014",
      "favorited" : false,
      "full_text" : "Premier tweet ! Prof de maths à Lyon, je cherche des collègues qui aiment les énigmes et les erreurs intéressantes.",
      "lang" : "fr"
    }
  }
]