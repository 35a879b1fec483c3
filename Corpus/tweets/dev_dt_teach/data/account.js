window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "dev.patel@example.net",
      "createdVia" : "web",
      "username" : "dev_dt_teach",
      "accountId" : "2389236195",
      "createdAt" : "2014-03-01T10:20:24.000Z",
      "accountDisplayName" : "Dev Patel"
    }
  }
]