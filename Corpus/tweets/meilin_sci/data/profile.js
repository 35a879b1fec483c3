window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Science teacher (chemist at heart). London → Singapore → London. Curious about misconceptions, good questions & bad puns about noble gases.",
        "website" : "https://t.co/xLuM1zIoNX",
        "location" : "London, UK"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1557154760094859265/hG3gEmh4.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1115463280/1653940477"
    }
  }
]