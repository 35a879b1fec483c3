window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "lukas.brandt@example.de",
      "createdVia" : "web",
      "username" : "lbrandt_physik",
      "accountId" : "2080481447",
      "createdAt" : "2013-11-02T18:05:10.000Z",
      "accountDisplayName" : "Lukas Brandt"
    }
  }
]