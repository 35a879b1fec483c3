window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "7th grade ELA, Atlanta. Every kid a reader. #edchat regular. She/her.",
        "website" : "https://t.co/SWClknHguY",
        "location" : "Atlanta, GA"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1416910656108888066/y8yGiTs7.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1811900516/1655667543"
    }
  }
]