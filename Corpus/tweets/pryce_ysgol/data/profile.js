window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Pennaeth ysgol gynradd wledig | Teaching head of a small rural primary in Powys. 41 o ddisgyblion, 1 ci. Dysgu gyda'n gilydd.",
        "website" : "",
        "location" : "Powys, Cymru"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1426332740613513216/fJQGXl2n.jpg"
    }
  }
]