window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "nadia.kowalski@example.org",
      "createdVia" : "web",
      "username" : "nkowalski_lead",
      "accountId" : "1484575047",
      "createdAt" : "2013-05-09T20:40:14.000Z",
      "accountDisplayName" : "Nadia Kowalski"
    }
  }
]