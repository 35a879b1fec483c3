import CSQLiteConfig
import Foundation
import GRDB
import QuireCore

/// The project file: one SQLite database (WAL, foreign keys on) holding sources, segments,
/// cases, the codebook, coders, codings and quote keys. Large imports and coding runs write
/// through a rollback journal for their one transaction (`bulkWrite`).
///
/// ```swift
/// let store = try ProjectStore.create(at: "study.quire")
/// ```
public final class ProjectStore: @unchecked Sendable {
  public let path: String
  let db: DatabasePool
  /// Imports and coding runs of at least this many segments write through a rollback journal
  /// (see `bulkWrite`).
  public var largeWriteFrom = SegmentWriter.bulkThreshold
  /// The journal the last bulk write went through: `delete` (a rollback journal) or `wal`.
  public private(set) var lastBulkJournal = ""

  private init(path: String, pool: DatabasePool) {
    self.path = path
    self.db = pool
  }

  /// A new file's pages are 16 KiB (SQLite's default is 4 KiB): a million-tweet import writes
  /// and checkpoints a quarter as many pages (its commit 2.0–2.5 s → 1.6 s, its index build
  /// 1.2 → 1.0 s), and nothing read here got slower. An existing file keeps its page size.
  static let pageSize = 16384

  /// SQLite's page cache for a large write (an import of 50,000 segments or more, a coding run),
  /// in KiB as `PRAGMA cache_size` takes it: 4 MB. A large cache (256 MB) was meant to keep
  /// pages from spilling before the commit, but every page of it is fresh memory the system must
  /// fault in, and the commit then writes it all at once; with a small one the pages go to the
  /// file as the write goes. Alternated, at a million tweets, 256 → 16 MB: the import 6.29–6.62 →
  /// 5.75–5.88 s (commit 0.55–0.75 → 0.11–0.15 s), the 50-theme coding 4.44–4.96 → 3.78–4.15 s
  /// (peak 550 → 280 MB), the 500-theme coding 9.20/9.82 → 8.66/8.86 s, through the write-ahead
  /// log too; 16 → 4 MB: no slower (import 5.81–7.88 → 5.84–6.35 s, coding 3.89–4.05 → 3.73–3.94
  /// s), and `quire code`'s peak 254–279 → 246–248 MB.
  static let bulkCacheSize = -4096

  /// SQLite's page cache otherwise: 64 MB.
  static let defaultCacheSize = -65536

  /// SQLite's process-wide settings, made once before its first use (`quire_sqlite_configure`):
  /// no mutex per connection, none around its allocations. Storing a million tweets' codings
  /// took and released those mutexes for every value bound and read.
  static let sqliteConfigured: Int32 = quire_sqlite_configure()

  static func configuration(creating: Bool = false) -> Configuration {
    _ = sqliteConfigured
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(5)
    config.prepareDatabase { db in
      // Only takes effect before the first page is written, so before WAL is set up.
      if creating { try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
      // With WAL, NORMAL never corrupts the file; at worst a crash loses the last commit.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA cache_size = \(Self.defaultCacheSize)")
    }
    return config
  }

  /// Creates a new project file; an existing file is an error.
  public static func create(at path: String) throws -> ProjectStore {
    if FileManager.default.fileExists(atPath: path) {
      throw QuireError("a file already exists here; choose another path or open it", at: SourceLocation(file: path))
    }
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty && !FileManager.default.fileExists(atPath: dir) {
      throw QuireError("the folder does not exist", at: SourceLocation(file: dir))
    }
    let pool = try DatabasePool(path: path, configuration: configuration(creating: true))
    try Schema.migrator.migrate(pool)
    try pool.write { db in
      try db.execute(sql: "INSERT INTO project_info (key, value) VALUES ('created_at', ?), ('format', 'quire-project 1')", arguments: [Self.now()])
    }
    return ProjectStore(path: path, pool: pool)
  }

  /// Opens an existing project file, applying any newer migrations.
  public static func open(at path: String) throws -> ProjectStore {
    guard FileManager.default.fileExists(atPath: path) else {
      throw QuireError("no project here: run `quire init` first, or pass --project PATH", at: SourceLocation(file: path))
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: configuration())
      let isProject = try pool.read { db in try db.tableExists("project_info") }
      guard isProject else {
        throw QuireError("not a Quire project file", at: SourceLocation(file: path))
      }
      try Schema.migrator.migrate(pool)
    } catch let e as QuireError {
      throw e
    } catch {
      throw QuireError("cannot open the project file: \(error)", at: SourceLocation(file: path))
    }
    return ProjectStore(path: path, pool: pool)
  }

