window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "tom.whitfield@example.org",
      "createdVia" : "web",
      "username" : "twhitfield_hist",
      "accountId" : "305729571",
      "createdAt" : "2011-04-18T20:05:58.000Z",
      "accountDisplayName" : "Tom Whitfield"
    }
  }
]