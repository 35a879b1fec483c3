window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "PE teacher, Cardiff. Rugby, resilience and finding every kid a sport. Parkrun regular (slow).",
        "website" : "",
        "location" : "Cardiff"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1445539297490206722/SbdJvM0Y.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/686253843807981571/1599418137"
    }
  }
]