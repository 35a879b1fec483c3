window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Primary kaiako in Rotorua, Aotearoa 🇳🇿 Place-based learning, digital tech, kapa haka on Fridays.",
        "website" : "",
        "location" : "Rotorua, NZ"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1530700445908525059/QZiKhWKD.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/3050741373/1619098418"
    }
  }
]