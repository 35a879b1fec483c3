window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "daniel.okoro@example.net",
      "createdVia" : "web",
      "username" : "dokoro_cs",
      "accountId" : "968437047",
      "createdAt" : "2012-11-10T22:48:32.000Z",
      "accountDisplayName" : "Daniel Okoro"
    }
  }
]