import Foundation
import GRDB
import GRDBSQLite
import QuireCore

/// The outcome of importing one file.
public enum ImportOutcome: Sendable, Equatable {
  case imported(Source, segments: Int)
  /// The same bytes were imported before, as this source.
  case alreadyImported(name: String)
}

/// A line of `quire sources`.
public struct SourceSummary: Codable, Sendable, Equatable {
  public var name: String
  public var kind: String
  public var format: String
  public var segments: Int
  public var characters: Int
  public var sha256: String
  public var tweets: Int?
  public var speakers: [String]
  public var originalName: String
  public var importedAt: String
}

extension ProjectStore {
  /// Stores an imported file in one transaction: the source, its segments, its cases.
  /// The same bytes imported again change nothing.
  ///
  /// - Parameters:
  ///   - caseName: links every non-interviewer speaker (or the archive's tweets) to this case.
  ///   - attributes: set on that case, or on the file's own cases.
  ///   - coder: who made the file's inline codings (`{Code}…{/Code}`), if it has any.
  public func importSource(_ imported: ImportedSource, caseName: String? = nil, attributes: [String: String] = [:], coder: String = "markup") throws -> ImportOutcome {
    let large = imported.segments.count >= largeWriteFrom || imported.text.utf8.count >= 32 << 20
    return try bulkWrite(large: large) { db in try self.insertSource(db, imported, caseName: caseName, attributes: attributes, coder: coder) }
  }

