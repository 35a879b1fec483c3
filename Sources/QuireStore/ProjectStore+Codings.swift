import Foundation
import GRDB
import QuireCore

/// What `quire code` changed.
public struct RecodeSummary: Sendable, Equatable {
  public var added = 0
  public var updated = 0
  public var unchanged = 0
  public var removed = 0
  /// Suggestions not stored because a person already accepted or rejected that coding.
  public var keptHumanDecisions = 0
  /// Rejected suggestions offered again because their evidence changed.
  public var reopened = 0
  /// Every change, for `quire code --dry-run`.
  public var changes: [RecodeChange] = []
  public init() {}
}

/// One change `quire code` makes to a coding.
public struct RecodeChange: Sendable, Equatable {
  public enum Kind: String, Sendable { case added, updated, withdrawn, reopened }
  public var kind: Kind
  public var sourceID: String
  public var start: Int
  public var end: Int
  public var codeKey: String
  /// The matched words, for display.
  public var evidence: [String]
}

extension ProjectStore {
  func coderID(_ db: Database, _ name: String) throws -> Int64 {
    try db.execute(sql: "INSERT INTO coder (name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [name])
    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM coder WHERE name = ?", arguments: [name]) else {
      throw QuireError("could not store coder '\(name)'")
    }
    return id
  }

  /// Replaces the rule suggestions of `coder` with `codings`, in one transaction.
  ///
  /// Accepted and rejected codings are never touched, and a suggestion for a passage and code
  /// that a person already decided on is not stored again. Every coded passage gets a stable
  /// quote key the first time it is coded. `summary.changes` lists every change only when
  /// `listChanges` (by default on a dry run): a first coding of a large archive adds hundreds of
  /// thousands, which nobody reads.
  public func replaceRuleSuggestions(_ codings: [Coding], coder: String, dryRun: Bool = false, listChanges: Bool? = nil) throws -> RecodeSummary {
    try replaceRuleSuggestions(coder: coder, dryRun: dryRun, listChanges: listChanges) { context in try context.store(codings) }
  }

