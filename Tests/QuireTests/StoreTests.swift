import Foundation
import GRDB
import Testing

@testable import QuireCoding
@testable import QuireCore
import QuireExport
@testable import QuireImport
@testable import QuireStore

let storeCodebook = """
  name: Store test
  themes:
    - name: Connecting
      key: connecting
      speaker: participants
      rules: ["connect*"]
    - name: Meeting
      key: meeting
      rules: ["meet*"]
  """

let storeTranscript = """
  Interviewer: Do you connect with people?

  Rachel Adeyemi: Yes, I connect with other teachers, and we meet at TeachMeets.

  Interviewer: Thanks.

  Rachel Adeyemi: Connecting is why I stay.
  """

/// A new project at `path` holding `storeTranscript` with `storeCodebook` loaded, its engine,
/// and the transcript's source and segments.
func storeProject(at path: String) throws -> (ProjectStore, Codebook, CodingEngine, Source, [Segment]) {
  let store = try ProjectStore.create(at: path)
  _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
  let cb = try CodebookLoader.parse(yaml: storeCodebook, file: "cb.yml")
  try store.saveCodebook(cb, file: "cb.yml")
  let source = try #require(try store.sources().first)
  return (store, cb, try CodingEngine(codebook: cb), source, try store.segments(of: source.id))
}

/// Loads the codebook into the project and stores its rule suggestions for every source, as
/// `quire codebook load` then `quire code` do.
@discardableResult
func codeEverySource(_ store: ProjectStore, yaml: String = storeCodebook, file: String = "cb.yml") throws -> RecodeSummary {
  let cb = try CodebookLoader.parse(yaml: yaml, file: file)
  try store.saveCodebook(cb, file: file)
  let engine = try CodingEngine(codebook: cb)
  var all: [Coding] = []
  for s in try store.sources() { all += engine.code(source: s, segments: try store.segments(of: s.id), coder: "rules") }
  return try store.replaceRuleSuggestions(all, coder: "rules")
}

@Suite struct StoreTests {
  func project() throws -> (ProjectStore, TempDir) {
    let dir = try TempDir()
    return (try ProjectStore.create(at: dir.path("p.quire")), dir)
  }

  func code(_ store: ProjectStore, yaml: String = storeCodebook) throws -> RecodeSummary {
    try codeEverySource(store, yaml: yaml)
  }

  /// Suggestions stored piece by piece as the engine's stream hands them over (a large archive
  /// split into chunks, small sources beside it) give the same codings and the same quote keys
  /// as all of them stored at once.
  /// What a coding run read is kept for keying by source, only read in order without a gap,
  /// only with speakers known, and the oldest sources let go past the limit.
  @Test func readSegmentsKeepWhatKeyingCanUse() {
    func segment(_ n: Int, speaker: String? = "Ann B") -> Segment {
      Segment(ordinal: n, kind: .turn, start: 10 * n, end: 10 * n + 5, lineStart: n + 1, lineEnd: n + 1, speaker: speaker)
    }
    let read = ReadSegments(limit: 3)
    read.begin("a", speakersKnown: true)
    read.record(segment(0))
    read.record(segment(1))
    #expect(read.segments(of: "a")?[1]?.start == 10 && read.segments(of: "a")?[1]?.name == "Ann B")
    read.begin("b", speakersKnown: true)
    read.record(segment(0, speaker: nil))
    read.record(segment(1))
    read.begin("c", speakersKnown: true)
    read.record(segment(0))
    // a and b hold four segments together, one more than the limit: a, the oldest, is let go.
    #expect(read.segments(of: "a") == nil)
    #expect(read.segments(of: "b")?.spans.count == 2 && read.segments(of: "b")?[0]?.name == nil)
    #expect(read.segments(of: "c")?[0]?.end == 5 && read.segments(of: "c")?[1] == nil)
    read.begin("gap", speakersKnown: true)
    read.record(segment(0))
    read.record(segment(2))
    #expect(read.segments(of: "gap") == nil)
    read.begin("unknown", speakersKnown: false)
    read.record(segment(0))
    #expect(read.segments(of: "unknown") == nil && read.segments(of: "c") != nil)
  }

