window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jo.birch@example.org",
      "createdVia" : "web",
      "username" : "jobirch_send",
      "accountId" : "1986695397",
      "createdAt" : "2013-10-05T19:50:23.000Z",
      "accountDisplayName" : "Jo Birch"
    }
  }
]