  /// `replaceRuleSuggestions`, with the suggestions handed over piece by piece: `produce` gets a
  /// context inside the transaction, reads segments through it and stores each piece (all the
  /// suggestions together are what replaces the old ones), so pieces can be stored while later
  /// ones are still being made.
  ///
  /// A first coding of a large project (at least `bulkFrom` segments, and at most a quarter as
  /// many codings as segments so far) stores its rows without upkeep of the `coding_code` index
  /// and builds it once at the end, sorted: with hundreds of themes each row went to another
  /// place in it, a third of the time of storing a suggestion.
  public func replaceRuleSuggestions(
    coder: String, dryRun: Bool = false, listChanges: Bool? = nil, bulkFrom: Int = 10_000,
    produce: (RecodeContext) throws -> Void
  ) throws -> RecodeSummary {
    var summary = RecodeSummary()
    // The project's segments, counted once before the transaction: they decide whether it goes
    // through a rollback journal (which cannot be chosen inside one, see `bulkWrite`) and whether
    // the coding index is rebuilt after a first large coding.
    let segmentCount = try db.read { db in try Self.segmentCount(db) }
    let listChanges = listChanges ?? dryRun
    /// A passage and code: what a suggestion is matched on.
    struct Key: Hashable {
      var source: String
      var start: Int
      var end: Int
      var code: String
    }
    func work(_ db: Database) throws {
      var t0 = ContinuousClock.now
      let coderID = try self.coderID(db, coder)
      let now = Self.now()
      // Codings so far, cheaply: the highest coding id (no fewer than the codings there are).
      // The index is dropped before any statement is prepared.
      let codingsSoFar = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM coding") ?? 0
      let rebuildIndex = segmentCount >= bulkFrom && codingsSoFar * 4 <= segmentCount
      if rebuildIndex { try db.execute(sql: "DROP INDEX IF EXISTS coding_code") }
      // Existing codings by passage and code, read by column position.
      var decided: [Key: (id: Int64, status: String, ownRule: Bool, evidence: String)] = [:]
      var suggested: [Key: (id: Int64, evidence: String)] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT c.id, s.id, c.start_offset, c.end_offset, c.code_key, c.coder_id, c.status, c.origin, c.evidence
          FROM coding c JOIN source s ON s.serial = c.source_serial
          """)
      while let row = try rows.next() {
        let key = Key(source: row[1], start: row[2], end: row[3], code: row[4])
        let status: String = row[6]
        let origin: String = row[7]
        let owner: Int64 = row[5]
        let ownRule = origin == "rule" && owner == coderID
        if status != "suggested" {
          // A person's decision wins over any other coding of the same passage and code.
          if decided[key] == nil || !ownRule { decided[key] = (row[0], status, ownRule, row[8]) }
        } else if ownRule {
          suggested[key] = (row[0], row[8])
        }
      }
      let insert = try RawStatement(
        db,
        """
        INSERT INTO coding (source_serial, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin,
          status, evidence, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, 'rule', 'suggested', ?, ?, ?)
        """)
      let serials = try Self.sourceSerials(db)
      var keep = Set<Int64>()
      var passages: [(source: String, start: Int, end: Int, ordinal: Int?)] = []
      // The segments the producer reads are remembered (span and speaker), so that keying their
      // passages does not read them again.
      let read = ReadSegments()
      let keys = try QuoteKeyAssigner(db, read: read)
      Self.timing("read existing codings", since: t0)
      var storing = Duration.zero
      var keying = Duration.zero
      // What every new row shares is bound once (bindings last across resets); each
      // suggestion's evidence JSON, made by the coding threads, is bound in place.
      insert.bind(6, Int(coderID))
      insert.bind(8, now)
      insert.bind(9, now)
      var boundSource: String? = nil
      /// A batch's rows; its passages are added to `passages`, to be keyed by the caller.
      func storeRows(_ b: SuggestionBatch) throws {
        let sourceID = b.sourceID
        let existing = !decided.isEmpty || !suggested.isEmpty
        func change(_ kind: RecodeChange.Kind, _ i: Int) {
          guard listChanges else { return }
          let evidence = Evidence.list(json: b.evidenceJSON(i)) ?? []
          summary.changes.append(
            RecodeChange(kind: kind, sourceID: sourceID, start: b.starts[i], end: b.ends[i], codeKey: b.codeKey(i), evidence: evidence.map(\.text)))
        }
        try b.evidence.withUnsafeBufferPointer { all in
          for i in 0..<b.count {
            let (start, end) = (b.starts[i], b.ends[i])
            let json = UnsafeBufferPointer(rebasing: all[b.evidenceRange(i)])
            passages.append((sourceID, start, end, b.ordinal(i)))
            if existing {
              let key = Key(source: sourceID, start: start, end: end, code: b.codeKey(i))
              let evidence = String(decoding: json, as: UTF8.self)
              if !decided.isEmpty, let d = decided[key] {
                // A rejected suggestion comes back only when its evidence changed.
                if d.status == "rejected", d.ownRule, !Self.sameEvidence(d.evidence, evidence), suggested[key] == nil {
                  summary.reopened += 1
                  change(.reopened, i)
                  try db.execute(
                    sql: "UPDATE coding SET status = 'suggested', evidence = ?, updated_at = ?, memo = COALESCE(memo || char(10), '') || ? WHERE id = ?",
                    arguments: [evidence, now, "re-suggested \(now): evidence changed since it was rejected", d.id])
                  keep.insert(d.id)
                } else {
                  summary.keptHumanDecisions += 1
                }
                continue
              }
              if !suggested.isEmpty, let old = suggested[key] {
                keep.insert(old.id)
                if Self.sameEvidence(old.evidence, evidence) {
                  summary.unchanged += 1
                } else {
                  summary.updated += 1
                  change(.updated, i)
                  try db.execute(sql: "UPDATE coding SET evidence = ?, updated_at = ? WHERE id = ?", arguments: [evidence, now, old.id])
                }
                continue
              }
            }
            summary.added += 1
            change(.added, i)
            insert.resetKeepingBindings()
            if boundSource != sourceID {
              guard let serial = serials[sourceID] else { throw QuireError("no source \(sourceID) in the project") }
              insert.bind(1, serial)
              boundSource = sourceID
            }
            insert.bind(2, b.ordinal(i))
            insert.bind(3, start)
            insert.bind(4, end)
            insert.bind(5, b.codeKey(i))
            insert.bindInPlace(7, json)
            try insert.step()
          }
        }
      }
      /// Stores batches, then keys their passages together.
      func store(_ batches: [SuggestionBatch]) throws {
        t0 = ContinuousClock.now
        passages.removeAll(keepingCapacity: true)
        for b in batches { try storeRows(b) }
        let keyStart = ContinuousClock.now
        storing += keyStart - t0
        try keys.assign(passages)
        keying += ContinuousClock.now - keyStart
      }
      try produce(RecodeContext(db: db, store: store, read: read))
      t0 = ContinuousClock.now
      for (key, old) in suggested where !keep.contains(old.id) {
        summary.removed += 1
        if listChanges {
          let evidence = Self.evidence(old.evidence)
          summary.changes.append(
            RecodeChange(kind: .withdrawn, sourceID: key.source, start: key.start, end: key.end, codeKey: key.code, evidence: evidence.map(\.text)))
        }
        try db.execute(sql: "DELETE FROM coding WHERE id = ?", arguments: [old.id])
      }
      if rebuildIndex { try db.execute(sql: Self.codingCodeIndex) }
      storing += ContinuousClock.now - t0
      Self.timing("store codings", storing)
      Self.timing("assign quote keys", keying)
    }
    do {
      try bulkWrite(large: !dryRun && segmentCount >= largeWriteFrom) { db in
        // A first coding of a large archive writes hundreds of megabytes: through a small page
        // cache (`ProjectStore.bulkCacheSize`).
        try db.execute(sql: "PRAGMA cache_size = \(Self.bulkCacheSize)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.defaultCacheSize)") }
        try work(db)
        if dryRun { throw DryRun() }
      }
    } catch is DryRun {}
    return summary
  }

  struct DryRun: Error {}

  /// How many segments the project holds, cheaply: each source's last ordinal (read from the
  /// primary key), not a count of the rows.
  static func segmentCount(_ db: Database) throws -> Int {
    var n = 0
    for serial in try Int.fetchAll(db, sql: "SELECT serial FROM source") {
      n += try Int.fetchOne(db, sql: "SELECT MAX(ordinal) + 1 FROM segment WHERE source_serial = ?", arguments: [serial]) ?? 0
    }
    return n
  }

  /// Each source's serial number, by its id: how segments, codings and quotes name it.
  static func sourceSerials(_ db: Database) throws -> [String: Int] {
    var out: [String: Int] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT id, serial FROM source") { out[row[0]] = row[1] }
    return out
  }

  /// The `coding_code` index, as the migrations create it.
  static let codingCodeIndex = "CREATE INDEX coding_code ON coding(code_key, status)"

  /// Whether stored evidence is the new evidence: the same text, or (evidence stored by an
  /// older Quire in another shape) the same list read back.
  static func sameEvidence(_ stored: String, _ json: String) -> Bool {
    stored == json || evidence(stored) == evidence(json)
  }

  /// Gives each coded passage without a key the next key of its source: `RA-01.07`.
  func assignQuoteKeys(_ db: Database, passages: [(String, Int, Int)]) throws {
    try assignQuoteKeys(db, passages: passages.map { (source: $0.0, start: $0.1, end: $0.2, ordinal: nil) })
  }

  /// `assignQuoteKeys`, with the segment of each passage when it is known (a rule coding's).
  func assignQuoteKeys(_ db: Database, passages: [(source: String, start: Int, end: Int, ordinal: Int?)]) throws {
    try QuoteKeyAssigner(db).assign(passages)
  }
}

/// What `replaceRuleSuggestions(produce:)` gives its producer: segments read in the transaction,
/// and a way to store a piece of suggestions.
public struct RecodeContext {
  let db: Database
  let store: ([SuggestionBatch]) throws -> Void
  let read: ReadSegments

  /// A source's segments in order, handed to `body` in runs of up to `size` as they are read
  /// (`body` may store suggestions meanwhile). With `authors`, each post carries its author's
  /// handle and name and nothing else of its metadata (all that coding asks of it; parsing every
  /// post's whole JSON cost a million-tweet run seconds); without, no post. Either way each
  /// segment's span and speaker (a post's author name) are remembered for the quote keys of the
  /// suggestions stored meanwhile, so that their segments are not read a second time.
  public func forEachSegmentRun(of sourceID: String, authors: Bool = true, size: Int, _ body: ([Segment]) throws -> Void) throws {
    let scan = try RawStatement(
      db, "SELECT \(ProjectStore.segmentColumns(tweets: true)) FROM segment WHERE source_serial = (SELECT serial FROM source WHERE id = ?) ORDER BY ordinal")
    scan.bind(1, sourceID)
    var run: [Segment] = []
    run.reserveCapacity(size)
    var strings = Interner()
    let expected = try Int.fetchOne(
      db, sql: "SELECT MAX(ordinal) + 1 FROM segment WHERE source_serial = (SELECT serial FROM source WHERE id = ?)", arguments: [sourceID])
    read.begin(sourceID, speakersKnown: true, expected: expected ?? 0)
    while try scan.row() {
      // Made in its place in the run (a segment copied retains its strings).
      run.append(scan.segment(post: false))
      if authors {
        run[run.count - 1].tweet = scan.postAuthors(column: 10, interning: &strings)
        read.record(run[run.count - 1])
      } else {
        // Only the author's name, read from the post's bytes (no post made).
        let last = run.count - 1
        read.record(
          ordinal: run[last].ordinal, start: run[last].start, end: run[last].end,
          author: scan.postAuthorName(column: 10, interning: &strings), speaker: run[last].speaker)
      }
      if run.count == size {
        try body(run)
        run.removeAll(keepingCapacity: true)
      }
    }
    if !run.isEmpty { try body(run) }
  }

  /// Stores a piece of the new suggestions.
  public func store(_ codings: [Coding]) throws { try store(SuggestionBatch.batches(codings)) }

  /// Stores a piece of the new suggestions, as the coding engine makes them.
  public func store(_ batch: SuggestionBatch) throws { try store([batch]) }
}

/// Gives each coded passage without a key the next key of its source: `RA-01.07`. Keeps what it
/// read of each source (its keyed passages, its next number) from one call to the next.
final class QuoteKeyAssigner {
  private struct Span: Hashable {
    var start: Int
    var end: Int
  }

  private struct SourceKeys {
    var keyed: Set<Span>
    var seq: Int
    /// The source's serial number (how the tables name it), and padded for its keys.
    var number: Int
    var serial: String
  }

  private let db: Database
  private let read: ReadSegments?
  private let insert: RawStatement
  private let segmentByOrdinal: RawStatement
  private let segmentAt: RawStatement
  private let segmentRange: RawStatement
  private var sources: [String: SourceKeys] = [:]
  private var prefixes: [String: String] = [:]
  private var boundSource: String? = nil

  init(_ db: Database, read: ReadSegments? = nil) throws {
    self.db = db
    self.read = read
    insert = try RawStatement(db, "INSERT INTO quote (key, source_serial, start_offset, end_offset, seq) VALUES (?, ?, ?, ?, ?)")
    // Who speaks in a segment: a post's author name (read by SQLite from the stored post, no
    // JSON parsed here), else the speaker.
    let who = "coalesce(nullif(CASE WHEN json_valid(tweet) THEN coalesce(json_extract(tweet, '$.n'), json_extract(tweet, '$.authorName')) END, ''), speaker), start_offset, end_offset"
    segmentByOrdinal = try RawStatement(db, "SELECT \(who) FROM segment WHERE source_serial = ? AND ordinal = ?")
    segmentAt = try RawStatement(db, "SELECT \(who) FROM segment WHERE source_serial = ? AND end_offset > ? ORDER BY end_offset LIMIT 1")
    segmentRange = try RawStatement(
      db, "SELECT ordinal, speaker, tweet, start_offset, end_offset FROM segment WHERE source_serial = ? AND ordinal BETWEEN ? AND ? ORDER BY ordinal")
  }

  /// Who speaks in each of these segments (a post's author name, else the speaker, as the
  /// lookups' SQL says) with the segment's span: one ordered scan over the range they span,
  /// the author's name read from the post's bytes in Swift, for the many passages of a coding run.
  private func speakers(of ordinals: Set<Int>, in serial: Int) throws -> [Int: (name: String?, start: Int, end: Int)] {
    guard let low = ordinals.min(), let high = ordinals.max() else { return [:] }
    segmentRange.reset()
    segmentRange.bind(1, serial)
    segmentRange.bind(2, low)
    segmentRange.bind(3, high)
    var out: [Int: (name: String?, start: Int, end: Int)] = [:]
    out.reserveCapacity(ordinals.count)
    var strings = Interner()
    while try segmentRange.row() {
      let ordinal = segmentRange.int(0)
      guard ordinals.contains(ordinal) else { continue }
      var name = segmentRange.postAuthorName(column: 2, interning: &strings)
      if name?.isEmpty ?? true { name = segmentRange.text(1, interning: &strings) }
      out[ordinal] = (name, segmentRange.int(3), segmentRange.int(4))
    }
    return out
  }

  /// Who speaks in the segment the statement found, if it holds the passage.
  private func speaker(_ s: RawStatement, start: Int, end: Int) throws -> (found: Bool, name: String?) {
    guard try s.row(), s.int(2) > start, s.int(1) < max(end, start + 1) else { return (false, nil) }
    return (true, s.text(0))
  }

  /// What is known of the source's keys, taken out of `sources` (so that adding to it copies
  /// nothing): the caller puts it back.
  private func keys(of sourceID: String) throws -> SourceKeys {
    if let known = sources.removeValue(forKey: sourceID) { return known }
    // The passages of this source that already have a key, read once.
    guard let serial = try Int.fetchOne(db, sql: "SELECT serial FROM source WHERE id = ?", arguments: [sourceID]) else {
      throw QuireError("no source \(sourceID) in the project")
    }
    var keyed = Set<Span>()
    let rows = try Row.fetchCursor(db, sql: "SELECT start_offset, end_offset FROM quote WHERE source_serial = ?", arguments: [serial])
    while let row = try rows.next() { keyed.insert(Span(start: row[0], end: row[1])) }
    let seq = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM quote WHERE source_serial = ?", arguments: [serial]) ?? 0) + 1
    return SourceKeys(keyed: keyed, seq: seq, number: serial, serial: QuoteKey.pad(serial))
  }

  /// Keys the passages that have none, each source's in text order.
  func assign(_ passages: [(source: String, start: Int, end: Int, ordinal: Int?)]) throws {
    var bySource: [String: [(start: Int, end: Int, ordinal: Int?)]] = [:]
    var order: [String] = []
    // A run of suggestions is most often of one source: then no source id is hashed per passage.
    if let first = passages.first?.source, passages.allSatisfy({ $0.source == first }) {
      order = [first]
      bySource[first] = passages.map { ($0.start, $0.end, $0.ordinal) }
    } else {
      for p in passages {
        if bySource[p.source] == nil { order.append(p.source) }
        bySource[p.source, default: []].append((p.start, p.end, p.ordinal))
      }
    }
    for sourceID in order {
      guard var list = bySource[sourceID] else { continue }
      list.sort { ($0.start, $0.end) < ($1.start, $1.end) }
      var state = try keys(of: sourceID)
      defer { sources[sourceID] = state }
      // The segments coding read, if it read them; else, for many passages, their segments read
      // in one scan rather than looked up one by one.
      let remembered = read?.segments(of: sourceID)
      let known = remembered == nil && list.count >= 64 ? try speakers(of: Set(list.compactMap(\.ordinal)), in: state.number) : [:]
      // The key is written into one buffer: the source's part (`-07.`) once, the speaker's
      // initials when the speaker changes (posts of one account, turns of one speaker come in
      // runs), the number each time.
      let sourcePart = Array("-\(state.serial).".utf8)
      var lastName: String?? = .none
      var prefixBytes: [UInt8] = []
      var key: [UInt8] = []
      key.reserveCapacity(32)
      for p in list {
        let (start, end) = (p.start, p.end)
        guard state.keyed.insert(Span(start: start, end: end)).inserted else { continue }
        // The segment holding the passage: the first that ends after it starts (segments are in
        // text order), found by its ordinal when the coding names it.
        var found = (found: false, name: String?.none)
        if let ordinal = p.ordinal, let segment = remembered?[ordinal] ?? known[ordinal], segment.end > start,
          segment.start < max(end, start + 1)
        {
          found = (true, segment.name)
        } else if let ordinal = p.ordinal {
          segmentByOrdinal.reset()
          segmentByOrdinal.bind(1, state.number)
          segmentByOrdinal.bind(2, ordinal)
          found = try speaker(segmentByOrdinal, start: start, end: end)
        }
        if !found.found {
          segmentAt.reset()
          segmentAt.bind(1, state.number)
          segmentAt.bind(2, start)
          found = try speaker(segmentAt, start: start, end: end)
        }
        let name = found.name
        if lastName != .some(name) {
          let prefix: String
          if let known = prefixes[name ?? ""] {
            prefix = known
          } else {
            prefix = QuoteKey.prefix(for: name)
            prefixes[name ?? ""] = prefix
          }
          prefixBytes = Array(prefix.utf8)
          lastName = .some(name)
        }
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: prefixBytes)
        key.append(contentsOf: sourcePart)
        QuoteKey.appendPadded(state.seq, to: &key)
        insert.resetKeepingBindings()
        key.withUnsafeBufferPointer { insert.bindCopy(1, $0) }
        if boundSource != sourceID {
          insert.bind(2, state.number)
          boundSource = sourceID
        }
        insert.bind(3, start)
        insert.bind(4, end)
        insert.bind(5, state.seq)
        try insert.step()
        state.seq += 1
      }
    }
  }
}

/// Quote keys: the speaker's initials, the source's serial and the passage's number in it.
public enum QuoteKey {
  /// `RA` for `Rachel Adeyemi`, `TW` for `T Whitfield`, `GA` for `Gareth`, `Q` when unknown.
  public static func prefix(for name: String?) -> String {
    guard let name else { return "Q" }
    let words = name.split { !($0.isLetter || $0.isNumber) }
    let letters: [Character]
    if words.count >= 2 {
      letters = words.prefix(3).compactMap(\.first)
    } else if let w = words.first {
      letters = Array(w.prefix(2))
    } else {
      letters = []
    }
    let ascii = String(letters).uppercased().unicodeScalars.map { s -> String in
      let folded = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(String.init) ?? ""
      return folded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } ? folded : ""
    }.joined()
    return ascii.isEmpty ? "Q" : ascii
  }

  public static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// `pad(n)`'s digits appended to UTF-8 bytes.
  static func appendPadded(_ n: Int, to out: inout [UInt8]) {
    if n < 10 { out.append(UInt8(ascii: "0")) }
    JSONText.appendInt(n, to: &out)
  }
}

/// The segments a coding run read, by source: each one's span and who speaks in it (a post's
/// author name, else the speaker, as `QuoteKeyAssigner` asks), kept while the run's transaction
/// lasts. Only sources read with their speakers known (`RecodeContext` reads them for every
/// source) in ordinal order from 0 with no gap (how segments are stored) are kept; any other is
/// looked up as before. Sources read
/// before are kept while they hold at most `limit` segments together, the oldest let go first
/// (their suggestions are stored soon after they are read; a later one is looked up as before).
final class ReadSegments {
  typealias Span = (name: String?, start: Int, end: Int)

  struct Table {
    var spans: [Span] = []
    var complete = true

    subscript(_ ordinal: Int) -> Span? { ordinal >= 0 && ordinal < spans.count ? spans[ordinal] : nil }
  }

  private var tables: [String: Table] = [:]
  /// The kept sources, oldest first, and how many segments they hold.
  private var kept: [String] = []
  private var keptSpans = 0
  private var current: String? = nil
  private var table = Table()
  let limit: Int

  init(limit: Int = 2_000_000) {
    self.limit = limit
  }

  /// A source's segments are read from here on; `expected` of them, when known, are made room
  /// for at once (a million-tweet archive's spans grown by doubling copied 32 MB about once more,
  /// into fresh memory each time).
  func begin(_ sourceID: String, speakersKnown: Bool, expected: Int = 0) {
    finish()
    if let old = tables.removeValue(forKey: sourceID) {
      kept.removeAll { $0 == sourceID }
      keptSpans -= old.spans.count
    }
    current = speakersKnown ? sourceID : nil
    table = Table()
    if speakersKnown, expected > 0 { table.spans.reserveCapacity(min(expected, limit)) }
  }

  func record(_ segment: Segment) {
    record(ordinal: segment.ordinal, start: segment.start, end: segment.end, author: segment.tweet?.authorName, speaker: segment.speaker)
  }

  /// A segment read: its span and who speaks in it (the post's author name, else its speaker).
  func record(ordinal: Int, start: Int, end: Int, author: String?, speaker: String?) {
    guard current != nil, table.complete else { return }
    guard ordinal == table.spans.count else {
      table.complete = false
      table.spans = []
      return
    }
    table.spans.append((author?.isEmpty == false ? author : speaker, start, end))
  }

  private func finish() {
    if let id = current, table.complete {
      tables[id] = table
      kept.append(id)
      keptSpans += table.spans.count
      while keptSpans > limit, kept.count > 1 {
        let oldest = kept.removeFirst()
        keptSpans -= tables.removeValue(forKey: oldest)?.spans.count ?? 0
      }
    }
    current = nil
    table = Table()
  }

  /// What was read of a source, while it is read and after.
  func segments(of sourceID: String) -> Table? {
    if sourceID == current { return table.complete ? table : nil }
    return tables[sourceID]
  }
}
