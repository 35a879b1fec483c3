window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "rachel.adeyemi@example.com",
      "createdVia" : "web",
      "username" : "rachel_codes_ed",
      "accountId" : "856244600",
      "createdAt" : "2012-09-02T18:22:16.000Z",
      "accountDisplayName" : "Rachel Adeyemi"
    }
  }
]