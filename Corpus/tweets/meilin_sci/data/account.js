window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "meilin.harper@example.net",
      "createdVia" : "iphone",
      "username" : "meilin_sci",
      "accountId" : "1115463280",
      "createdAt" : "2013-01-20T09:41:06.000Z",
      "accountDisplayName" : "Mei Lin Harper"
    }
  }
]