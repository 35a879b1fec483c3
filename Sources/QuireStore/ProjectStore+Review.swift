import Foundation
import GRDB
import QuireCore

/// One coding as `quire review` lists it.
public struct ReviewItem: Sendable, Codable, Equatable {
  public var id: Int64
  public var code: String
  public var codeKey: String
  public var source: String
  public var sourceID: String
  public var speaker: String?
  public var location: String
  public var text: String
  public var start: Int
  public var end: Int
  public var status: String
  public var origin: String
  public var coder: String
  public var evidence: [Evidence]
}

extension ProjectStore {
  /// The scalar range of lines `a`…`b` (1-based, inclusive) of a source, without the leading
  /// and trailing whitespace or a speaker label opening the first line; an error when the lines
  /// are not in the source.
  public func range(ofLines a: Int, _ b: Int, in source: Source) throws -> Range<Int> {
    let scalars = source.text.scalarArray
    var starts = [0]
    for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
    let lineCount = scalars.last == "\n" ? starts.count - 1 : starts.count
    guard a >= 1, b >= a, b <= lineCount else {
      throw QuireError("lines \(a)-\(b) are not in \(source.name): expected 1 ≤ A ≤ B ≤ \(lineCount)")
    }
    var start = starts[a - 1]
    var end = b < starts.count ? starts[b] : scalars.count
    // A speaker label or timestamp at the start of the first line is not part of the passage.
    if let turn = try segments(of: source.id).first(where: { $0.kind == .turn && $0.start > start && $0.start < end && $0.lineStart == a }) {
      start = turn.start
    }
    while start < end, scalars[start].properties.isWhitespace { start += 1 }
    while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
    guard end > start else { throw QuireError("lines \(a)-\(b) of \(source.name) are blank") }
    return start..<end
  }

  /// Stores a manual coding (accepted) by `coder` and gives its passage a quote key.
  @discardableResult
  public func addManualCoding(source: Source, range: Range<Int>, code: String, coder: String, memo: String? = nil, origin: CodingOrigin = .manual) throws -> Int64 {
    let length = source.text.unicodeScalars.count
    guard range.lowerBound >= 0, range.upperBound <= length, !range.isEmpty else {
      throw QuireError("the range \(range.lowerBound)-\(range.upperBound) is not inside \(source.name) (0-\(length))")
    }
    return try db.write { db in
      let key = try self.resolveCode(db, code)
      let coderID = try self.coderID(db, coder)
      let ordinal = try Int.fetchOne(
        db, sql: "SELECT ordinal FROM segment WHERE source_serial = ? AND start_offset <= ? AND end_offset >= ? ORDER BY ordinal LIMIT 1",
        arguments: [source.serial, range.lowerBound, range.upperBound])
      let now = Self.now()
      try db.execute(
        sql: """
          INSERT INTO coding (source_serial, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin, status,
            evidence, memo, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, 'accepted', '[]', ?, ?, ?)
          ON CONFLICT (source_serial, start_offset, end_offset, code_key, coder_id)
          DO UPDATE SET status = 'accepted', updated_at = excluded.updated_at
          """,
        arguments: [source.serial, ordinal, range.lowerBound, range.upperBound, key, coderID, origin.rawValue, memo, now, now])
      try self.assignQuoteKeys(db, passages: [(source.id, range.lowerBound, range.upperBound)])
      return try Int64.fetchOne(
        db, sql: "SELECT id FROM coding WHERE source_serial = ? AND start_offset = ? AND end_offset = ? AND code_key = ? AND coder_id = ?",
        arguments: [source.serial, range.lowerBound, range.upperBound, key, coderID]) ?? 0
    }
  }

  /// A code's key from its key or name (case-insensitive); an error lists the codes.
  func resolveCode(_ db: Database, _ code: String) throws -> String {
    if let key = try String.fetchOne(
      db, sql: "SELECT key FROM code WHERE retired = 0 AND (key = ? OR lower(name) = lower(?)) ORDER BY key = ? DESC LIMIT 1",
      arguments: [code, code, code])
    {
      return key
    }
    let known = try String.fetchAll(db, sql: "SELECT key FROM code WHERE retired = 0 ORDER BY position")
    if known.isEmpty { throw QuireError("no codebook is loaded: run `quire codebook load FILE.yml` first") }
    throw QuireError("no code '\(code)' in the codebook: expected one of \(known.joined(separator: ", "))")
  }

  /// Filters for `quire review`.
  public struct ReviewFilter: Sendable {
    public var code: String?
    public var source: String?
    public var speaker: String?
    public var statuses: Set<CodingStatus>
    public init(code: String? = nil, source: String? = nil, speaker: String? = nil, statuses: Set<CodingStatus> = [.suggested]) {
      self.code = code
      self.source = source
      self.speaker = speaker
      self.statuses = statuses
    }
  }

