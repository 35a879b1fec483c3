window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "priya.nair@example.com",
      "createdVia" : "iphone",
      "username" : "priya_earlyyrs",
      "accountId" : "3903389194",
      "createdAt" : "2015-08-20T20:10:16.000Z",
      "accountDisplayName" : "Priya Nair"
    }
  }
]