  @Test func piecesStoredFromAStreamEqualOneStore() throws {
    var posts = ""
    for i in 0..<(CodingEngine.parallelThreshold + 3000) {
      posts += i % 7 == 0 ? "We meet at \(i) and connect.\n\n" : "Post \(i) about marking.\n\n"
    }
    let cb = try CodebookLoader.parse(yaml: storeCodebook, file: "cb.yml")
    let engine = try CodingEngine(codebook: cb)
    func build() throws -> (ProjectStore, TempDir, [(source: Source, segments: [Segment])]) {
      let (store, dir) = try project()
      _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
      var big = try readTranscript(posts, name: "big.txt")
      big.name = "big"
      _ = try store.importSource(big)
      _ = try store.importSource(try readTranscript(storeTranscript + "\n\nRachel Adeyemi: We meet again.", name: "i2.txt"))
      try store.saveCodebook(cb, file: "cb.yml")
      let inputs = try store.sources().map { (source: $0, segments: try store.segments(of: $0.id)) }
      return (store, dir, inputs)
    }
    let (once, dirA, inputsA) = try build()
    defer { dirA.cleanup() }
    #expect(inputsA.contains { $0.segments.count >= CodingEngine.parallelThreshold })
    let a = try once.replaceRuleSuggestions(engine.code(sources: inputsA, coder: "rules"), coder: "rules")
    let (streamed, dirB, inputsB) = try build()
    defer { dirB.cleanup() }
    var pieces = 0
    let b = try streamed.replaceRuleSuggestions(coder: "rules") { context in
      let stream = engine.stream(sources: inputsB, coder: "rules")
      while let piece = stream.next() {
        pieces += 1
        try context.store(piece)
      }
    }
    #expect(pieces > 3)
    #expect(a.added > 3000 && a == b)
    let quotesA = try once.quotes().map { "\($0.key) \($0.codeKey) \($0.text)" }
    let quotesB = try streamed.quotes().map { "\($0.key) \($0.codeKey) \($0.text)" }
    #expect(quotesA.count == a.added && quotesA == quotesB)
  }