  /// Codings to review, with their text and evidence, in source order.
  public func reviewItems(_ filter: ReviewFilter) throws -> [ReviewItem] {
    var qf = QuoteFilter(codes: filter.code.map { [$0] } ?? [], statuses: filter.statuses, source: filter.source)
    qf.coder = nil
    let quotes = try quotes(qf)
    let ids = try db.read { db -> [String: Int64] in
      var out: [String: Int64] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT c.id, s.id AS source_id, c.start_offset, c.end_offset, c.code_key, k.name
          FROM coding c JOIN coder k ON k.id = c.coder_id JOIN source s ON s.serial = c.source_serial
          """)
      for row in rows {
        out["\(row["source_id"] as String)|\(row["start_offset"] as Int)|\(row["end_offset"] as Int)|\(row["code_key"] as String)|\(row["name"] as String)"] = row["id"]
      }
      return out
    }
    var items: [ReviewItem] = []
    for q in quotes {
      if let sp = filter.speaker {
        let s = sp.lowercased()
        guard q.speaker?.lowercased() == s || q.tweet.map({ "@" + $0.authorHandle.lowercased() == s || $0.authorHandle.lowercased() == s }) == true else { continue }
      }
      guard let id = ids["\(q.sourceID)|\(q.start)|\(q.end)|\(q.codeKey)|\(q.coder)"] else { continue }
      items.append(
        ReviewItem(
          id: id, code: q.codePath, codeKey: q.codeKey, source: q.sourceName, sourceID: q.sourceID, speaker: q.speaker,
          location: q.location, text: q.text, start: q.start, end: q.end, status: q.status.rawValue,
          origin: q.origin.rawValue, coder: q.coder, evidence: q.evidence))
    }
    return items.sorted { $0.id < $1.id }
  }

  /// Sets the status of codings by id, in one transaction; unknown ids are an error and change nothing.
  @discardableResult
  public func setStatus(_ status: CodingStatus, ids: [Int64]) throws -> Int {
    try db.write { db in
      var changed = 0
      for id in ids {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM coding WHERE id = ?", arguments: [id]) == true else {
          throw QuireError("no coding with id \(id): see `quire review` for the ids")
        }
        try db.execute(sql: "UPDATE coding SET status = ?, updated_at = ? WHERE id = ? AND status != ?", arguments: [status.rawValue, Self.now(), id, status.rawValue])
        changed += db.changesCount
      }
      return changed
    }
  }

  /// Every coding (evidence left out), for agreement and matrices.
  public func allCodings() throws -> [Coding] {
    try db.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.id, s.id AS source_id, c.segment_ordinal, c.start_offset, c.end_offset, c.code_key, k.name, c.status, c.origin
          FROM coding c JOIN coder k ON k.id = c.coder_id JOIN source s ON s.serial = c.source_serial ORDER BY c.id
          """)
        .map { row in
          Coding(
            id: row["id"], sourceID: row["source_id"], segmentOrdinal: row["segment_ordinal"], start: row["start_offset"],
            end: row["end_offset"], codeKey: row["code_key"], coder: row["name"],
            origin: CodingOrigin(rawValue: row["origin"]) ?? .rule, status: CodingStatus(rawValue: row["status"]) ?? .suggested)
        }
    }
  }

  /// The coders who have codings.
  public func coders() throws -> [String] {
    try db.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT k.name FROM coder k JOIN coding c ON c.coder_id = k.id ORDER BY k.name") }
  }

  /// The case each segment links to, keyed `sourceID|ordinal`, with the cases' attributes.
  /// Each segment's case, by source and ordinal, and each case's attributes.
  public func segmentCases() throws -> (bySegment: [String: [Int: String]], attributes: [String: [String: String]]) {
    try db.read { db in
      var by: [String: [Int: String]] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT s.id, g.ordinal, c.name FROM segment g JOIN participant_case c ON c.id = g.case_id
          JOIN source s ON s.serial = g.source_serial ORDER BY g.source_serial
          """)
      var current = "", cases: [Int: String] = [:]
      while let row = try rows.next() {
        let source: String = row[0]
        if source != current {
          if !current.isEmpty { by[current] = cases }
          current = source
          cases = by[source] ?? [:]
        }
        cases[row[1]] = row[2]
      }
      if !current.isEmpty { by[current] = cases }
      var attrs: [String: [String: String]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT c.name, a.key, a.value FROM case_attribute a JOIN participant_case c ON c.id = a.case_id") {
        attrs[row["name"], default: [:]][row["key"]] = row["value"]
      }
      return (by, attrs)
    }
  }
}
