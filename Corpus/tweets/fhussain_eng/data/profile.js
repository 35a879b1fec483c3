window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "English teacher in Birmingham. Survived a training year in a pandemic. Poetry, tea, lists. #WomenEd",
        "website" : "",
        "location" : "Birmingham, UK"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1362552476271587330/xuX3GN_i.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1145425513281556480/1598798604"
    }
  }
]