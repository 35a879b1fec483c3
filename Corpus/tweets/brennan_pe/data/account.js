window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ollie.brennan@example.co.uk",
      "createdVia" : "iphone",
      "username" : "brennan_pe",
      "accountId" : "686253843807981571",
      "createdAt" : "2016-01-10T18:30:41.000Z",
      "accountDisplayName" : "Ollie Brennan"
    }
  }
]