window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Secondary history teacher, Bristol. Head of KS3 history. Reads too much, tweets too little. Follow people you disagree with.",
        "website" : "",
        "location" : "Bristol"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1457498097057325057/Pgh1YDDQ.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/305729571/1635268051"
    }
  }
]