window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Reception teacher in Leeds. Play, stories, mud kitchens. Early years is not a warm-up act.",
        "website" : "",
        "location" : "Leeds"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1527076567253655555/7qPSJJ9K.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/3903389194/1585087293"
    }
  }
]