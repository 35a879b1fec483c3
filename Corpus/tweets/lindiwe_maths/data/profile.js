window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Maths teacher, Cape Town. Ubuntu in the classroom. Problem solving > procedures.",
        "website" : "",
        "location" : "Cape Town, South Africa"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1440828255240892418/jL63qRWc.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/2650326404/1593586654"
    }
  }
]