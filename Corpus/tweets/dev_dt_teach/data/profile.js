window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Design & Technology teacher, Coventry. Laser cutter whisperer. DT matters & I will die on this hill.",
        "website" : "https://t.co/t5Q8nR6x4g",
        "location" : "Coventry"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1433942885792739329/p_-yqBvB.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/2389236195/1647167830"
    }
  }
]