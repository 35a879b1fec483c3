window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "bev.ashworth@example.org",
      "createdVia" : "web",
      "username" : "ashworth_geog",
      "accountId" : "575909149",
      "createdAt" : "2012-03-12T17:45:53.000Z",
      "accountDisplayName" : "Bev Ashworth"
    }
  }
]