window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "gareth.pryce@example.org",
      "createdVia" : "web",
      "username" : "pryce_ysgol",
      "accountId" : "1569385927",
      "createdAt" : "2013-06-03T21:15:30.000Z",
      "accountDisplayName" : "Gareth Pryce"
    }
  }
]