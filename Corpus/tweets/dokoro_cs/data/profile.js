window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "The only computing teacher in a Glasgow secondary (well, until 2018). Organiser of #TeachMeetGLA. Python, Raspberry Pi, bad puns.",
        "website" : "https://t.co/v2zP9NsBq4",
        "location" : "Glasgow, Scotland"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1374873663701540864/1Vm3PDu1.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/968437047/1631601650"
    }
  }
]