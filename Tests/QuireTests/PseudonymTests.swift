import Foundation
import Testing

@testable import QuireCore
@testable import QuireExport

@Suite struct PseudonymTests {
  let map = Pseudonyms(pairs: [("Rachel Adeyemi", "Participant A"), ("Rachel", "A"), ("@rachel_codes_ed", "@teacher_a"), ("J Dale", "P2")])

  @Test func wholeWordsLongestFirst() {
    #expect(map.apply("Rachel Adeyemi met Rachel and J Dale, not J Daley.") == "Participant A met A and P2, not J Daley.")
    #expect(map.apply("RT @rachel_codes_ed: see https://x.com/rachel_codes_ed/status/1") == "RT @teacher_a: see https://x.com/teacher_a/status/1")
  }

  @Test func quotesChangeEverywhereAndHighlightsFollow() {
    let text = "Thanks @rachel_codes_ed for connecting"
    let start = 100
    let q = Quote(
      key: "RA-01.01", codeKey: "c", codeName: "C", codePath: "C", text: text, sourceID: "s", sourceName: "Tweets of @rachel_codes_ed",
      sourceKind: .tweets, sourceNumber: 1, segmentOrdinal: 0, speaker: "Rachel Adeyemi", attribution: "R Adeyemi", start: start,
      end: start + text.unicodeScalars.count, lineStart: 1, lineEnd: 1, timeStart: nil, location: "https://x.com/rachel_codes_ed/status/1",
      citation: "Adeyemi, R. [@rachel_codes_ed]. (2019, May 3). Thanks [Tweet]. X.", status: .suggested, coder: "rules", origin: .rule,
      evidence: [Evidence(rule: "any[connect*]", pattern: "connect*", start: start + 28, end: start + 38, text: "connecting")],
      tweet: TweetInfo(id: "1", authorHandle: "rachel_codes_ed", authorName: "Rachel Adeyemi", createdAt: "2019-05-03T00:00:00Z", url: "https://x.com/rachel_codes_ed/status/1", mentions: ["rachel_codes_ed"]))
    let p = map.apply(q)
    #expect(p.text == "Thanks @teacher_a for connecting")
    #expect(p.speaker == "Participant A" && p.sourceName == "Tweets of @teacher_a")
    #expect(!p.citation.contains("rachel") && p.tweet?.authorHandle == "teacher_a" && p.tweet?.mentions == ["teacher_a"])
    let e = p.evidence[0]
    let scalars = Array(p.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[(e.start - start)..<(e.end - start)])) == "connecting")
    let csv = CSVExporter().export([p])
    #expect(!csv.contains("Rachel") && !csv.contains("rachel_codes_ed"))
  }

  @Test func mappingFile() throws {
    let p = try Pseudonyms.parse(csv: "real,pseudonym\r\n\"Dale, J\",P2\n\nAnn,P1\n", file: "map.csv")
    #expect(p.pairs.map(\.real) == ["Dale, J", "Ann"])
    #expect(throws: QuireError("expected two fields, `real,pseudonym`, found 3", at: SourceLocation(file: "map.csv", line: 2))) {
      try Pseudonyms.parse(csv: "real,pseudonym\na,b,c\n", file: "map.csv")
    }
  }
}
