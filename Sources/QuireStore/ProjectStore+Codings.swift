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
  /// quote key the first time it is coded.
  public func replaceRuleSuggestions(_ codings: [Coding], coder: String, dryRun: Bool = false) throws -> RecodeSummary {
    var summary = RecodeSummary()
    let work: (Database) throws -> Void = { db in
      let coderID = try self.coderID(db, coder)
      let now = Self.now()
      // Existing codings by passage and code.
      var decided: [String: (id: Int64, status: String, ownRule: Bool, evidence: String)] = [:]
      var suggested: [String: (id: Int64, evidence: String, row: Row)] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, source_id, start_offset, end_offset, code_key, coder_id, status, origin, evidence FROM coding") {
        let key = "\(row["source_id"] as String)|\(row["start_offset"] as Int)|\(row["end_offset"] as Int)|\(row["code_key"] as String)"
        let status: String = row["status"]
        let origin: String = row["origin"]
        let owner: Int64 = row["coder_id"]
        let ownRule = origin == "rule" && owner == coderID
        if status != "suggested" {
          // A person's decision wins over any other coding of the same passage and code.
          if decided[key] == nil || !ownRule { decided[key] = (row["id"], status, ownRule, row["evidence"]) }
        } else if ownRule {
          suggested[key] = (row["id"], row["evidence"], row)
        }
      }
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO coding (source_id, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin,
            status, evidence, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 'rule', 'suggested', ?, ?, ?)
          """)
      var keep = Set<Int64>()
      var passages: [(String, Int, Int)] = []
      func change(_ kind: RecodeChange.Kind, _ c: Coding) {
        summary.changes.append(RecodeChange(kind: kind, sourceID: c.sourceID, start: c.start, end: c.end, codeKey: c.codeKey, evidence: c.evidence.map(\.text)))
      }
      for c in codings {
        let key = "\(c.sourceID)|\(c.start)|\(c.end)|\(c.codeKey)"
        let evidence = Evidence.json(c.evidence)
        passages.append((c.sourceID, c.start, c.end))
        if let d = decided[key] {
          // A rejected suggestion comes back only when its evidence changed.
          if d.status == "rejected", d.ownRule, d.evidence != evidence, suggested[key] == nil {
            summary.reopened += 1
            change(.reopened, c)
            try db.execute(
              sql: "UPDATE coding SET status = 'suggested', evidence = ?, updated_at = ?, memo = COALESCE(memo || char(10), '') || ? WHERE id = ?",
              arguments: [evidence, now, "re-suggested \(now): evidence changed since it was rejected", d.id])
            keep.insert(d.id)
          } else {
            summary.keptHumanDecisions += 1
          }
          continue
        }
        if let old = suggested[key] {
          keep.insert(old.id)
          if old.evidence == evidence {
            summary.unchanged += 1
          } else {
            summary.updated += 1
            change(.updated, c)
            try db.execute(sql: "UPDATE coding SET evidence = ?, updated_at = ? WHERE id = ?", arguments: [evidence, now, old.id])
          }
        } else {
          summary.added += 1
          change(.added, c)
          try insert.execute(arguments: [c.sourceID, c.segmentOrdinal, c.start, c.end, c.codeKey, coderID, evidence, now, now])
        }
      }
      for (_, old) in suggested where !keep.contains(old.id) {
        summary.removed += 1
        let evidence = Self.evidence(old.evidence)
        summary.changes.append(
          RecodeChange(kind: .withdrawn, sourceID: old.row["source_id"], start: old.row["start_offset"], end: old.row["end_offset"], codeKey: old.row["code_key"], evidence: evidence.map(\.text)))
        try db.execute(sql: "DELETE FROM coding WHERE id = ?", arguments: [old.id])
      }
      try self.assignQuoteKeys(db, passages: passages)
    }
    do {
      try db.write { db in
        try work(db)
        if dryRun { throw DryRun() }
      }
    } catch is DryRun {}
    return summary
  }

  struct DryRun: Error {}

  /// Gives each coded passage without a key the next key of its source: `RA-01.07`.
  func assignQuoteKeys(_ db: Database, passages: [(String, Int, Int)]) throws {
    struct Span: Hashable {
      var source: String
      var start: Int
      var end: Int
    }
    // The keyed passages read once (a first coding of a large archive keys tens of thousands).
    var keyed = Set<Span>()
    let rows = try Row.fetchCursor(db, sql: "SELECT source_id, start_offset, end_offset FROM quote")
    while let row = try rows.next() { keyed.insert(Span(source: row[0], start: row[1], end: row[2])) }
    var sources: [String: (serial: Int, next: Int)] = [:]
    let insert = try db.makeStatement(sql: "INSERT INTO quote (key, source_id, start_offset, end_offset, seq) VALUES (?, ?, ?, ?, ?)")
    let segmentAt = try db.makeStatement(
      sql: "SELECT speaker, tweet, start_offset FROM segment WHERE source_id = ? AND end_offset > ? ORDER BY end_offset LIMIT 1")
    for (sourceID, start, end) in passages.sorted(by: { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }) {
      guard keyed.insert(Span(source: sourceID, start: start, end: end)).inserted else { continue }
      if sources[sourceID] == nil {
        let serial = try Int.fetchOne(db, sql: "SELECT serial FROM source WHERE id = ?", arguments: [sourceID]) ?? 0
        let last = try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM quote WHERE source_id = ?", arguments: [sourceID]) ?? 0
        sources[sourceID] = (serial, last + 1)
      }
      guard let (serial, seq) = sources[sourceID] else { continue }
      // The first segment that ends after the passage starts (segments are in text order).
      let who = try Row.fetchOne(
        segmentAt, arguments: [sourceID, start]
      ).flatMap { row -> Row? in (row[2] as Int) < max(end, start + 1) ? row : nil }
      var name: String? = who?[0]
      if let json = who?[1] as String?, let tweet = TweetInfo(json: json) ?? Self.decode(TweetInfo.self, json),
        !tweet.authorName.isEmpty
      {
        name = tweet.authorName
      }
      let key = "\(QuoteKey.prefix(for: name))-\(QuoteKey.pad(serial)).\(QuoteKey.pad(seq))"
      try insert.execute(arguments: [key, sourceID, start, end, seq])
      sources[sourceID] = (serial, seq + 1)
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
}
