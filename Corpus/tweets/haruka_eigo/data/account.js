window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "haruka.ishida@example.jp",
      "createdVia" : "iphone",
      "username" : "haruka_eigo",
      "accountId" : "3359927167",
      "createdAt" : "2015-04-10T12:30:26.000Z",
      "accountDisplayName" : "Haruka Ishida 石田はるか"
    }
  }
]