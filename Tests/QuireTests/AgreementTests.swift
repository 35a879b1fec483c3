import Foundation
import Testing

@testable import QuireCoding
@testable import QuireImport
@testable import QuireCore
@testable import QuireStore

@Suite struct AgreementTests {
  /// Cohen's κ, the worked example of Wikipedia's "Cohen's kappa" article: 50 proposals,
  /// both yes 20, A yes/B no 5, A no/B yes 10, both no 15: p_o = 0.7, p_e = 0.5, κ = 0.4.
  @Test func cohensKappaWorkedExample() throws {
    let k = try #require(Agreement.cohensKappa(both: 20, onlyA: 5, onlyB: 10, neither: 15))
    #expect(abs(k - 0.4) < 1e-12)
    #expect(Agreement.percent(Agreement.Table(both: 20, onlyA: 5, onlyB: 10, neither: 15)) == 0.7)
  }

  /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with four
  /// observers, twelve units and missing values: nominal α = 0.743.
  @Test func krippendorffFourObserversWithMissingValues() throws {
    let data: [[Int?]] = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
      [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
    ]
    let a = try #require(Agreement.krippendorffAlphaNominal(data))
    #expect(abs(a - 0.743421052631579) < 1e-9)
  }

  /// Krippendorff (2011), the binary example with two observers and ten units: α = 0.095.
  @Test func krippendorffBinaryTwoObservers() throws {
    let a: [Int?] = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    let b: [Int?] = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    let alpha = try #require(Agreement.krippendorffAlphaNominal([a, b]))
    #expect(abs(alpha - (1 - 19.0 * 8 / 168)) < 1e-12)
    #expect(String(format: "%.3f", alpha) == "0.095")
    // The same from its 2×2 table.
    let t = Agreement.Table(both: 1, onlyA: 1, onlyB: 3, neither: 5)
    #expect(abs((Agreement.krippendorffAlpha(t) ?? 0) - alpha) < 1e-12)
  }

  @Test func undefinedWhenThereIsNoVariation() {
    #expect(Agreement.cohensKappa(both: 0, onlyA: 0, onlyB: 0, neither: 9) == nil)
    #expect(Agreement.krippendorffAlpha(Agreement.Table(neither: 9)) == nil)
  }

  @Test func precisionRecallF1() throws {
    let r = Agreement.precisionRecallF1(Agreement.Table(both: 6, onlyA: 2, onlyB: 4, neither: 100))
    #expect(r.precision == 0.75 && r.recall == 0.6)
    #expect(abs((r.f1 ?? 0) - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
  }

  static var hasKrippendorffPackage: Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import krippendorff"]
    p.standardError = FileHandle.nullDevice
    p.standardOutput = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }

  /// Our α against the `krippendorff` package from PyPI on random data with missing values.
  @Test(.enabled(if: hasKrippendorffPackage)) func matchesThePyPIPackage() throws {
    var rng = SystemRandomNumberGenerator()
    for trial in 0..<5 {
      let coders = 2 + trial % 3
      let units = 30 + trial * 7
      var data: [[Int?]] = []
      for _ in 0..<coders {
        data.append((0..<units).map { _ in Int.random(in: 0..<10, using: &rng) < 2 ? nil : Int.random(in: 1...3, using: &rng) })
      }
      let rows = data.map { "[" + $0.map { $0.map(String.init) ?? "np.nan" }.joined(separator: ",") + "]" }.joined(separator: ",")
      let script = "import krippendorff, numpy as np\nprint(repr(float(krippendorff.alpha(reliability_data=[\(rows)], level_of_measurement='nominal'))))"
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["python3", "-c", script]
      let out = Pipe()
      p.standardOutput = out
      try p.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      let theirs = try #require(Double(text.trimmingCharacters(in: .whitespacesAndNewlines)))
      let ours = try #require(Agreement.krippendorffAlphaNominal(data))
      #expect(abs(ours - theirs) < 1e-9, "trial \(trial): \(ours) vs \(theirs)")
    }
  }

  @Test func unitsFromTheProjectDriveTheTables() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let (store, cb, engine, source, segments) = try storeProject(at: dir.path("a.quire"))
    _ = try store.replaceRuleSuggestions(engine.code(source: source, segments: segments, coder: "rules"), coder: "rules")
    // A human codes the last turn, and part of the second, with Connecting.
    let last = try #require(segments.last)
    try store.addManualCoding(source: source, range: last.start..<last.end, code: "Connecting", coder: "ann")
    try store.addManualCoding(source: source, range: (segments[1].start + 5)..<(segments[1].start + 12), code: "connecting", coder: "ann")
    let units = try CodedUnits(codebook: cb, sources: [(source, segments)], codings: try store.allCodings())
    #expect(units.units.count == 4)
    #expect(units.table("connecting", "rules", "ann") == Agreement.Table(both: 2, onlyA: 0, onlyB: 0, neither: 2))
    #expect(units.table("meeting", "rules", "ann") == Agreement.Table(both: 0, onlyA: 1, onlyB: 0, neither: 3))
    #expect(units.cooccurrence(["connecting", "meeting"]) == [[2, 1], [1, 1]])
    // Rejecting takes a coding out of every count.
    let ids = try store.reviewItems(.init(code: "meeting")).map(\.id)
    #expect(ids.count == 1)
    try store.setStatus(.rejected, ids: ids)
    let after = try CodedUnits(codebook: cb, sources: [(source, segments)], codings: try store.allCodings())
    #expect(after.table("meeting", "rules", "ann").onlyA == 0)
    #expect(throws: QuireError.self) { try store.setStatus(.accepted, ids: [999]) }
  }

  @Test func rejectedSuggestionsReturnOnlyWhenEvidenceChanges() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("r.quire"))
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    func code(_ yaml: String) throws -> RecodeSummary { try codeEverySource(store, yaml: yaml) }
    _ = try code(storeCodebook)
    let meeting = try store.reviewItems(.init(code: "meeting")).map(\.id)
    try store.setStatus(.rejected, ids: meeting)
    #expect(try code(storeCodebook).reopened == 0)
    #expect(try store.reviewItems(.init(code: "meeting")).isEmpty)
    // The Meeting rule changes: its evidence on that turn changes, so it is offered again.
    let edited = storeCodebook.replacingOccurrences(of: "rules: [\"meet*\"]", with: "rules: [\"meet*\", \"teachmeet*\"]")
    let s = try code(edited)
    #expect(s.reopened == 1)
    #expect(try store.reviewItems(.init(code: "meeting")).map(\.id) == meeting)
  }

  @Test func manualCodingByLines() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("m.quire"))
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    try store.saveCodebook(try CodebookLoader.parse(yaml: storeCodebook, file: "cb.yml"), file: "cb.yml")
    let source = try #require(try store.sources().first)
    let r = try store.range(ofLines: 3, 3, in: source)
    #expect(String(String.UnicodeScalarView(Array(source.text.unicodeScalars)[r])) == "Yes, I connect with other teachers, and we meet at TeachMeets.")
    #expect(throws: QuireError.self) { try store.range(ofLines: 3, 99, in: source) }
    #expect(throws: QuireError.self) { try store.addManualCoding(source: source, range: r, code: "nope", coder: "ann") }
    try store.addManualCoding(source: source, range: r, code: "Meeting", coder: "ann")
    let q = try #require(try store.quotes(QuoteFilter(coder: "ann")).first)
    #expect(q.origin == .manual && q.status == .accepted && q.key == "RA-01.01" && q.citation == "(Rachel Adeyemi, Interview 1, line 3)")
  }
}

