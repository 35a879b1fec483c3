window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Profe de español en Leicester 🇪🇸🇬🇧 Spanish teacher. #MFLtwitterati. Café, flamenco y fichas de vocabulario.",
        "website" : "https://t.co/iWRs3jFLcK",
        "location" : "Leicester"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1412562001720930306/hFE_FOcE.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/2373863511/1602849392"
    }
  }
]