window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "anasofia.ruiz@example.com",
      "createdVia" : "iphone",
      "username" : "anasofia_ele",
      "accountId" : "2373863511",
      "createdAt" : "2014-02-20T19:02:51.000Z",
      "accountDisplayName" : "Ana Sofía Ruiz"
    }
  }
]