window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Assistant head (teaching & learning), Nottingham. #WomenEd. Coaching, CPD that sticks, kindness as a strategy.",
        "website" : "https://t.co/xJZxz0ErfZ",
        "location" : "Nottingham"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1399516038559952897/XFK7CaQu.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1484575047/1597214473"
    }
  }
]