  /// One write transaction with foreign-key checks off, for bulk rows whose parents this
  /// transaction made or read itself (a source's segments, the engine's codings): SQLite would
  /// otherwise look up each row's source, code and coder again. Nothing here deletes a parent,
  /// so no cascade is missed.
  ///
  /// A `large` transaction goes through a rollback journal rather than the write-ahead log when
  /// no other connection has the file open (`leaveWAL`): a million-tweet import writes half a
  /// gigabyte of new pages, which the log would hold and then copy into the file, each copy
  /// synced; a rollback journal holds only the pages that existed before, and the new pages are
  /// written once (a million tweets: storing 5.8 → 4.5 s). Not for small ones: a rollback
  /// journal syncs the file at every commit, where the log does not (200 transcripts imported
  /// one transaction each: 1.1 → 1.5 s).
  func bulkWrite<T>(large: Bool = false, _ body: (Database) throws -> T) throws -> T {
    // Idle read-only connections are closed, so that the writer may leave WAL for a moment.
    if large { db.invalidateReadOnlyConnections() }
    return try db.writeWithoutTransaction { db in
      let journal = large && Self.leaveWAL(db)
      lastBulkJournal = journal ? "delete" : "wal"
      if Self.timingEnabled { FileHandle.standardError.write(Data("timing:   journal \(lastBulkJournal)\n".utf8)) }
      defer { if journal { Self.returnToWAL(db) } }
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
      var result: T? = nil
      var commitStart = ContinuousClock.now
      try db.inTransaction {
        result = try body(db)
        commitStart = ContinuousClock.now
        return .commit
      }
      Self.timing("commit", since: commitStart)
      return result!
    }
  }

  /// Switches the file to a rollback journal for the next transaction, when no other connection
  /// has it open (else it stays in WAL, and the transaction goes through the log as usual). With
  /// `synchronous = FULL`, as SQLite advises for a rollback journal: a transaction is then as
  /// safe from a crash or a power cut as through the log.
  static func leaveWAL(_ db: Database) -> Bool {
    guard ProcessInfo.processInfo.environment["QUIRE_KEEP_WAL"] == nil,
      let mode = try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE"), mode.lowercased() == "delete"
    else { return false }
    try? db.execute(sql: "PRAGMA synchronous = FULL")
    return true
  }

  /// Back to WAL after `leaveWAL` (a file left in a rollback journal by a crash is put back in
  /// WAL, after SQLite rolls the journal back, when it is next opened).
  static func returnToWAL(_ db: Database) {
    _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    try? db.execute(sql: "PRAGMA synchronous = NORMAL")
  }

  /// The time now in UTC, as ISO 8601 (`2026-11-27T13:20:23Z`): what `ISO8601DateFormatter`
  /// writes, without making one (costly) each time.
  static func now() -> String {
    var t = time_t(Date().timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&t, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }

  /// `QUIRE_TIMING=1`: how long each step of storing took, on standard error.
  static let timingEnabled = ProcessInfo.processInfo.environment["QUIRE_TIMING"] != nil

  static func timing(_ label: String, _ d: Duration) {
    guard timingEnabled else { return }
    FileHandle.standardError.write(Data("timing:   \(label) \(d)\n".utf8))
  }

  static func timing(_ label: String, since start: ContinuousClock.Instant) {
    guard timingEnabled else { return }
    FileHandle.standardError.write(Data("timing:   \(label) \(ContinuousClock.now - start)\n".utf8))
  }

  static func json<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
    guard let text, let data = text.data(using: .utf8) else { return nil }
    return try? JSONDecoder().decode(type, from: data)
  }
}
