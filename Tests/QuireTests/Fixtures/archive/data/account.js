window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "kim@example.org",
      "createdVia" : "web",
      "username" : "kim_teaches",
      "accountId" : "998877",
      "createdAt" : "2011-09-01T10:00:00.000Z",
      "accountDisplayName" : "Kim Osei"
    }
  }
]
