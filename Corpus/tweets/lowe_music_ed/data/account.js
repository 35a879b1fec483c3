window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hannah.lowe@example.org",
      "createdVia" : "web",
      "username" : "lowe_music_ed",
      "accountId" : "3957088252",
      "createdAt" : "2015-09-02T21:05:30.000Z",
      "accountDisplayName" : "Hannah Lowe"
    }
  }
]