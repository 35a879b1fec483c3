import Testing

@testable import QuireExport

@Suite struct QuoteCheckerTests {
  let sources = [
    (name: "i1", text: "J Dale: …or seeing someone tweeting about some subject and you think, well you need to speak to this person; those sorts of connections I think are incredibly important."),
    (name: "i2", text: "S Thomas: we had been using hashtags from day 1 to try and connect people."),
  ]

  func check(_ q: ChapterQuote) -> QuoteCheck {
    QuoteChecker.check(q, sources: sources) { s, a, _ in ("offset \(a)", s == 0 ? "J Dale" : "S Thomas") }
  }

  @Test func findsQuotesInTheChapterStyles() {
    let chapter = """
      Intro paragraph with “a short one” only.

      …you need to speak to this person; those sorts of connections …
      (J Dale)

      > we had been using hashtags
      > (S Thomas)

      As one put it, "we had been using hashtags from day one" (S Thomas), which matters.
      """
    let quotes = QuoteChecker.quotes(inChapter: chapter)
    #expect(quotes.map(\.attribution) == ["J Dale", "S Thomas", "S Thomas"])
    #expect(quotes.map(\.line) == [3, 6, 9])
    #expect(quotes[1].text == "we had been using hashtags")
  }

  @Test func verbatimDespiteEllipsesBracketsQuotesAndSpacing() {
    let r = check(ChapterQuote(text: "you need to speak to [her];  those sorts of connections … are incredibly important", attribution: "J Dale", line: 1))
    #expect(r.status == .verbatim && r.source == "i1" && r.speakerMatches == true)
    let curly = check(ChapterQuote(text: "well you need to speak to this person", attribution: "Jane Dale", line: 1))
    #expect(curly.status == .verbatim)
  }

  @Test func alteredShowsTheDifferenceAndNotFoundIsReported() {
    let altered = check(ChapterQuote(text: "we were using hashtags from day 1 to try and connect people", attribution: "S Thomas", line: 1))
    #expect(altered.status == .altered && altered.source == "i2")
    #expect(altered.differences.contains("+were") && altered.differences.contains("-had"))
    let missing = check(ChapterQuote(text: "nothing like this was ever said by anyone", attribution: nil, line: 1))
    #expect(missing.status == .not_found && missing.source == nil)
  }

  @Test func wrongAttributionIsFlagged() {
    let r = check(ChapterQuote(text: "from day 1 to try and connect people", attribution: "J Dale", line: 1))
    #expect(r.status == .verbatim && r.speakerMatches == false)
  }
}
