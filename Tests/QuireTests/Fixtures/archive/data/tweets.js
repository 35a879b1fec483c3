window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "1130000000000000002" ],
          "editableUntil" : "2019-05-03T10:12:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ { "text" : "edchat", "indices" : [ "52", "59" ] } ],
        "symbols" : [ ],
        "user_mentions" : [ { "name" : "Sam Ray", "screen_name" : "samray", "indices" : [ "0", "7" ], "id_str" : "1234", "id" : "1234" } ],
        "urls" : [ { "url" : "https://t.co/aB3dE5gH7j", "expanded_url" : "https://example.org/blog/connecting", "display_url" : "example.org/blog/connecti…", "indices" : [ "60", "83" ] } ]
      },
      "display_text_range" : [ "0", "83" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1129999999999999999",
      "id_str" : "1130000000000000002",
      "in_reply_to_user_id" : "1234",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1130000000000000002",
      "in_reply_to_status_id" : "1129999999999999999",
      "created_at" : "Fri May 03 09:12:44 +0000 2019",
      "favorited" : false,
      "full_text" : "@samray you need to speak to Jo &amp; Lee about this #edchat https://t.co/aB3dE5gH7j",
      "lang" : "en",
      "in_reply_to_screen_name" : "samray",
      "in_reply_to_user_id_str" : "1234"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ { "name" : "Ana", "screen_name" : "ana_ele", "indices" : [ "3", "11" ], "id_str" : "55", "id" : "55" } ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "60" ],
      "favorite_count" : "0",
      "id_str" : "1010000000000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1010000000000000001",
      "created_at" : "Mon Jun 18 20:01:02 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @ana_ele: Conectar con otros profes me cambió la vida 🙌",
      "lang" : "es"
    }
  }
]
