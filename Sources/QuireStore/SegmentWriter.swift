import Foundation
import GRDB
import GRDBSQLite
import QuireCore

/// Inserts segments through one prepared SQLite statement bound by hand: a million tweets in a
/// few seconds (GRDB's argument arrays cost more than the insert itself at that scale).
enum SegmentWriter {
  /// SQLite copies bound text (`SQLITE_TRANSIENT`).
  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// From this many segments on, an import drops the secondary indexes and builds them again.
  static let bulkThreshold = 50_000

  /// The secondary indexes of `segment`, as the migrations create them.
  static let indexes = [
    "CREATE INDEX IF NOT EXISTS segment_case ON segment(case_id)",
    "CREATE INDEX IF NOT EXISTS segment_end ON segment(source_serial, end_offset)",
  ]

  static func dropIndexes(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX IF EXISTS segment_case; DROP INDEX IF EXISTS segment_end; DROP INDEX IF EXISTS segment_start")
  }

  static func createIndexes(_ db: Database) throws {
    for sql in indexes { try db.execute(sql: sql) }
  }

  static func insert(_ db: Database, sourceSerial: Int, segments: [Segment], cases: [Int64?]) throws {
    let sql = """
      INSERT INTO segment (source_serial, ordinal, kind, start_offset, end_offset, line_start, line_end,
        speaker, is_interviewer, time_start, time_end, case_id, tweet)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    let connection = db.sqliteConnection
    var stmt: OpaquePointer? = nil
    guard sqlite3_prepare_v2(connection, sql, -1, &stmt, nil) == SQLITE_OK, let stmt else {
      throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_errcode(connection)), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
    defer { sqlite3_finalize(stmt) }
    func text(_ i: Int32, _ s: String?) {
      if let s { sqlite3_bind_text(stmt, i, s, -1, transient) } else { sqlite3_bind_null(stmt, i) }
    }
    func real(_ i: Int32, _ d: Double?) {
      if let d { sqlite3_bind_double(stmt, i, d) } else { sqlite3_bind_null(stmt, i) }
    }
    /// The posts' JSON of a run of segments, in one buffer: `ends[k]` is where segment k's
    /// ends (nil when it is no post).
    struct Encoded: @unchecked Sendable {
      var bytes: [UInt8] = []
      var ends: [Int?] = []
    }
    func encode(_ range: Range<Int>) -> Encoded {
      var e = Encoded()
      e.bytes.reserveCapacity(range.count * 200)
      e.ends.reserveCapacity(range.count)
      // Fields read in place: copying a segment or its post would retain each of its strings.
      segments.withUnsafeBufferPointer { segments in
        for i in range {
          let segment = UnsafeMutablePointer(mutating: segments.baseAddress! + i)
          e.ends.append(segment.pointee.tweet.appendJSONInPlace(to: &e.bytes, stored: true) ? e.bytes.count : nil)
        }
      }
      return e
    }
    // Bound values last across resets: the source, and a kind or speaker the row before had, are
    // bound once; the posts' JSON is bound in place from the run's buffer.
    sqlite3_bind_int64(stmt, 1, Int64(sourceSerial))
    var boundKind: SegmentKind? = nil
    var boundSpeaker: String?? = .none
    // The values most rows share (a post is no interviewer's and has no time; an archive's rows
    // link to one case): bound again only when they change.
    var boundInterviewer: Bool? = nil
    var timesBound = false
    var boundStart: Double? = nil, boundEnd: Double? = nil
    var boundCase: Int64?? = .none
    func insert(_ range: Range<Int>, _ encoded: Encoded) throws {
      try encoded.bytes.withUnsafeBufferPointer { json in
        try segments.withUnsafeBufferPointer { segments in
          var from = 0
          for (k, n) in range.enumerated() {
            let seg = UnsafePointer(segments.baseAddress! + n)
            sqlite3_reset(stmt)
            sqlite3_bind_int64(stmt, 2, Int64(seg.pointee.ordinal))
            if boundKind != seg.pointee.kind {
              text(3, seg.pointee.kind.rawValue)
              boundKind = seg.pointee.kind
            }
            sqlite3_bind_int64(stmt, 4, Int64(seg.pointee.start))
            sqlite3_bind_int64(stmt, 5, Int64(seg.pointee.end))
            sqlite3_bind_int64(stmt, 6, Int64(seg.pointee.lineStart))
            sqlite3_bind_int64(stmt, 7, Int64(seg.pointee.lineEnd))
            if boundSpeaker != .some(seg.pointee.speaker) {
              text(8, seg.pointee.speaker)
              boundSpeaker = .some(seg.pointee.speaker)
            }
            if boundInterviewer != seg.pointee.isInterviewer {
              sqlite3_bind_int64(stmt, 9, seg.pointee.isInterviewer ? 1 : 0)
              boundInterviewer = seg.pointee.isInterviewer
            }
            if !timesBound || boundStart != seg.pointee.timeStart || boundEnd != seg.pointee.timeEnd {
              real(10, seg.pointee.timeStart)
              real(11, seg.pointee.timeEnd)
              (boundStart, boundEnd, timesBound) = (seg.pointee.timeStart, seg.pointee.timeEnd, true)
            }
            if boundCase != .some(cases[n]) {
              if let c = cases[n] { sqlite3_bind_int64(stmt, 12, c) } else { sqlite3_bind_null(stmt, 12) }
              boundCase = .some(cases[n])
            }
            if let end = encoded.ends[k] {
              let p = UnsafeRawPointer(json.baseAddress! + from).assumingMemoryBound(to: CChar.self)
              sqlite3_bind_text(stmt, 13, p, Int32(end - from), nil)
              from = end
            } else {
              sqlite3_bind_null(stmt, 13)
            }
            let rc = sqlite3_step(stmt)
            guard rc == SQLITE_DONE else {
              throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
            }
          }
        }
      }
    }
    // A large archive: the next run of posts is encoded on the other core while this one goes
    // into SQLite (a fifth of the work, done beside it).
    let chunk = 8192
    guard segments.count > 2 * chunk, ProcessInfo.processInfo.activeProcessorCount > 1 else {
      try insert(0..<segments.count, encode(0..<segments.count))
      return
    }
    final class Next: @unchecked Sendable { var encoded = Encoded() }
    var current = encode(0..<chunk)
    var start = 0
    while start < segments.count {
      let end = min(segments.count, start + chunk)
      let next = Next()
      let group = DispatchGroup()
      let following = end..<min(segments.count, end + chunk)
      if !following.isEmpty {
        nonisolated(unsafe) let work = encode
        DispatchQueue.global().async(group: group) { next.encoded = work(following) }
      }
      try insert(start..<end, current)
      group.wait()
      current = next.encoded
      start = end
    }
  }
}

/// A prepared SQLite statement bound by hand, for the few writes that run hundreds of thousands
/// of times (suggestions, quote keys): GRDB's argument arrays cost more than the insert itself.
final class RawStatement {
  private let stmt: OpaquePointer
  private let connection: OpaquePointer?
  private let sql: String

  init(_ db: Database, _ sql: String) throws {
    connection = db.sqliteConnection
    self.sql = sql
    var prepared: OpaquePointer? = nil
    guard sqlite3_prepare_v2(connection, sql, -1, &prepared, nil) == SQLITE_OK, let prepared else {
      throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_errcode(connection)), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
    stmt = prepared
  }

  deinit { sqlite3_finalize(stmt) }

  func reset() {
    sqlite3_reset(stmt)
    sqlite3_clear_bindings(stmt)
  }

  /// Resets the statement for its next run, leaving its bound values in place.
  func resetKeepingBindings() {
    sqlite3_reset(stmt)
  }

  /// Binds UTF-8 text without SQLite copying it: the bytes must stay where they are until the
  /// statement has run.
  func bindInPlace(_ i: Int32, _ b: UnsafeBufferPointer<UInt8>) { bindUTF8(i, b, copied: false) }

  /// Binds UTF-8 text, copied by SQLite (the bytes may change once this returns).
  func bindCopy(_ i: Int32, _ b: UnsafeBufferPointer<UInt8>) { bindUTF8(i, b, copied: true) }

  private func bindUTF8(_ i: Int32, _ b: UnsafeBufferPointer<UInt8>, copied: Bool) {
    let p = UnsafeRawPointer(b.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
    sqlite3_bind_text64(stmt, i, p, sqlite3_uint64(b.count), copied ? SegmentWriter.transient : nil, UInt8(SQLITE_UTF8))
  }

  func bind(_ i: Int32, _ s: String?) {
    // With its length: text holding a NUL is stored whole.
    if let s { sqlite3_bind_text(stmt, i, s, Int32(s.utf8.count), SegmentWriter.transient) } else { sqlite3_bind_null(stmt, i) }
  }

  func bind(_ i: Int32, _ v: Int?) {
    if let v { sqlite3_bind_int64(stmt, i, Int64(v)) } else { sqlite3_bind_null(stmt, i) }
  }

  func step() throws {
    let rc = sqlite3_step(stmt)
    guard rc == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
  }

  /// Steps a query: true when a row is ready to read, false when there are no more.
  func row() throws -> Bool {
    let rc = sqlite3_step(stmt)
    if rc == SQLITE_ROW { return true }
    guard rc == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
    return false
  }

  /// Column `i` (from 0) of the current row as text; nil when NULL.
  func text(_ i: Int32) -> String? {
    guard sqlite3_column_type(stmt, i) != SQLITE_NULL, let p = sqlite3_column_text(stmt, i) else { return nil }
    let n = Int(sqlite3_column_bytes(stmt, i))
    return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
  }

  /// Column `i` (from 0) of the current row as an integer.
  /// A text column's UTF-8 bytes, as stored (no String made, nothing checked).
  func bytes(_ i: Int32) -> [UInt8] {
    guard let p = sqlite3_column_text(stmt, i) else { return [] }
    return Array(UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, i))))
  }

  func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(stmt, i)) }

  /// Column `i` (from 0) of the current row as an integer; nil when NULL.
  func optionalInt(_ i: Int32) -> Int? {
    sqlite3_column_type(stmt, i) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(stmt, i))
  }

  /// Column `i` as text, the same String each time the same text comes again (codes, coders,
  /// statuses repeat over hundreds of thousands of rows); nil when NULL.
  func text(_ i: Int32, interning strings: inout Interner) -> String? {
    guard sqlite3_column_type(stmt, i) != SQLITE_NULL, let p = sqlite3_column_text(stmt, i) else { return nil }
    return strings.string(UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, i))))
  }

  /// Column `i` (from 0) of the current row as a number; nil when NULL.
  func double(_ i: Int32) -> Double? {
    sqlite3_column_type(stmt, i) == SQLITE_NULL ? nil : sqlite3_column_double(stmt, i)
  }

  /// The author name of the post in column `i` (JSON as `TweetInfo` writes it), read from its
  /// bytes when it is plain (`"n":"…"`, or `"authorName":"…"` as stored before; no escape), by
  /// parsing the post otherwise; nil for no post or JSON that is not one.
  func postAuthorName(column i: Int32, interning strings: inout Interner) -> String? {
    guard sqlite3_column_type(stmt, i) != SQLITE_NULL, let p = sqlite3_column_text(stmt, i) else { return nil }
    let json = UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, i)))
    if let name = Self.plainValue(of: TweetInfo.Stored.nameKey, in: json) ?? Self.plainValue(of: "\"authorName\":\"", in: json) {
      return strings.string(name)
    }
    let text = String(decoding: json, as: UTF8.self)
    return TweetInfo.stored(text)?.authorName
  }

  /// The post in column `i` with only its author's handle and name (read from the JSON's bytes
  /// when they hold no escape, else from the whole post), or nil when there is none.
  func postAuthors(column i: Int32, interning strings: inout Interner) -> TweetInfo? {
    guard sqlite3_column_type(stmt, i) != SQLITE_NULL, let p = sqlite3_column_text(stmt, i) else { return nil }
    let json = UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, i)))
    if let handle = Self.plainValue(of: TweetInfo.Stored.handleKey, in: json) ?? Self.plainValue(of: "\"authorHandle\":\"", in: json),
      let name = Self.plainValue(of: TweetInfo.Stored.nameKey, in: json) ?? Self.plainValue(of: "\"authorName\":\"", in: json)
    {
      return TweetInfo(id: "", authorHandle: strings.string(handle), authorName: strings.string(name), createdAt: "", url: "")
    }
    guard let post = TweetInfo.stored(String(decoding: json, as: UTF8.self)) else { return nil }
    return TweetInfo(id: "", authorHandle: post.authorHandle, authorName: post.authorName, createdAt: "", url: "")
  }

  /// The bytes of the string value after `key` (which ends with the value's opening quote), when
  /// the key is there and the value has no escape. A key's quote is never escaped, and inside a
  /// string every quote is: the first match is the key.
  static func plainValue(of key: StaticString, in json: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    guard let base = json.baseAddress else { return nil }
    let k = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
    var i = 0
    while i + k.count <= json.count {
      guard let hit = memchr(base + i, Int32(k[0]), json.count - i - k.count + 1) else { return nil }
      let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
      if memcmp(base + at, k.baseAddress!, k.count) == 0 {
        let start = at + k.count
        var end = start
        while end < json.count, json[end] != 0x22 {
          if json[end] == 0x5C { return nil }
          end += 1
        }
        return end < json.count ? UnsafeBufferPointer(rebasing: json[start..<end]) : nil
      }
      i = at + 1
    }
    return nil
  }

  /// The segment in the current row, its columns as `ProjectStore.segmentColumns` lists them;
  /// without its post unless `post` (`text(10)` is the post's JSON).
  func segment(post: Bool = true) -> Segment {
    var kind = SegmentKind.paragraph
    // The kind without making a String of it for the common ones.
    if let p = sqlite3_column_text(stmt, 1) {
      let n = Int(sqlite3_column_bytes(stmt, 1))
      let b = UnsafeBufferPointer(start: p, count: n)
      if b.equals("tweet") {
        kind = .tweet
      } else if b.equals("turn") {
        kind = .turn
      } else {
        kind = SegmentKind(rawValue: String(decoding: b, as: UTF8.self)) ?? .paragraph
      }
    }
    return Segment(
      ordinal: int(0), kind: kind, start: int(2), end: int(3), lineStart: int(4), lineEnd: int(5), speaker: text(6),
      isInterviewer: int(7) != 0, timeStart: double(8), timeEnd: double(9),
      tweet: post ? text(10).flatMap(TweetInfo.stored) : nil)
  }
}

/// Strings made once per distinct text, found again by a hash of their bytes.
struct Interner {
  private var known: [UInt64: String] = [:]

  mutating func string(_ b: UnsafeBufferPointer<UInt8>) -> String {
    // FNV-1a.
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in b { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
    if var s = known[h], s.withUTF8({ $0.count == b.count && (b.isEmpty || memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0) }) {
      return s
    }
    let s = String(decoding: b, as: UTF8.self)
    if known[h] == nil { known[h] = s }
    return s
  }
}

extension TweetInfo {
  /// A post as stored in a segment: the JSON `appendJSON(stored: true)` writes (or, before, with
  /// long keys), read without `JSONDecoder`, or
  /// an older project's `Codable` JSON; nil when it is neither.
  static func stored(_ json: String) -> TweetInfo? {
    TweetInfo(json: json) ?? ProjectStore.decode(TweetInfo.self, json)
  }
}
