window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "niall.mcgrath@example.ie",
      "createdVia" : "web",
      "username" : "mcgrath_art",
      "accountId" : "2502769172",
      "createdAt" : "2014-05-01T21:33:44.000Z",
      "accountDisplayName" : "Niall McGrath"
    }
  }
]