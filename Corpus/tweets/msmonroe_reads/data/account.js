window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "keisha.monroe@example.com",
      "createdVia" : "web",
      "username" : "msmonroe_reads",
      "accountId" : "1811900516",
      "createdAt" : "2013-08-14T23:30:38.000Z",
      "accountDisplayName" : "Keisha Monroe"
    }
  }
]