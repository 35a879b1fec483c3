window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "SENCo, Norwich → special school. Advocate for the kids who don't fit the spreadsheet. Tuesday night chats & strong tea.",
        "website" : "https://t.co/FiDGrNDm8r",
        "location" : "Norwich"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1560778638751232000/w4oozbim.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1986695397/1652067947"
    }
  }
]