window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "claire.dubois@example.fr",
      "createdVia" : "web",
      "username" : "cdubois_maths",
      "accountId" : "2748286614",
      "createdAt" : "2014-09-12T16:40:44.000Z",
      "accountDisplayName" : "Claire Dubois"
    }
  }
]