  @Test func changesAreListedOnADryRunOrWhenAsked() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    let cb = try CodebookLoader.parse(yaml: storeCodebook, file: "cb.yml")
    try store.saveCodebook(cb, file: "cb.yml")
    let engine = try CodingEngine(codebook: cb)
    var all: [Coding] = []
    for s in try store.sources() { all += engine.code(source: s, segments: try store.segments(of: s.id), coder: "rules") }
    let dry = try store.replaceRuleSuggestions(all, coder: "rules", dryRun: true)
    #expect(dry.added == 3 && dry.changes.map(\.kind) == [.added, .added, .added])
    #expect(try store.quotes().isEmpty)
    let real = try store.replaceRuleSuggestions(all, coder: "rules")
    #expect(real.added == 3 && real.changes.isEmpty)
    // Withdrawn suggestions are listed when asked for.
    let none = try store.replaceRuleSuggestions([], coder: "rules", listChanges: true)
    #expect(none.removed == 3 && none.changes.map(\.kind) == [.withdrawn, .withdrawn, .withdrawn])
    // Foreign keys are on again after the bulk write: a coding of an unknown code is refused.
    #expect(throws: (any Error).self) {
      try store.db.write { db in
        try db.execute(
          sql: "INSERT INTO coding (source_serial, start_offset, end_offset, code_key, coder_id, origin, status, created_at, updated_at) VALUES (1, 0, 1, 'nope', 1, 'rule', 'suggested', '', '')")
      }
    }
  }

  @Test func contextIsTheSegmentsAroundAPassage() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    let source = try #require(try store.sources().first)
    let segments = try store.segments(of: source.id)
    #expect(segments.count == 4)
    let second = segments[1]
    let one = try store.context(sourceID: source.id, start: second.start, end: second.end)
    #expect(one.before.map(\.text) == ["Do you connect with people?"])
    #expect(one.after.map(\.text) == ["Thanks."])
    #expect(one.after.map(\.speaker) == ["Interviewer"])
    let two = try store.context(sourceID: source.id, start: second.start + 5, end: second.start + 9, radius: 2)
    #expect(two.before.map(\.text) == ["Do you connect with people?"])
    #expect(two.after.map(\.text) == ["Thanks.", "Connecting is why I stay."])
    let last = try store.context(sourceID: source.id, start: segments[3].start, end: segments[3].end)
    #expect(last.after.isEmpty && last.before.map(\.text) == ["Thanks."])
  }

  @Test func quotesWithoutEvidenceAreOtherwiseTheSame() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    _ = try code(store)
    let full = try store.quotes()
    var filter = QuoteFilter()
    filter.evidence = false
    let lean = try store.quotes(filter)
    #expect(!full.isEmpty && full.allSatisfy { !$0.evidence.isEmpty })
    #expect(lean.allSatisfy { $0.evidence.isEmpty })
    #expect(lean.map { q in var q = q; q.evidence = []; return q } == lean)
    #expect(full.map { q in var q = q; q.evidence = []; return q } == lean)
  }

  @Test func importIsIdempotentAndKeepsEverything() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    let s = try readTranscript(storeTranscript, name: "i1.txt")
    guard case .imported(let source, let n) = try store.importSource(s) else { Issue.record("not imported"); return }
    #expect(n == 4 && source.serial == 1 && source.number == 1)
    #expect(try store.importSource(s) == .alreadyImported(name: "i1"))
    #expect(try store.segments(of: source.id) == s.segments)
    #expect(try store.sources().first?.text == s.text)
    #expect(try store.cases().map(\.name) == ["Rachel Adeyemi"])
    let summary = try #require(try store.sourceSummaries().first)
    #expect(summary.segments == 4 && summary.kind == "interview" && summary.sha256 == s.sha256)
  }

  @Test func projectFileIsSQLiteWithWALAndForeignKeys() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    let mode = try store.db.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    let fk = try store.db.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
    #expect(mode == "wal" && fk == 1)
    #expect(throws: QuireError.self) { try ProjectStore.create(at: dir.path("p.quire")) }
    #expect(throws: QuireError.self) { try ProjectStore.open(at: dir.path("missing.quire")) }
  }

  @Test func newFilesHaveLargePagesAndOlderFilesKeepTheirs() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    #expect(try store.db.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == ProjectStore.pageSize)
    // A project made with SQLite's default pages opens, migrates and stays as it is.
    let old = dir.path("old.quire")
    let queue = try DatabaseQueue(path: old)
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = 4096") }
    try Schema.migrator.migrate(queue)
    try queue.close()
    let reopened = try ProjectStore.open(at: old)
    #expect(try reopened.db.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
    #expect(try reopened.db.read { db in try db.tableExists("segment") })
  }

  @Test func codingStoresSuggestionsWithEvidenceAndStableKeys() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    let first = try code(store)
    #expect(first.added == 3)  // connecting ×2 (participant turns only), meeting ×1
    let quotes = try store.quotes()
    #expect(quotes.map(\.codeKey) == ["connecting", "connecting", "meeting"])
    #expect(quotes.map(\.key) == ["RA-01.01", "RA-01.02", "RA-01.01"])
    #expect(quotes[0].citation == "(Rachel Adeyemi, Interview 1, line 3)")
    #expect(quotes[0].attribution == "R Adeyemi")
    #expect(quotes[0].evidence.map(\.text) == ["connect"])
    #expect(storeTranscript.contains(quotes[0].text))
    // Re-coding changes nothing.
    let again = try code(store)
    #expect(again.added == 0 && again.unchanged == 3 && again.removed == 0)
    // A later source never renumbers the first.
    _ = try store.importSource(try readTranscript("Interviewer: Hi\n\nJo Bell: I connect too.\n", name: "i2.txt"))
    _ = try code(store)
    let keys = try store.quotes().map(\.key)
    #expect(keys == ["RA-01.01", "RA-01.02", "JB-02.01", "RA-01.01"])
  }

  @Test func humanDecisionsSurviveRecodingAndCodebookEdits() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    _ = try code(store)
    try store.db.write { db in
      try db.execute(sql: "UPDATE coding SET status = 'accepted' WHERE code_key = 'meeting'")
      try db.execute(sql: "UPDATE coding SET status = 'rejected' WHERE id = (SELECT MIN(id) FROM coding WHERE code_key = 'connecting')")
    }
    let again = try code(store)
    #expect(again.keptHumanDecisions == 2 && again.added == 0 && again.unchanged == 1)
    // Drop the Meeting theme: its accepted coding stays, under a retired code.
    let trimmed = try code(store, yaml: "name: Store test\nthemes:\n  - name: Connecting\n    key: connecting\n    speaker: participants\n    rules: [\"connect*\"]\n")
    #expect(trimmed.removed == 0)
    #expect(try store.retiredCodes() == ["Meeting"])
    let statuses = try store.db.read { db in try String.fetchAll(db, sql: "SELECT status FROM coding ORDER BY id") }
    #expect(statuses.sorted() == ["accepted", "rejected", "suggested"])
    #expect(try store.quotes().count == 1)  // rejected and retired left out
  }

  /// A project coded by an older Quire holds its evidence one object per match: recoding it
  /// leaves its suggestions unchanged and offers no rejected one again.
  @Test func evidenceInTheOlderShapeCountsAsUnchanged() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    _ = try code(store)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    try store.db.write { db in
      for row in try Row.fetchAll(db, sql: "SELECT id, evidence FROM coding") {
        let list = Evidence.list(json: row["evidence"]) ?? []
        #expect(!list.isEmpty)
        let old = String(decoding: try encoder.encode(list), as: UTF8.self)
        try db.execute(sql: "UPDATE coding SET evidence = ? WHERE id = ?", arguments: [old, row["id"] as Int64])
      }
      try db.execute(sql: "UPDATE coding SET status = 'rejected' WHERE code_key = 'meeting'")
    }
    let again = try code(store)
    #expect(again.unchanged == 2 && again.updated == 0 && again.reopened == 0 && again.keptHumanDecisions == 1)
    #expect(try store.quotes().allSatisfy { !$0.evidence.isEmpty })
  }

  @Test func aFailedImportLeavesTheProjectAsItWas() throws {
    let (store, dir) = try project()
    defer { dir.cleanup() }
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    var broken = try readTranscript("Q: a\nAnn: b\n", name: "i2.txt")
    broken.segments.append(Segment(ordinal: 5, kind: .turn, start: 9, end: 2, lineStart: 1, lineEnd: 1))  // violates a CHECK
    #expect(throws: (any Error).self) { try store.importSource(broken) }
    #expect(try store.sources().count == 1)
    let segments = try store.db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment") }
    #expect(segments == 4)
  }

  @Test func quoteKeyPrefixes() {
    #expect(QuoteKey.prefix(for: "Rachel Adeyemi") == "RA")
    #expect(QuoteKey.prefix(for: "S F Stead") == "SFS")
    #expect(QuoteKey.prefix(for: "Gareth") == "GA")
    #expect(QuoteKey.prefix(for: "Ana Sofía Ruiz") == "ASR")
    #expect(QuoteKey.prefix(for: "Éva") == "EV")
    #expect(QuoteKey.prefix(for: nil) == "Q")
  }
}

