window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Prof de maths au collège, Lyon. Énigmes, jeux de rôle et erreurs productives. Maths teacher, Lyon.",
        "website" : "https://t.co/XmUjEUj3sA",
        "location" : "Lyon, France"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1488663453498413056/plIx2OfE.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/2748286614/1613276519"
    }
  }
]