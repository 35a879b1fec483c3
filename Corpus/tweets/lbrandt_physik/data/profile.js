window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Physiklehrer in Hamburg. Experimente, schöne Fehler und Kaffee. Physics teacher. Tweets auf Deutsch & in English.",
        "website" : "https://t.co/Vt0ExWN8hI",
        "location" : "Hamburg"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1469094508756156416/VnaFZavX.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/2080481447/1631514193"
    }
  }
]