window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Primary computing lead in Manchester 👩‍🏫 Scratch, micro:bits & muddy knees. Code Club volunteer. Views my own.",
        "website" : "https://t.co/eM0EaLv42n",
        "location" : "Manchester, England"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1541572081874702336/g7rW9veO.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/856244600/1596076981"
    }
  }
]