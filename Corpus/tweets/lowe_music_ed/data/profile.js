window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "The only music teacher at a rural secondary in Aberdeenshire. Choirs, ukuleles, resilience. Department of one.",
        "website" : "https://t.co/j9cTylXaca",
        "location" : "Aberdeenshire"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1498810313736519682/EWlJu5wq.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/3957088252/1631146224"
    }
  }
]