  /// `importSource` inside a transaction the caller holds; `id` is the new source's id when free.
  func insertSource(
    _ db: Database, _ imported: ImportedSource, id: String? = nil, caseName: String? = nil, attributes: [String: String] = [:],
    coder: String = "markup"
  ) throws -> ImportOutcome {
    do {
      if let existing = try String.fetchOne(db, sql: "SELECT name FROM source WHERE sha256 = ?", arguments: [imported.sha256]) {
        return .alreadyImported(name: existing)
      }
      var name = imported.name
      var n = 2
      while try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE name = ?", arguments: [name]) == true {
        name = "\(imported.name) (\(n))"
        n += 1
      }
      let serial = (try Int.fetchOne(db, sql: "SELECT MAX(serial) FROM source") ?? 0) + 1
      let number = (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source WHERE kind = ?", arguments: [imported.kind.rawValue]) ?? 0) + 1
      let source = Source(
        id: try freeID(db, id), name: name, kind: imported.kind, format: imported.format,
        text: Self.storable(imported.text), language: imported.language, originalName: imported.originalName,
        sha256: imported.sha256, importerVersion: imported.importerVersion, importedAt: Self.now(),
        serial: serial, number: number, attributes: imported.attributes)
      let sourceStart = ContinuousClock.now
      defer { Self.timing("store source row", since: sourceStart) }
      // The text bound where it lies (bound as an argument, it was copied twice: to a C string
      // and by SQLite; a large archive's text is a few hundred megabytes).
      let insertSource = try RawStatement(
        db,
        """
        INSERT INTO source (id, name, kind, format, text, language, original_name, sha256,
          importer_version, imported_at, serial, number, attributes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
      var text = source.text
      try text.withUTF8 { bytes in
        insertSource.bind(1, source.id)
        insertSource.bind(2, source.name)
        insertSource.bind(3, source.kind.rawValue)
        insertSource.bind(4, source.format)
        insertSource.bindInPlace(5, bytes)
        insertSource.bind(6, source.language)
        insertSource.bind(7, source.originalName)
        insertSource.bind(8, source.sha256)
        insertSource.bind(9, source.importerVersion)
        insertSource.bind(10, source.importedAt)
        insertSource.bind(11, serial)
        insertSource.bind(12, number)
        insertSource.bind(13, Self.json(source.attributes))
        try insertSource.step()
      }
      // Cases: the file's own, or the one the user named.
      var caseIDs: [String: Int64] = [:]
      func caseID(_ name: String, _ attrs: [String: String]) throws -> Int64 {
        if let id = caseIDs[name.lowercased()] { return id }
        try db.execute(sql: "INSERT INTO participant_case (name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [name])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM participant_case WHERE name = ?", arguments: [name]) else {
          throw QuireError("could not store case '\(name)'")
        }
        for (k, v) in attrs {
          try db.execute(
            sql: "INSERT INTO case_attribute (case_id, key, value) VALUES (?, ?, ?) ON CONFLICT(case_id, key) DO UPDATE SET value = excluded.value",
            arguments: [id, k, v])
        }
        caseIDs[name.lowercased()] = id
        return id
      }
      var fileCase: Int64? = nil
      if let caseName {
        fileCase = try caseID(caseName, attributes)
      } else {
        for c in imported.cases { _ = try caseID(c.name, c.attributes.merging(attributes) { _, new in new }) }
      }
      // An archive's owner: the one case of a single-account archive.
      let ownerCase = imported.kind == .tweets && imported.cases.count == 1 ? imported.cases.first.map(\.name) : nil
      let ownerID = ownerCase.flatMap { caseIDs[$0.lowercased()] }
      var links: [Int64?] = []
      links.reserveCapacity(imported.segments.count)
      // Fields read in place (a copied segment retains each of its strings), and a speaker
      // looked up once for the turns it speaks in a row.
      var lastSpeaker: String? = nil
      var lastSpeakerID: Int64? = nil
      imported.segments.withUnsafeBufferPointer { segments in
        for k in segments.indices {
          var linked: Int64? = nil
          if !segments[k].isInterviewer {
            if let fileCase {
              linked = fileCase
            } else if let speaker = segments[k].speaker {
              if speaker != lastSpeaker {
                lastSpeaker = speaker
                lastSpeakerID = caseIDs[speaker.lowercased()]
              }
              linked = lastSpeakerID ?? ownerID
            } else {
              linked = ownerID
            }
          }
          links.append(linked)
        }
      }
      // A large archive: its rows go in without index upkeep, and the indexes are built again
      // once, sorted, which is several times cheaper than a million ordered insertions each.
      let bulk = imported.segments.count >= SegmentWriter.bulkThreshold
      if bulk {
        try SegmentWriter.dropIndexes(db)
        // A small page cache while the rows and indexes go in (`ProjectStore.bulkCacheSize`).
        try db.execute(sql: "PRAGMA cache_size = \(Self.bulkCacheSize)")
      }
      defer { if bulk { try? db.execute(sql: "PRAGMA cache_size = \(Self.defaultCacheSize)") } }
      var t0 = ContinuousClock.now
      try SegmentWriter.insert(db, sourceSerial: source.serial, segments: imported.segments, cases: links)
      Self.timing("store segments", since: t0)
      t0 = ContinuousClock.now
      if bulk { try SegmentWriter.createIndexes(db) }
      Self.timing("build segment indexes", since: t0)
      if !imported.inlineCodings.isEmpty {
        let coderID = try self.coderID(db, coder)
        let now = Self.now()
        var passages: [(String, Int, Int)] = []
        for c in imported.inlineCodings {
          let key: String
          do {
            key = try self.resolveCode(db, c.code)
          } catch let e as QuireError {
            throw QuireError("inline coding: \(e.message)", at: SourceLocation(file: imported.originalName, line: c.line, column: c.column))
          }
          let ordinal = try Int.fetchOne(
            db, sql: "SELECT ordinal FROM segment WHERE source_serial = ? AND end_offset > ? AND start_offset < ? ORDER BY ordinal LIMIT 1",
            arguments: [source.serial, c.start, c.end])
          try db.execute(
            sql: """
              INSERT INTO coding (source_serial, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin, status,
                evidence, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, 'manual', 'accepted', '[]', ?, ?)
              ON CONFLICT DO NOTHING
              """,
            arguments: [source.serial, ordinal, c.start, c.end, key, coderID, now, now])
          passages.append((source.id, c.start, c.end))
        }
        try self.assignQuoteKeys(db, passages: passages)
      }
      return .imported(source, segments: imported.segments.count)
    }
  }

  /// SQLite ends bound text at a NUL character; a NUL becomes U+FFFD (one scalar for one, so
  /// no offset moves) and the text is stored whole.
  static func storable(_ text: String) -> String {
    guard text.containsByte(0) else { return text }
    var out = String.UnicodeScalarView()
    for u in text.unicodeScalars { out.append(u == "\0" ? "\u{FFFD}" : u) }
    return String(out)
  }

  private func freeID(_ db: Database, _ wanted: String?) throws -> String {
    if let w = wanted?.lowercased(), !w.isEmpty,
      try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE id = ?", arguments: [w]) != true
    {
      return w
    }
    return UUID().uuidString.lowercased()
  }

  /// The name of the source imported from bytes with this SHA-256, if any.
  public func sourceName(sha256: String) throws -> String? {
    try db.read { db in try String.fetchOne(db, sql: "SELECT name FROM source WHERE sha256 = ?", arguments: [sha256]) }
  }

  static func source(from row: Row) -> Source {
    Source(
      id: row["id"], name: row["name"], kind: SourceKind(rawValue: row["kind"]) ?? .document,
      format: row["format"], text: row["text"], language: row["language"],
      originalName: row["original_name"], sha256: row["sha256"], importerVersion: row["importer_version"],
      importedAt: row["imported_at"], serial: row["serial"], number: row["number"],
      attributes: decode([String: String].self, row["attributes"]) ?? [:])
  }

  /// All sources in import order.
  public func sources() throws -> [Source] {
    try db.read { db in
      // Each text read from its pages straight into its string (a large archive's is hundreds
      // of megabytes: read as a column, SQLite gathered it into a buffer of its own and the
      // string was measured and copied from there).
      let rows = try Row.fetchAll(db, sql: "SELECT \(Self.sourceColumnsWithoutText), rowid FROM source ORDER BY serial")
      return try rows.map { row in
        var source = Self.source(from: row)
        source.text = try Self.text(db, ofSourceRow: row["rowid"])
        return source
      }
    }
  }

  /// The text of the source in this row of `source`, read through SQLite's blob API into the
  /// string's own storage (UTF-8 checked once, as any string made of bytes is).
  static func text(_ db: Database, ofSourceRow rowid: Int64) throws -> String {
    try readText(db, rowid, fallback: { $0 }) { count, read in
      var failure: Int32 = SQLITE_OK
      let text = String(unsafeUninitializedCapacity: count) { buffer in
        failure = read(buffer.baseAddress!)
        return failure == SQLITE_OK ? count : 0
      }
      return (text, failure)
    }
  }

  /// The text's UTF-8 bytes as stored, read the same way (nothing checked).
  static func textBytes(_ db: Database, ofSourceRow rowid: Int64) throws -> [UInt8] {
    try readText(db, rowid, fallback: { Array($0.utf8) }) { count, read in
      var failure: Int32 = SQLITE_OK
      let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        failure = read(buffer.baseAddress!)
        initialized = failure == SQLITE_OK ? count : 0
      }
      return (bytes, failure)
    }
  }

  /// Opens the text of a source's row as a blob and has `make` read its `count` bytes (more than
  /// none) into a buffer; a value the blob API cannot read (NULL) is read as a column instead.
  private static func readText<T>(
    _ db: Database, _ rowid: Int64, fallback: (String) -> T,
    _ make: (Int, (UnsafeMutableRawPointer) -> Int32) -> (T, Int32)
  ) throws -> T {
    var blob: OpaquePointer? = nil
    let connection = db.sqliteConnection
    guard sqlite3_blob_open(connection, "main", "source", "text", rowid, 0, &blob) == SQLITE_OK, let blob else {
      if let blob { sqlite3_blob_close(blob) }
      return fallback(try String.fetchOne(db, sql: "SELECT text FROM source WHERE rowid = ?", arguments: [rowid]) ?? "")
    }
    defer { sqlite3_blob_close(blob) }
    let count = Int(sqlite3_blob_bytes(blob))
    guard count > 0 else { return fallback("") }
    let (value, failure) = make(count) { sqlite3_blob_read(blob, $0, Int32(count), 0) }
    guard failure == SQLITE_OK else {
      throw QuireError("could not read a source's text: \(String(cString: sqlite3_errmsg(connection)))")
    }
    return value
  }

  /// The source with this name, id or original file name.
  public func source(named name: String) throws -> Source? {
    try db.read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM source WHERE name = ? OR id = ? OR original_name = ? ORDER BY serial LIMIT 1",
        arguments: [name, name, name]
      ).map(Self.source(from:))
    }
  }

  static func segment(from row: Row) -> Segment {
    Segment(
      ordinal: row["ordinal"], kind: SegmentKind(rawValue: row["kind"]) ?? .paragraph,
      start: row["start_offset"], end: row["end_offset"], lineStart: row["line_start"],
      lineEnd: row["line_end"], speaker: row["speaker"], isInterviewer: row["is_interviewer"],
      timeStart: row["time_start"], timeEnd: row["time_end"],
      tweet: (row["tweet"] as String?).flatMap(TweetInfo.stored))
  }

  /// A source's segments in order; `tweets: false` leaves out the posts' metadata, which most
  /// counting and coding does not need (reading it is most of the cost for an archive).
  public func segments(of sourceID: String, tweets: Bool = true) throws -> [Segment] {
    try db.read { db in try Self.segments(db, of: sourceID, tweets: tweets) }
  }

  static func segments(_ db: Database, of sourceID: String, tweets: Bool) throws -> [Segment] {
    let sql = "SELECT \(Self.segmentColumns(tweets: tweets)) FROM segment WHERE source_serial = (SELECT serial FROM source WHERE id = ?) ORDER BY ordinal"
    var out: [Segment] = []
    let scan = try RawStatement(db, sql)
    scan.bind(1, sourceID)
    while try scan.row() { out.append(scan.segment()) }
    return out
  }

  /// The columns `RawStatement.segment()` reads, in its order: by position, since looking columns
  /// up by name costs more than reading them.
  static func segmentColumns(tweets: Bool = true) -> String {
    "ordinal, kind, start_offset, end_offset, line_start, line_end, speaker, is_interviewer, time_start, time_end, \(tweets ? "tweet" : "NULL")"
  }

  /// One summary per source, for `quire sources`.
  public func sourceSummaries() throws -> [SourceSummary] {
    try db.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT s.name, s.kind, s.format, s.sha256, s.original_name, s.imported_at, length(s.text) AS characters,
            (SELECT COUNT(*) FROM segment g WHERE g.source_serial = s.serial) AS segments,
            (SELECT COUNT(*) FROM segment g WHERE g.source_serial = s.serial AND g.kind = 'tweet') AS tweets,
            (SELECT group_concat(speaker, char(31)) FROM (SELECT DISTINCT speaker FROM segment g
               WHERE g.source_serial = s.serial AND speaker IS NOT NULL ORDER BY ordinal)) AS speakers
          FROM source s ORDER BY s.serial
          """)
      return rows.map { row in
        let kind: String = row["kind"]
        let speakers: String? = row["speakers"]
        return SourceSummary(
          name: row["name"], kind: kind, format: row["format"], segments: row["segments"],
          characters: row["characters"], sha256: row["sha256"],
          tweets: kind == "tweets" ? row["tweets"] : nil,
          speakers: kind == "tweets" ? [] : (speakers?.split(separator: "\u{1F}").map(String.init) ?? []),
          originalName: row["original_name"], importedAt: row["imported_at"])
      }
    }
  }

  /// Cases with their attributes, by name.
  public func cases() throws -> [Case] {
    try db.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: "SELECT c.name, a.key, a.value FROM participant_case c LEFT JOIN case_attribute a ON a.case_id = c.id ORDER BY c.name, a.key")
      var out: [Case] = []
      for row in rows {
        let name: String = row["name"]
        if out.last?.name != name { out.append(Case(name: name)) }
        if let k: String = row["key"], let v: String = row["value"] { out[out.count - 1].attributes[k] = v }
      }
      return out
    }
  }
}