@Suite struct InlineMarkupTests {
  @Test func nestedAndOverlappingPassagesAreRemovedFromTheText() throws {
    let (text, codings) = try InlineMarkup.extract("a {Connecting}b {brokering}c{/Connecting} d{/Brokering} {{x}} {00:01:02} e", file: "m.txt")
    #expect(text == "a b c d {x} {00:01:02} e")
    #expect(codings == [
      InlineCoding(code: "Connecting", start: 2, end: 5, line: 1, column: 3),
      InlineCoding(code: "brokering", start: 4, end: 7, line: 1, column: 17),
    ])
  }

  @Test func unbalancedTagsNameTheirPlace() {
    #expect(throws: QuireError("'{/X}' closes a passage that was never opened: expected '{X}' before it", at: SourceLocation(file: "m.txt", line: 2, column: 3))) {
      try InlineMarkup.extract("ok\nab{/X}", file: "m.txt")
    }
    #expect(throws: QuireError("'{Y}' is never closed: expected '{/Y}' after the coded passage", at: SourceLocation(file: "m.txt", line: 1, column: 1))) {
      try InlineMarkup.extract("{Y}a {X}b{/X}", file: "m.txt").text
    }
  }

  @Test func importedMarkupBecomesManualCodings() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("m.quire"))
    try store.saveCodebook(try CodebookLoader.parse(yaml: storeCodebook, file: "cb.yml"), file: "cb.yml")
    let marked = "Interviewer: Hi.\n\nJo Bell: {Connecting}I connect with {meeting}people{/Connecting} I meet{/Meeting}.\n"
    let imported = try readTranscript(marked, name: "marked.txt")
    #expect(imported.text == "Interviewer: Hi.\n\nJo Bell: I connect with people I meet.\n")
    _ = try store.importSource(imported, coder: "ann")
    let quotes = try store.quotes(QuoteFilter(coder: "ann"))
    #expect(quotes.map(\.text) == ["I connect with people", "people I meet"])
    #expect(quotes.allSatisfy { $0.origin == .manual && $0.status == .accepted && $0.speaker == "Jo Bell" })
    // An unknown code fails the whole file, naming the tag's place.
    let bad = try readTranscript("Q: a\n\nJo: {Nope}x{/Nope}\n", name: "bad.txt")
    #expect(throws: QuireError.self) { try store.importSource(bad, coder: "ann") }
    do { _ = try store.importSource(bad, coder: "ann") } catch { #expect("\(error)".hasPrefix("bad.txt:3:5: error: inline coding: no code 'Nope'")) }
    #expect(try store.sources().count == 1)
  }
}
