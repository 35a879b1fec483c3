window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Geography (and the only geographer) at a small school in the Cumbrian fells. Rain enthusiast by necessity.",
        "website" : "",
        "location" : "Cumbria"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1408213347335131138/ZEsuXtyZ.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/575909149/1657442105"
    }
  }
]