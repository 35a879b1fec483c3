window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "aroha.walker@example.co.nz",
      "createdVia" : "iphone",
      "username" : "aroha_kura",
      "accountId" : "3050741373",
      "createdAt" : "2015-01-25T07:12:57.000Z",
      "accountDisplayName" : "Aroha Walker"
    }
  }
]