@Suite struct BulkIndexTests {
  /// A first coding of a large project drops `coding_code` and builds it again after its rows:
  /// the index comes back as the migrations made it, the codings the same as stored one by one,
  /// and a failed run leaves the index where it was.
  @Test func codingIndexRebuiltAfterAFirstLargeCoding() throws {
    func index(_ store: ProjectStore) throws -> String? {
      try store.db.read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'coding_code'") }
    }
    func codings(bulkFrom: Int) throws -> (rows: [String], index: String?, before: String?) {
      let dir = try TempDir()
      defer { dir.cleanup() }
      let (store, _, engine, source, segments) = try storeProject(at: dir.path("p.quire"))
      let all = engine.code(source: source, segments: segments, coder: "rules")
      let before = try index(store)
      // A run that fails half-way changes nothing, the index included.
      #expect(throws: QuireError.self) {
        try store.replaceRuleSuggestions(coder: "rules", bulkFrom: bulkFrom) { context in
          try context.store(all)
          throw QuireError("stopped")
        }
      }
      #expect(try index(store) == before)
      _ = try store.replaceRuleSuggestions(coder: "rules", bulkFrom: bulkFrom) { context in try context.store(all) }
      let rows = try store.db.read { db in
        try String.fetchAll(db, sql: "SELECT code_key || ' ' || start_offset || ' ' || status || ' ' || evidence FROM coding INDEXED BY coding_code ORDER BY code_key, start_offset")
      }
      return (rows, try index(store), before)
    }
    let bulk = try codings(bulkFrom: 1)
    let plain = try codings(bulkFrom: .max)
    #expect(bulk.rows.count == 3 && bulk.rows == plain.rows)
    #expect(bulk.index != nil && bulk.index == bulk.before && plain.index == plain.before)
  }

  /// A large import drops the segment indexes and builds them again: they must come back exactly
  /// as the migrations made them.
  @Test func rebuiltIndexesMatchTheMigrations() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("i.quire"))
    func indexes() throws -> [String] {
      try store.db.read { db in
        try String.fetchAll(db, sql: "SELECT name || ':' || replace(replace(sql, 'IF NOT EXISTS ', ''), '  ', ' ') FROM sqlite_master WHERE type = 'index' AND tbl_name = 'segment' AND sql IS NOT NULL ORDER BY name")
      }
    }
    let before = try indexes()
    // segment_case and segment_end (v5 dropped segment_start).
    #expect(before.count == 2 && before.allSatisfy { !$0.hasPrefix("segment_start") })
    try store.db.write { db in
      try db.execute(sql: "DROP INDEX segment_case; DROP INDEX segment_end")
      try SegmentWriter.createIndexes(db)
    }
    #expect(try indexes() == before)
  }

  /// Two large imports into one project (one of many authors, one of a single account), each
  /// stored without index upkeep and indexed after: every segment is found by its case and by a
  /// place in its text, and the indexes are the migrations'.
  @Test func largeImportsKeepTheirSegmentsFindable() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("c.quire"))
    let before = try store.db.read { db in
      try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'segment' AND sql IS NOT NULL ORDER BY name")
    }
    func archive(_ name: String, authors: Int) -> ImportedSource {
      let n = SegmentWriter.bulkThreshold + 10
      var text = ""
      var segments: [Segment] = []
      segments.reserveCapacity(n)
      var offset = 0
      for i in 0..<n {
        let body = "post \(i)"
        if i > 0 {
          text += "\n\n"
          offset += 2
        }
        text += body
        let handle = "a\(i % authors)"
        let info = TweetInfo(id: "\(i)", authorHandle: handle, authorName: handle, createdAt: "2020-01-01T00:00:00Z", url: "u\(i)")
        segments.append(
          Segment(
            ordinal: i, kind: .tweet, start: offset, end: offset + body.count, lineStart: 2 * i + 1, lineEnd: 2 * i + 1,
            speaker: "@" + handle, tweet: info))
        offset += body.count
      }
      let cases = (0..<authors).map { Case(name: "@a\($0)", attributes: ["twitter_handle": "a\($0)"]) }
      return ImportedSource(
        name: name, kind: .tweets, format: "twarc", text: text, originalName: name + ".jsonl", sha256: name, segments: segments, cases: cases)
    }
    _ = try store.importSource(archive("many", authors: 20))
    _ = try store.importSource(archive("one", authors: 1))
    let sources = try store.sources()
    #expect(sources.map(\.name) == ["many", "one"])
    let after = try store.db.read { db in
      try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'segment' AND sql IS NOT NULL ORDER BY name")
    }
    #expect(after.map { $0.replacingOccurrences(of: "IF NOT EXISTS ", with: "") } == before)
    let linked = try store.db.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.name, c.name AS author, COUNT(*) AS n FROM segment g INDEXED BY segment_case
          JOIN participant_case c ON c.id = g.case_id JOIN source s ON s.serial = g.source_serial
          WHERE g.case_id IS NOT NULL GROUP BY s.name, c.name
          """)
    }
    let n = SegmentWriter.bulkThreshold + 10
    #expect(linked.count == 21)
    #expect(linked.reduce(0) { $0 + ($1["n"] as Int) } == 2 * n)
    for source in sources {
      let segment = try store.segment(containing: 12_345 * 2, in: source.id)
      #expect(segment != nil && segment!.start <= 12_345 * 2 && segment!.end > 12_345 * 2)
    }
    let ok = try store.db.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
    #expect(ok == "ok")
  }
}

@Suite struct LargeImportTests {
  /// An archive large enough to be stored in runs (its posts encoded on one core while the run
  /// before goes in on the other): every post comes back as it went in, in order.
  @Test func aLargeArchiveStoresEveryPost() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("l.quire"))
    let n = 30_000
    var text = ""
    var segments: [Segment] = []
    segments.reserveCapacity(n)
    var offset = 0
    for i in 0..<n {
      let body = i % 7 == 0 ? "Post \(i) — café “\(i)”" : "post \(i)"
      if i > 0 {
        text += "\n\n"
        offset += 2
      }
      text += body
      let length = body.unicodeScalars.count
      var info = TweetInfo(id: "\(1000 + i)", authorHandle: "ann", authorName: "Ann", createdAt: "2020-01-01T00:00:00Z", url: "u\(i)")
      info.likeCount = i % 5
      if i % 3 == 0 { info.hashtags = ["tag\(i)"] }
      // Some segments without a post, as a mixed source might have.
      segments.append(
        Segment(
          ordinal: i, kind: i % 1000 == 999 ? .paragraph : .tweet, start: offset, end: offset + length, lineStart: 2 * i + 1,
          lineEnd: 2 * i + 1, speaker: "@ann", tweet: i % 1000 == 999 ? nil : info))
      offset += length
    }
    let imported = ImportedSource(
      name: "big", kind: .tweets, format: "tweets-js", text: text, originalName: "tweets.js", sha256: "x", segments: segments)
    _ = try store.importSource(imported)
    let source = try #require(try store.sources().first)
    let back = try store.segments(of: source.id)
    #expect(back.count == n)
    #expect(back == segments)

    // Its quotes are made on both cores, half each: still theme by theme, in text order.
    let cb = try CodebookLoader.parse(
      yaml: "name: L\nthemes:\n  - name: Posts\n    key: posts\n    rules: [\"post*\"]\n  - name: Cafe\n    key: cafe\n    rules: [\"café\"]\n",
      file: "l.yml")
    try store.saveCodebook(cb, file: "l.yml")
    let engine = try CodingEngine(codebook: cb)
    _ = try store.replaceRuleSuggestions(engine.code(source: source, segments: back, coder: "rules"), coder: "rules")
    let quotes = try store.quotes()
    let posts = quotes.prefix { $0.codeKey == "posts" }
    let cafe = quotes.dropFirst(posts.count)
    #expect(posts.count == n - n / 1000)
    #expect(cafe.count == (0..<n).filter { $0 % 7 == 0 && $0 % 1000 != 999 }.count)
    #expect(cafe.allSatisfy { $0.codeKey == "cafe" && $0.text.hasPrefix("Post ") && $0.speaker == "Ann" })
    #expect(zip(posts, posts.dropFirst()).allSatisfy { $0.start < $1.start })
    #expect(zip(cafe, cafe.dropFirst()).allSatisfy { $0.start < $1.start })
    #expect(Set(quotes.map(\.key)).count == posts.count)
    #expect(posts.allSatisfy { q in q.citation.contains("[Tweet]") && q.location == "u\(Int(q.text.split(separator: " ")[1].filter(\.isNumber))!)" })
    // The large source's quotes are made in pieces as their segments are read; one theme's
    // few thousand are made in one go, to the same quotes.
    #expect(try store.quotes(QuoteFilter(codes: ["cafe"])) == Array(cafe))
    try expectRowsAsMadeEqualTheTable(store, quotes)
  }
}

/// A table rendered row by row as the quotes are made (how `quire quotes --format csv --out`
/// writes) is the table of the quotes themselves, byte for byte.
func expectRowsAsMadeEqualTheTable(_ store: ProjectStore, _ quotes: [Quote]) throws {
  for csv in [CSVExporter(), CSVExporter(columns: [.quote, .key, .url, .end], excel: true, separator: "\t")] {
    let rows = try store.quoteRows(QuoteFilter(), codebook: try store.codebook()) { csv.appendRow($0, to: &$1) }
    var bytes = csv.header()
    rows.forEachPiece { bytes += $0 }
    #expect(rows.count == quotes.count)
    #expect(bytes == csv.exportBytes(quotes))
  }
}

@Suite struct MigrationTests {
  /// A project made before `v4-coding-checks` keeps every coding through the table's rebuild,
  /// and the rebuilt table still refuses values outside its checks; its segments, codings and
  /// quotes keep their source through `v6-integer-source-keys`.
  @Test func codingTableRebuildKeepsCodingsAndChecks() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let path = dir.path("old.quire")
    do {
      let pool = try DatabasePool(path: path)
      try Schema.migrator.migrate(pool, upTo: "v3-exchange")
      try pool.write { db in
        try db.execute(
          sql: """
            INSERT INTO source (id, name, kind, format, text, original_name, sha256, importer_version, imported_at, serial, number)
              VALUES ('s', 'S', 'interview', 'text', 'hello world', 's.txt', 'h', 't', 't', 1, 1);
            INSERT INTO code (key, name, position) VALUES ('k', 'K', 0);
            INSERT INTO coder (name) VALUES ('ann');
            INSERT INTO coding (source_id, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin, status, evidence, memo, created_at, updated_at)
              VALUES ('s', 0, 0, 5, 'k', 1, 'manual', 'accepted', '[]', 'a memo', 't1', 't2');
            INSERT INTO coding (source_id, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin, status, evidence, created_at, updated_at)
              VALUES ('s', 0, 6, 11, 'k', 1, 'rule', 'suggested', '[{"end":11}]', 't1', 't2');
            INSERT INTO segment (source_id, ordinal, kind, start_offset, end_offset, line_start, line_end, speaker)
              VALUES ('s', 0, 'paragraph', 0, 11, 1, 1, 'Ann');
            INSERT INTO quote (key, source_id, start_offset, end_offset, seq) VALUES ('AN-01.1', 's', 0, 5, 1);
            """)
      }
    }
    let store = try ProjectStore.open(at: path)
    let rows = try store.db.read { db in
      try Row.fetchAll(db, sql: "SELECT id, start_offset, origin, status, evidence, memo, created_at, updated_at FROM coding ORDER BY id")
    }
    #expect(rows.count == 2)
    #expect(rows.first?["memo"] == "a memo")
    #expect(rows.last?["evidence"] == #"[{"end":11}]"#)
    #expect(rows.map { $0["origin"] as String } == ["manual", "rule"])
    for (origin, status) in [("bogus", "accepted"), ("manual", "maybe")] {
      #expect(throws: (any Error).self) {
        try store.db.write { db in
          try db.execute(
            sql: "INSERT INTO coding (source_serial, start_offset, end_offset, code_key, coder_id, origin, status, created_at, updated_at) VALUES (1, 1, 2, 'k', 1, ?, ?, 't', 't')",
            arguments: [origin, status])
        }
      }
    }
    let indexes = try store.db.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'coding' AND sql IS NOT NULL") }
    #expect(indexes == ["coding_code"])
    // `v6-integer-source-keys`: the rows name their source by its serial, and read back by its id.
    let serials = try store.db.read { db in
      try Int.fetchAll(
        db, sql: "SELECT source_serial FROM coding UNION ALL SELECT source_serial FROM segment UNION ALL SELECT source_serial FROM quote")
    }
    #expect(serials == [1, 1, 1, 1])
    #expect(try store.allCodings().map(\.sourceID) == ["s", "s"])
    #expect(try store.segments(of: "s").map(\.speaker) == ["Ann"])
    #expect(try store.quoteKey(sourceID: "s", start: 0, end: 5) == "AN-01.1")
    #expect(try store.segment(containing: 3, in: "s")?.ordinal == 0)
  }
}

@Suite struct QuoteOrderTests {
  /// Quotes come theme by theme in codebook order, and within a theme by source, then place.
  @Test func quotesAreByThemeThenSourceThenPlace() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("o.quire"))
    _ = try store.importSource(try readTranscript(storeTranscript, name: "i1.txt"))
    _ = try store.importSource(try readTranscript("Interviewer: Hi\n\nJo Bell: We meet and connect.\n\nJo Bell: I connect.\n", name: "i2.txt"))
    // Meeting first in this codebook.
    let cb = try CodebookLoader.parse(
      yaml: "name: O\nthemes:\n  - name: Meeting\n    key: meeting\n    rules: [\"meet*\"]\n  - name: Connecting\n    key: connecting\n    speaker: participants\n    rules: [\"connect*\"]\n",
      file: "o.yml")
    try store.saveCodebook(cb, file: "o.yml")
    let engine = try CodingEngine(codebook: cb)
    var all: [Coding] = []
    for s in try store.sources().reversed() { all += engine.code(source: s, segments: try store.segments(of: s.id), coder: "rules") }
    _ = try store.replaceRuleSuggestions(all, coder: "rules")
    let quotes = try store.quotes()
    #expect(quotes.map(\.codeKey) == ["meeting", "meeting", "connecting", "connecting", "connecting", "connecting"])
    #expect(quotes.map(\.sourceName) == ["i1", "i2", "i1", "i1", "i2", "i2"])
    for (a, b) in zip(quotes, quotes.dropFirst()) where a.codeKey == b.codeKey && a.sourceName == b.sourceName {
      #expect(a.start < b.start)
    }
    try expectRowsAsMadeEqualTheTable(store, quotes)
  }

  /// Many small sources (more than the quotes read ahead of the core that makes them): still
  /// theme by theme, then by source in import order, then place, and the rows rendered as they
  /// are made are the table's.
  @Test func manySourcesKeepTheirOrder() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("m.quire"))
    let count = 40
    for n in 0..<count {
      let text = "Interviewer: Hi\n\nAnn Lee \(n): We meet on Fridays.\n\nAnn Lee \(n): I connect with \(n) people.\n"
      _ = try store.importSource(try readTranscript(text, name: "s\(100 + n).txt"))
    }
    try codeEverySource(store)
    let quotes = try store.quotes()
    let names = (0..<count).map { "s\(100 + $0)" }
    #expect(quotes.map(\.codeKey) == Array(repeating: "connecting", count: count) + Array(repeating: "meeting", count: count))
    #expect(quotes.map(\.sourceName) == names + names)
    #expect(quotes.prefix(count).map(\.text) == (0..<count).map { "I connect with \($0) people." })
    try expectRowsAsMadeEqualTheTable(store, quotes)
  }

  @Test func placesFindByteAndLineOfEachOffset() {
    let text = "ab\ncé\n😀x"
    let places = ProjectStore.places(of: [4, 0, 7, 4, 99], in: Array(text.utf8))
    #expect(places[0]! == (byte: 0, line: 1))
    #expect(places[4]! == (byte: 4, line: 2))
    #expect(places[7]! == (byte: 11, line: 3))
    #expect(places[99]! == (byte: text.utf8.count, line: 3))
    #expect(places[5] == nil)
  }

  /// Skipping eight bytes at a time finds what a scalar-by-scalar walk finds, on long text of
  /// every width of scalar and for offsets near and far apart.
  @Test func placesAgreeWithAScalarWalkOnLongText() {
    var rng = SystemRandomNumberGenerator()
    let pieces = ["a", "bc ", "\n", "é", "€", "😀", "x\ny", "  ", "ﬁ"]
    var text = ""
    for _ in 0..<3000 { text += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
    let scalars = Array(text.unicodeScalars)
    var byteOf: [Int] = []
    var lineOf: [Int] = []
    var byte = 0
    var line = 1
    for u in scalars {
      byteOf.append(byte)
      lineOf.append(line)
      byte += String(u).utf8.count
      if u == "\n" { line += 1 }
    }
    byteOf.append(byte)
    lineOf.append(line)
    var wanted = (0..<300).map { _ in Int.random(in: 0...scalars.count, using: &rng) }
    wanted += [0, 1, 7, 8, 9, 15, 16, 17, scalars.count - 1, scalars.count]
    let places = ProjectStore.places(of: wanted, in: Array(text.utf8))
    for w in wanted {
      #expect(places[w]! == (byte: byteOf[w], line: lineOf[w]), "offset \(w)")
    }
  }
}

/// Large imports and coding runs write through a rollback journal when nothing else has the
/// project open, and through the write-ahead log when something does; either way a failed one
/// leaves the project as it was, and the file is in WAL afterwards.
@Suite struct RollbackJournalTests {
  func journal(_ store: ProjectStore) throws -> String? {
    try store.db.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
  }

  func codings(_ store: ProjectStore) throws -> [String] {
    try store.db.read { db in
      try String.fetchAll(db, sql: "SELECT code_key || ' ' || start_offset || ' ' || evidence FROM coding ORDER BY code_key, start_offset")
    }
  }

  @Test func largeWritesGoThroughARollbackJournal() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let (store, _, engine, source, segments) = try storeProject(at: dir.path("p.quire"))
    store.largeWriteFrom = 1
    let all = engine.code(source: source, segments: segments, coder: "rules")
    // A coding run that fails half-way: nothing stored, no journal left, back in WAL.
    #expect(throws: QuireError.self) {
      try store.replaceRuleSuggestions(coder: "rules") { context in
        try context.store(all)
        throw QuireError("stopped")
      }
    }
    #expect(store.lastBulkJournal == "delete")
    #expect(try codings(store).isEmpty)
    #expect(try journal(store) == "wal")
    #expect(!FileManager.default.fileExists(atPath: dir.path("p.quire-journal")))
    // The same run through the journal and through the log stores the same rows and keys.
    _ = try store.replaceRuleSuggestions(coder: "rules") { context in try context.store(all) }
    #expect(store.lastBulkJournal == "delete")
    let (other, _, otherEngine, otherSource, otherSegments) = try storeProject(at: dir.path("q.quire"))
    let otherCodings = otherEngine.code(source: otherSource, segments: otherSegments, coder: "rules")
    _ = try other.replaceRuleSuggestions(coder: "rules") { context in try context.store(otherCodings) }
    #expect(other.lastBulkJournal == "wal")
    #expect(try codings(store).count == 3 && codings(store) == codings(other))
    let keys = { (s: ProjectStore) in try s.db.read { db in try String.fetchAll(db, sql: "SELECT key FROM quote ORDER BY key") } }
    #expect(try keys(store) == keys(other))
    // An import: the source and its segments in, the file in WAL again.
    _ = try store.importSource(try readTranscript("Q: a\nAnn: I connect.\n", name: "i2.txt"))
    #expect(store.lastBulkJournal == "delete")
    #expect(try store.sources().count == 2)
    #expect(try journal(store) == "wal")
    let check = try store.db.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
    #expect(check == "ok")
  }

  /// Another connection reading the project: the write cannot leave WAL, and goes through it.
  @Test func aReaderElsewhereKeepsTheWriteInWAL() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let (store, _, _, _, _) = try storeProject(at: dir.path("p.quire"))
    store.largeWriteFrom = 1
    let reader = try DatabaseQueue(path: dir.path("p.quire"))
    try reader.inDatabase { db in
      try db.execute(sql: "BEGIN")
      _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment")
      _ = try store.importSource(try readTranscript("Q: a\nAnn: I connect.\n", name: "i2.txt"))
      try db.execute(sql: "COMMIT")
    }
    #expect(store.lastBulkJournal == "wal")
    #expect(try store.sources().count == 2)
    #expect(try journal(store) == "wal")
  }
}
