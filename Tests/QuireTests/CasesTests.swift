import Foundation
import Testing

@testable import QuireCore
@testable import QuireImport
@testable import QuireStore

@Suite struct CasesTests {
  @Test func readsCSVWithBOMQuotesAndAliases() throws {
    let csv = "\u{FEFF}name,role,aliases,note\r\nTom Whitfield,teacher,T Whitfield; @twh,\"says \"\"hi\"\", twice\"\r\n\r\nAnn,head,,\"two\nlines\"\r\n"
    let rows = try CasesFile.parse(csv.replacingOccurrences(of: "\u{FEFF}", with: ""), file: "c.csv")
    #expect(rows == [
      CaseRow(name: "Tom Whitfield", aliases: ["T Whitfield", "@twh"], attributes: ["role": "teacher", "note": "says \"hi\", twice"], line: 2),
      CaseRow(name: "Ann", aliases: [], attributes: ["role": "head", "note": "two\nlines"], line: 4),
    ])
  }

  @Test func badRowsNameTheirLine() {
    #expect(throws: QuireError("expected 2 fields as in the header, found 3", at: SourceLocation(file: "c.csv", line: 3))) {
      try CasesFile.parse("name,role\nA,x\nB,y,z\n", file: "c.csv")
    }
    #expect(throws: QuireError("case 'a' appears twice (first on line 2)", at: SourceLocation(file: "c.csv", line: 3))) {
      try CasesFile.parse("name,role\nA,x\na,y\n", file: "c.csv")
    }
    #expect(throws: QuireError.self) { try CasesFile.parse("name\n\"open\n", file: "c.csv") }
  }

  @Test func aliasesAndHandlesMergeSpeakersAndAccounts() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("c.quire"))
    _ = try store.importSource(try readTranscript("Interviewer: Hi\n\nT Whitfield: Hello.\n", name: "i.txt"))
    var archive = try readTranscript("Q: x\n\nSomeone: y\n", name: "a.txt")
    archive.cases = [Case(name: "Tom W.", attributes: ["twitter_handle": "twh"])]
    archive.kind = .tweets
    _ = try store.importSource(archive)
    #expect(Set(try store.cases().map(\.name)) == ["T Whitfield", "Tom W."])
    let result = try store.loadCases([CaseRow(name: "Tom Whitfield", aliases: ["T Whitfield"], attributes: ["twitter_handle": "@twh", "role": "teacher"])])
    #expect(result.merged == 1 && result.created == 0)
    let cases = try store.cases()
    #expect(cases.map(\.name) == ["Tom Whitfield"])
    #expect(cases.first?.attributes["role"] == "teacher")
    let linked = try store.segmentCases().bySegment.values.flatMap(\.values)
    #expect(Set(linked) == ["Tom Whitfield"])
  }
}
