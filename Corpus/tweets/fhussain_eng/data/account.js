window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "fatima.hussain@example.com",
      "createdVia" : "iphone",
      "username" : "fhussain_eng",
      "accountId" : "1145425513281556480",
      "createdAt" : "2019-06-30T20:14:58.000Z",
      "accountDisplayName" : "Fatima Hussain"
    }
  }
]