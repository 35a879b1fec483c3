window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "lindiwe.khumalo@example.co.za",
      "createdVia" : "android",
      "username" : "lindiwe_maths",
      "accountId" : "2650326404",
      "createdAt" : "2014-07-21T16:55:08.000Z",
      "accountDisplayName" : "Lindiwe Khumalo"
    }
  }
]