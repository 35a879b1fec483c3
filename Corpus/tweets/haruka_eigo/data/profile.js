window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "English teacher at a public junior high in Sendai. 中学校英語教師。Learning from teachers everywhere 🌏",
        "website" : "",
        "location" : "Sendai, Japan"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1363639639868354560/m0-9QkqT.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/3359927167/1625548765"
    }
  }
]