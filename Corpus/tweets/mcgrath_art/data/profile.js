window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Art teacher, secondary, Galway. Clay on everything. Department of one.",
        "website" : "",
        "location" : "Galway, Ireland"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1351318452436480002/YKpTMYyB.jpg"
    }
  }
]