import Foundation
import GRDB
import QuireCore

/// Which codings become quotes.
public struct QuoteFilter: Sendable {
  /// Code keys or names; each includes its children. Empty means every code.
  public var codes: [String] = []
  /// Statuses to include; by default suggested and accepted (rejected left out).
  public var statuses: Set<CodingStatus> = [.suggested, .accepted]
  public var coder: String? = nil
  public var source: String? = nil
  /// Whether quotes carry their evidence (the rules and matched words); tables that show no
  /// evidence leave it unread.
  public var evidence = true
  public init(codes: [String] = [], statuses: Set<CodingStatus> = [.suggested, .accepted], coder: String? = nil, source: String? = nil) {
    self.codes = codes
    self.statuses = statuses
    self.coder = coder
    self.source = source
  }
}

extension ProjectStore {
  /// The quotes for a filter, in codebook order, then source order, then position.
  public func quotes(_ filter: QuoteFilter = QuoteFilter()) throws -> [Quote] {
    try quotes(filter, codebook: try codebook())
  }

  /// `quotes(filter)` with the project's codebook already read (a 500-theme codebook takes a
  /// tenth of a second to read).
  public func quotes(_ filter: QuoteFilter, codebook: Codebook?) throws -> [Quote] {
    guard let codebook else { return [] }
    var runs = try makeQuotes(filter, codebook: codebook, empty: QuoteArrays(themes: max(1, codebook.themes.count)))
    // Theme by theme in codebook order; within a theme, as made: by source, then place.
    let t0 = ContinuousClock.now
    // The quotes are moved, not copied: a copy retains each of a quote's strings, and freeing
    // the buckets released them all again.
    let themeCount = max(1, codebook.themes.count)
    let total = runs.reduce(0) { $0 + $1.count }
    let placeholder = Quote(
      key: "", codeKey: "", codeName: "", codePath: "", text: "", sourceID: "", sourceName: "", sourceKind: .document,
      sourceNumber: 0, segmentOrdinal: nil, speaker: nil, attribution: "", start: 0, end: 0, lineStart: 0, lineEnd: 0,
      timeStart: nil, location: "", citation: "", status: .suggested, coder: "", origin: .rule, evidence: [], tweet: nil)
    let out = [Quote](unsafeUninitializedCapacity: total) { buffer, count in
      count = 0
      for k in 0..<themeCount {
        for r in runs.indices {
          var bucket = runs[r].buckets[k]
          runs[r].buckets[k] = []
          bucket.withUnsafeMutableBufferPointer { source in
            guard let from = source.baseAddress, source.count > 0 else { return }
            (buffer.baseAddress! + count).moveInitialize(from: from, count: source.count)
            // What the bucket frees in their place holds nothing to release.
            source.initialize(repeating: placeholder)
            count += source.count
          }
        }
      }
    }
    Self.timing("ordered", since: t0)
    return out
  }

  /// The quotes for a filter as table rows, each rendered by `row` as soon as it is made (on
  /// two cores for a large source), in the order `quotes` gives them: for a large table
  /// written straight to a file, no `Quote` is kept. `row` appends one row's bytes.
  public func quoteRows(
    _ filter: QuoteFilter, codebook: Codebook?, row: @escaping @Sendable (Quote, inout [UInt8]) -> Void
  ) throws -> RenderedQuotes {
    guard let codebook else { return RenderedQuotes(runs: [], themes: 0) }
    let themes = max(1, codebook.themes.count)
    let runs = try makeQuotes(filter, codebook: codebook, empty: RenderedRows(themes: themes, render: row))
    return RenderedQuotes(runs: runs, themes: themes)
  }

  /// The quotes for a filter, made into buckets by their theme's place in the codebook: one
  /// value of `empty`'s kind for each run (a source, or a half of a large one), in order.
  private func makeQuotes<Buckets: QuoteBuckets>(_ filter: QuoteFilter, codebook: Codebook, empty: Buckets) throws -> [Buckets] {
    var wanted: Set<String>? = nil
    if !filter.codes.isEmpty {
      var keys = Set<String>()
      for c in filter.codes {
        guard let theme = codebook.themes.first(where: { $0.key == c || $0.name.lowercased() == c.lowercased() }) else {
          let known = codebook.themes.map(\.key).joined(separator: ", ")
          throw QuireError("no code '\(c)' in the codebook: expected one of \(known)")
        }
        keys.insert(theme.key)
        // Children, grandchildren…
        var frontier = [theme.key]
        while let k = frontier.popLast() {
          for child in codebook.themes where child.parentKey == k && keys.insert(child.key).inserted {
            frontier.append(child.key)
          }
        }
      }
      wanted = keys
    }
    let position = Dictionary(uniqueKeysWithValues: codebook.themes.enumerated().map { ($1.key, $0) })
    let themeByKey = Dictionary(codebook.themes.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    return try db.read { db in
      // Source by source in their order, each one's codings in text order straight from the
      // coding index (one sort of every coding of the project cost more than reading them), by
      // column position.
      var sourceSQL = "SELECT id FROM source s"
      var sourceArgs: [String] = []
      if let source = filter.source {
        sourceSQL += " WHERE s.name = ? OR s.original_name = ? OR s.id = ?"
        sourceArgs = [source, source, source]
      }
      let sourceIDs = try String.fetchAll(db, sql: sourceSQL + " ORDER BY s.serial", arguments: StatementArguments(sourceArgs))
      // Coders by id, and each source's quote keys in the same order as its codings, merged
      // in here: a join looked both up again for every coding.
      var coders: [Int: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, name FROM coder") { coders[row[0]] = row[1] }
      var sql = """
        SELECT c.segment_ordinal, c.start_offset, c.end_offset, c.code_key, c.status, c.origin,
          \(filter.evidence ? "c.evidence" : "NULL"), c.coder_id
        FROM coding c
        WHERE c.source_serial = (SELECT serial FROM source WHERE id = ?)
        """
      if filter.coder != nil { sql += " AND c.coder_id IN (SELECT id FROM coder WHERE name = ?)" }
      sql += " ORDER BY c.start_offset, c.end_offset"
      let keyScan = try RawStatement(
        db, "SELECT start_offset, end_offset, key FROM quote WHERE source_serial = (SELECT serial FROM source WHERE id = ?) ORDER BY start_offset, end_offset")
      typealias Found = QuoteMaker.Row
      // The codings wanted, grouped by source.
      var bySource: [String: [Found]] = [:]
      var sourceOrder: [String] = []
      var t0 = ContinuousClock.now
      let cursor = try RawStatement(db, sql)
      var strings = Interner()
      for sourceID in sourceIDs {
        cursor.reset()
        cursor.bind(1, sourceID)
        if let coder = filter.coder { cursor.bind(2, coder) }
        var found: [Found] = []
        keyScan.reset()
        keyScan.bind(1, sourceID)
        var key: (start: Int, end: Int, key: String)? = nil
        var keysLeft = true
        /// The quote key of the passage, the keys read on in step with the codings.
        func quoteKey(_ start: Int, _ end: Int) throws -> String? {
          while keysLeft {
            if let k = key, (k.start, k.end) >= (start, end) { break }
            if try keyScan.row() {
              key = (keyScan.int(0), keyScan.int(1), keyScan.text(2) ?? "")
            } else {
              keysLeft = false
              key = nil
            }
          }
          guard let k = key, k.start == start, k.end == end else { return nil }
          return k.key
        }
        while try cursor.row() {
          guard let codeKey = cursor.text(3, interning: &strings), themeByKey[codeKey] != nil else { continue }
          if let wanted, !wanted.contains(codeKey) { continue }
          guard let status = cursor.text(4, interning: &strings).flatMap(CodingStatus.init(rawValue:)), filter.statuses.contains(status)
          else { continue }
          found.append(
            Found(
              ordinal: cursor.optionalInt(0), start: cursor.int(1), end: cursor.int(2), codeKey: codeKey, status: status,
              origin: cursor.text(5, interning: &strings) ?? "", evidence: cursor.text(6), coder: coders[cursor.int(7)] ?? "",
              quoteKey: try quoteKey(cursor.int(1), cursor.int(2))))
        }
        if !found.isEmpty {
          sourceOrder.append(sourceID)
          bySource[sourceID] = found
        }
      }
      Self.timing("read codings", since: t0)
      // Summed over the sources, printed once.
      var placesTime = Duration.zero
      var madeTime = Duration.zero
      var segmentTime = Duration.zero
      // The quotes of each theme, by its place in the codebook, in runs (a run per source, or
      // per half of a large one), the runs in order.
      var runs: [Buckets] = []
      let segmentByOrdinal = try RawStatement(db, "SELECT \(Self.segmentColumns()) FROM segment WHERE source_serial = ? AND ordinal = ?")
      let segmentRange = try RawStatement(
        db, "SELECT \(Self.segmentColumns()) FROM segment WHERE source_serial = ? AND ordinal BETWEEN ? AND ? ORDER BY ordinal")
      let segmentAt = try RawStatement(
        db, "SELECT \(Self.segmentColumns()) FROM segment WHERE source_serial = ? AND end_offset > ? ORDER BY end_offset LIMIT 1")
      let paths = Dictionary(uniqueKeysWithValues: codebook.themes.map { ($0.key, codebook.path(of: $0.key)) })
      var maker = QuoteMaker(
        themes: themeByKey.mapValues { QuoteMaker.ThemeInfo(name: $0.name, path: paths[$0.key] ?? $0.name, position: position[$0.key] ?? 0) },
        evidence: filter.evidence)
      // Every source's quotes made in pieces (a large source's in eight, any other whole) as one
      // line: this thread reads each piece's segments and hands it over, and the other core
      // makes the pieces in order as they come (this one too, once all are read). Each piece's
      // quotes of a theme are put after those of the pieces before it.
      let piecesOf = sourceOrder.map { (bySource[$0]?.count ?? 0) >= 20_000 ? 8 : 1 }
      let twoCores = ProcessInfo.processInfo.activeProcessorCount > 1
      let line = QuotePipeline(pieces: piecesOf.reduce(0, +), empty: empty, ahead: twoCores ? 16 : nil)
      let worker = DispatchGroup()
      nonisolated(unsafe) let first = maker
      if twoCores { DispatchQueue.global().async(group: worker) { line.work(first) } }
      var nextPiece = 0
      let readStart = ContinuousClock.now
      do {
        defer { line.close() }
        for (n, sourceID) in sourceOrder.enumerated() {
          let pieceStart = nextPiece
          nextPiece += piecesOf[n]
          // The source without its text, and the text's bytes as stored, read from its pages
          // straight into one array: a String of a large archive's text was checked and copied
          // again for nothing, and a column read gathered it into SQLite's buffer first.
          guard let rows = bySource[sourceID],
            let srow = try Row.fetchOne(db, sql: "SELECT \(Self.sourceColumnsWithoutText), rowid FROM source WHERE id = ?", arguments: [sourceID])
          else { continue }
          let source = Self.source(from: srow)
          let bytes = try Self.textBytes(db, ofSourceRow: srow["rowid"])
          // One pass over the text finds the byte offset and line of every passage boundary.
          var needed: [Int] = []
          needed.reserveCapacity(rows.count * 3)
          for row in rows { needed += [row.start, row.end, max(row.start, row.end - 1)] }
          t0 = ContinuousClock.now
          let places = Self.places(of: needed, in: bytes)
          placesTime += ContinuousClock.now - t0
          // The coded segments. Codings come in text order, and so do segments: when there are
          // many, one ordered scan runs beside them, decoding only the segments coded and holding
          // one at a time; a segment out of that order, or a few codings, are looked up one by one.
          // Segments are read without their posts, the post's JSON kept beside: the quotes are
          // made on two cores, and so the posts are parsed there.
          var current: (segment: Segment, post: String?)? = nil
          var scanning = false
          var scanned = Int.min
          if rows.count > 64 {
            let ordinals = rows.compactMap(\.ordinal)
            if let low = ordinals.min(), let high = ordinals.max() {
              segmentRange.reset()
              segmentRange.bind(1, source.serial)
              segmentRange.bind(2, low)
              segmentRange.bind(3, high)
              scanning = true
            }
          }
          func codedSegment(ordinal: Int) throws -> (segment: Segment, post: String?)? {
            if let c = current, c.segment.ordinal == ordinal { return c }
            if scanning && ordinal > scanned {
              while try segmentRange.row() {
                scanned = segmentRange.int(0)
                if scanned == ordinal {
                  current = (segmentRange.segment(post: false), segmentRange.text(10))
                  return current
                }
                if scanned > ordinal { break }
              }
              if scanned < ordinal { scanning = false }
            }
            segmentByOrdinal.reset()
            segmentByOrdinal.bind(1, source.serial)
            segmentByOrdinal.bind(2, ordinal)
            guard try segmentByOrdinal.row() else { return nil }
            current = (segmentByOrdinal.segment(post: false), segmentByOrdinal.text(10))
            return current
          }
          /// First the database: the segment of each coding of `range`, in order.
          func readSegments(_ range: Range<Int>) throws -> (segments: [Segment?], posts: [String?]) {
            let t0 = ContinuousClock.now
            defer { segmentTime += ContinuousClock.now - t0 }
            var segments: [Segment?] = []
            var posts: [String?] = []
            segments.reserveCapacity(range.count)
            posts.reserveCapacity(range.count)
            for row in rows[range] {
              var segment: (segment: Segment, post: String?)? = nil
              if let ordinal = row.ordinal { segment = try codedSegment(ordinal: ordinal) }
              if segment == nil {
                segmentAt.reset()
                segmentAt.bind(1, source.serial)
                segmentAt.bind(2, row.start)
                if try segmentAt.row() {
                  let candidate = segmentAt.segment(post: false)
                  if candidate.start < max(row.end, row.start + 1) { segment = (candidate, segmentAt.text(10)) }
                }
              }
              segments.append(segment?.segment)
              posts.append(segment?.post)
            }
            return (segments, posts)
          }
          // Then the quotes, without it, on whichever core is free.
          let pieces = piecesOf[n]
          let bounds = (0...pieces).map { rows.count * $0 / pieces }
          for k in 0..<pieces {
            let range = bounds[k]..<bounds[k + 1]
            let (segments, posts) = try readSegments(range)
            let part = pieces == 1 ? rows : Array(rows[range])
            line.put(pieceStart + k, QuoteMaker.Input(rows: part, segments: segments, posts: posts, source: source, bytes: bytes, places: places))
          }
        }
      }
      let readTime = ContinuousClock.now - readStart
      line.work(maker)
      worker.wait()
      runs = line.made()
      madeTime = ContinuousClock.now - readStart - readTime
      if Self.timingEnabled {
        FileHandle.standardError.write(Data("timing:   places \(placesTime)\ntiming:   segments read \(segmentTime)\ntiming:   quotes made \(madeTime)\n".utf8))
      }
      return runs
    }
  }

  /// A source's columns with an empty text in place of its own, for `source(from:)`.
  static let sourceColumnsWithoutText = """
    id, name, kind, format, '' AS text, language, original_name, sha256, importer_version, imported_at, serial, number,
    attributes
    """

  /// Scalar offsets with their UTF-8 byte offset and 1-based line, looked up by binary search.
  struct Places {
    var offsets: [Int] = []
    var bytes: [Int] = []
    var lines: [Int] = []

    subscript(_ offset: Int) -> (byte: Int, line: Int)? {
      var lo = 0
      var hi = offsets.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if offsets[mid] < offset { lo = mid + 1 } else { hi = mid }
      }
      guard lo < offsets.count, offsets[lo] == offset else { return nil }
      return (bytes[lo], lines[lo])
    }
  }

  /// For each scalar offset asked for: its UTF-8 byte offset and 1-based line, in one pass.
  static func places(of offsets: [Int], in bytes: [UInt8]) -> Places {
    var wanted = offsets.sorted()
    var unique = 0
    for v in wanted where unique == 0 || wanted[unique - 1] != v {
      wanted[unique] = v
      unique += 1
    }
    wanted.removeLast(wanted.count - unique)
    var out = Places()
    out.offsets = wanted
    out.bytes.reserveCapacity(wanted.count)
    out.lines.reserveCapacity(wanted.count)
    var next = 0
    var scalar = 0
    var line = 1
    var i = 0
    bytes.withUnsafeBufferPointer { b in
      guard let p = b.baseAddress else { return }
      while next < wanted.count {
        // Record every wanted offset that starts here.
        while next < wanted.count, wanted[next] <= scalar {
          out.bytes.append(i)
          out.lines.append(line)
          next += 1
        }
        guard next < wanted.count, i < b.count else { break }
        // Far from the next wanted offset: eight bytes at a time, counting the scalars that
        // start in them and their line feeds (no scalar that starts there can be the one wanted).
        let target = wanted[next]
        if target - scalar >= 8, i + 8 <= b.count {
          while target - scalar >= 8, i + 8 <= b.count {
            let w = SWAR.load(p + i)
            scalar += 8 - SWAR.continuation(w).nonzeroBitCount
            line += SWAR.equal(w, 0x0A).nonzeroBitCount
            i += 8
          }
          while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }  // the rest of a scalar cut by the word
          continue
        }
        if b[i] == 0x0A { line += 1 }
        i += 1
        while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }  // continuation bytes
        scalar += 1
      }
    }
    while next < wanted.count {
      out.bytes.append(bytes.count)
      out.lines.append(line)
      next += 1
    }
    return out
  }

  /// The segments around a passage: `radius` before and after, for reading a quote in context.
  public func context(sourceID: String, start: Int, end: Int, radius: Int = 1) throws -> PassageContext {
    try contexts(for: [(sourceID, start, end)], radius: radius).first ?? PassageContext(before: [], after: [])
  }

  /// The contexts of many passages, reading each source's text once; in the order given.
  public func contexts(for passages: [(sourceID: String, start: Int, end: Int)], radius: Int = 1) throws -> [PassageContext] {
    try db.read { db in
      var scalars: [String: [Unicode.Scalar]] = [:]
      // Only what a context line shows: its span and who spoke (a post's `@handle`), read by
      // position, without decoding each neighbour's whole post metadata.
      let columns = "start_offset, end_offset, coalesce('@' || coalesce(json_extract(tweet, '$.h'), json_extract(tweet, '$.authorHandle')), speaker)"
      let before = try db.makeStatement(
        sql: "SELECT \(columns) FROM segment WHERE source_serial = (SELECT serial FROM source WHERE id = ?) AND end_offset <= ? ORDER BY end_offset DESC LIMIT ?")
      // Segments after the passage, in text order, found through the end-offset index (segments
      // do not overlap, so they end in the order they start).
      let after = try db.makeStatement(
        sql: """
          SELECT \(columns) FROM segment WHERE source_serial = (SELECT serial FROM source WHERE id = ?1)
            AND end_offset >= ?2 AND start_offset >= ?2 ORDER BY end_offset, start_offset LIMIT ?3
          """)
      var out: [PassageContext] = []
      for p in passages {
        if scalars[p.sourceID] == nil {
          let text = try String.fetchOne(db, sql: "SELECT text FROM source WHERE id = ?", arguments: [p.sourceID]) ?? ""
          scalars[p.sourceID] = text.scalarArray
        }
        let sc = scalars[p.sourceID] ?? []
        func line(_ row: Row) -> PassageContext.Line {
          let start: Int = row[0], end: Int = row[1]
          var v = String.UnicodeScalarView()
          v.append(contentsOf: sc[min(start, sc.count)..<min(max(start, end), sc.count)])
          return PassageContext.Line(speaker: row[2], text: String(v))
        }
        let b = try Row.fetchAll(before, arguments: [p.sourceID, p.start, radius]).reversed().map(line)
        let a = try Row.fetchAll(after, arguments: [p.sourceID, p.end, radius]).map(line)
        out.append(PassageContext(before: Array(b), after: a))
      }
      return out
    }
  }

  /// The segment that holds a scalar offset of a source, if any.
  public func segment(containing offset: Int, in sourceID: String) throws -> Segment? {
    try db.read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM segment WHERE source_serial = (SELECT serial FROM source WHERE id = ?) AND end_offset > ? ORDER BY end_offset LIMIT 1",
        arguments: [sourceID, offset]
      ).map(Self.segment(from:)).flatMap { $0.start <= offset ? $0 : nil }
    }
  }

  /// The key of the coded passage that best covers `start..<end` of a source (the one sharing
  /// most characters with it), if any passage overlaps it.
  public func quoteKey(sourceID: String, start: Int, end: Int) throws -> String? {
    try db.read { db in
      try String.fetchOne(
        db,
        sql: """
          SELECT key FROM quote WHERE source_serial = (SELECT serial FROM source WHERE id = ?) AND start_offset < ? AND end_offset > ?
          ORDER BY min(end_offset, ?) - max(start_offset, ?) DESC, start_offset LIMIT 1
          """,
        arguments: [sourceID, end, start, end, start])
    }
  }

  /// A stored evidence list, read by the fast reader (JSONDecoder only for odd shapes).
  static func evidence(_ json: String?) -> [Evidence] {
    guard let json else { return [] }
    return Evidence.list(json: json) ?? decode([Evidence].self, json) ?? []
  }

  /// Counts of codings per code and status.
  public func codingCounts() throws -> [String: [CodingStatus: Int]] {
    try db.read { db in
      var out: [String: [CodingStatus: Int]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT code_key, status, COUNT(*) AS n FROM coding GROUP BY code_key, status") {
        if let s = CodingStatus(rawValue: row["status"]) { out[row["code_key"], default: [:]][s] = row["n"] }
      }
      return out
    }
  }
}

/// Makes the quotes of one source's codings once their segments are read: no database, so a
/// large source's codings are shared between cores. Author and attribution texts are made once
/// per account or speaker.
struct QuoteMaker {
  /// A coding as read for a quote.
  struct Row {
    var ordinal: Int?
    var start: Int
    var end: Int
    var codeKey: String
    var status: CodingStatus
    var origin: String
    var evidence: String?
    var coder: String
    var quoteKey: String?
  }

  /// One source's codings (in text order), the segment of each, and the source's text.
  struct Input {
    var rows: [Row]
    /// The segments without their posts, and (by the same index) the posts' JSON.
    var segments: [Segment?]
    var posts: [String?]
    var source: Source
    var bytes: [UInt8]
    var places: ProjectStore.Places
  }

  /// What a quote takes of its theme. (Copying the theme itself for each quote retained and
  /// released a dozen of its strings and lists, the same ones from both cores at once.)
  struct ThemeInfo {
    var name: String
    var path: String
    var position: Int
  }

  let themes: [String: ThemeInfo]
  let evidence: Bool
  var apaAuthors: [String: String] = [:]
  var attributions: [String: String] = [:]

  init(themes: [String: ThemeInfo], evidence: Bool) {
    self.themes = themes
    self.evidence = evidence
  }

  mutating func attribution(_ speaker: String?) -> String? {
    guard let speaker else { return nil }
    if let known = attributions[speaker] { return known }
    let made = Citation.attribution(speaker)
    attributions[speaker] = made
    return made
  }

  /// The quotes of `input.rows[range]`, added to `buckets` by their theme's place.
  mutating func make<Buckets: QuoteBuckets>(_ input: Input, _ range: Range<Int>, into buckets: inout Buckets) {
    let bytes = input.bytes
    let places = input.places
    let source = input.source
    // Codings of one segment come together: its post is parsed once.
    var parsed: (ordinal: Int, post: TweetInfo?)? = nil
    for i in range {
      let row = input.rows[i]
      guard let theme = themes[row.codeKey] else { continue }
      var segment = input.segments[i]
      if let ordinal = segment?.ordinal, let json = input.posts[i] {
        if parsed?.ordinal != ordinal { parsed = (ordinal, TweetInfo.stored(json)) }
        segment?.tweet = parsed?.post
      }
      let start = row.start
      let end = row.end
      let a = places[start]?.byte ?? 0, b = places[end]?.byte ?? a
      let text = String(decoding: bytes[min(a, bytes.count)..<min(max(a, b), bytes.count)], as: UTF8.self)
      let lineStart = places[start]?.line ?? 1
      let lineEnd = places[max(start, end - 1)]?.line ?? lineStart
      let speaker = segment?.tweet.map { $0.authorName.isEmpty ? "@" + $0.authorHandle : $0.authorName } ?? segment?.speaker
      let time = segment?.start == start ? segment?.timeStart : nil
      let location: String
      let citation: String
      if let tweet = segment?.tweet {
        location = tweet.url
        let author: String
        let authorKey = tweet.authorName + "\u{1F}" + tweet.authorHandle
        if let known = apaAuthors[authorKey] {
          author = known
        } else {
          author = Citation.apaAuthor(name: tweet.authorName, handle: tweet.authorHandle)
          apaAuthors[authorKey] = author
        }
        citation = Citation.tweet(tweet, text: text, author: author)
      } else if source.kind == .interview {
        location = Citation.interviewLocation(lineStart: lineStart, lineEnd: lineEnd, time: time)
        citation = Citation.interview(speaker: speaker, number: source.number, lineStart: lineStart, lineEnd: lineEnd, time: time)
      } else {
        location = Citation.lines(lineStart, lineEnd)
        citation = "(\(source.name), \(location))"
      }
      let codeKey = row.codeKey
      buckets.add(
        at: theme.position,
        Quote(
          key: row.quoteKey ?? "\(QuoteKey.prefix(for: speaker))-\(QuoteKey.pad(source.serial)).x\(start)",
          codeKey: codeKey, codeName: theme.name, codePath: theme.path, text: text,
          sourceID: source.id, sourceName: source.name, sourceKind: source.kind, sourceNumber: source.number,
          segmentOrdinal: segment?.ordinal, speaker: speaker,
          attribution: attribution(speaker) ?? source.name, start: start, end: end,
          lineStart: lineStart, lineEnd: lineEnd, timeStart: time, location: location, citation: citation,
          status: row.status, coder: row.coder, origin: CodingOrigin(rawValue: row.origin) ?? .rule,
          evidence: evidence ? ProjectStore.evidence(row.evidence) : [], tweet: segment?.tweet))
    }
  }
}

/// Quotes made piece by piece (a source, or part of a large one) as their segments are read:
/// the reading thread `put`s each piece's input, and whoever `work`s (another thread at once, the
/// reader once it is through) takes the next piece in order, waiting for it to be read.
final class QuotePipeline<Buckets: QuoteBuckets>: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private let inputs: UnsafeMutableBufferPointer<QuoteMaker.Input?>
  private let outputs: UnsafeMutableBufferPointer<Buckets>
  private let ready: [DispatchSemaphore]
  /// Which pieces were put (read by the reading thread only).
  private var isPut: [Bool]
  /// Room for pieces read and not yet made, when another thread makes them as they come: the
  /// reader waits rather than hold the texts of a whole project of sources it outpaced.
  private let room: DispatchSemaphore?

  /// `ahead`: at most this many pieces read and waiting (nil: no limit, for a reader that makes
  /// them all itself once it is through).
  init(pieces: Int, empty: Buckets, ahead: Int?) {
    inputs = .allocate(capacity: pieces)
    inputs.initialize(repeating: nil)
    outputs = .allocate(capacity: pieces)
    outputs.initialize(repeating: empty)
    ready = (0..<pieces).map { _ in DispatchSemaphore(value: 0) }
    isPut = Array(repeating: false, count: pieces)
    room = ahead.map { DispatchSemaphore(value: max(1, $0)) }
  }

  deinit {
    inputs.deinitialize()
    inputs.deallocate()
    outputs.deinitialize()
    outputs.deallocate()
  }

  /// Piece `k` is read.
  func put(_ k: Int, _ input: QuoteMaker.Input) {
    room?.wait()
    inputs[k] = input
    isPut[k] = true
    ready[k].signal()
  }

  /// No more pieces come (all were put, or reading failed, or a source was gone): the pieces
  /// not put are let go empty.
  func close() {
    for k in isPut.indices where !isPut[k] {
      isPut[k] = true
      ready[k].signal()
    }
  }

  /// Makes pieces, the next one not taken each time, until none is left.
  func work(_ first: QuoteMaker) {
    var maker = first
    while true {
      lock.lock()
      let k = next
      next += 1
      lock.unlock()
      guard k < ready.count else { return }
      ready[k].wait()
      guard let input = inputs[k] else { continue }
      inputs[k] = nil
      maker.make(input, 0..<input.rows.count, into: &outputs[k])
      room?.signal()
    }
  }

  /// Each piece's quotes, in order: once every worker is through.
  func made() -> [Buckets] { Array(outputs) }
}

/// Where made quotes go, by their theme's place in the codebook.
protocol QuoteBuckets {
  mutating func add(at theme: Int, _ quote: Quote)
  /// How many quotes were added.
  var count: Int { get }
}

/// The quotes themselves, a list for each theme.
struct QuoteArrays: QuoteBuckets {
  var buckets: [[Quote]]
  init(themes: Int) { buckets = Array(repeating: [], count: themes) }
  mutating func add(at theme: Int, _ quote: Quote) { buckets[theme].append(quote) }
  var count: Int { buckets.reduce(0) { $0 + $1.count } }
}

/// Each quote rendered at once into its theme's bytes, and let go. (One buffer for all the
/// rows of a run, reserved ahead, cost more: a million-tweet table's half outgrew it.)
struct RenderedRows: QuoteBuckets, @unchecked Sendable {
  var buckets: [[UInt8]]
  private(set) var count = 0
  let render: @Sendable (Quote, inout [UInt8]) -> Void
  init(themes: Int, render: @escaping @Sendable (Quote, inout [UInt8]) -> Void) {
    buckets = Array(repeating: [], count: themes)
    self.render = render
  }
  mutating func add(at theme: Int, _ quote: Quote) {
    render(quote, &buckets[theme])
    count += 1
  }
}

/// The rendered rows of `ProjectStore.quoteRows`, in runs (a source, or half of a large one).
public struct RenderedQuotes: Sendable {
  let runs: [RenderedRows]
  let themes: Int

  /// How many quotes there are.
  public var count: Int { runs.reduce(0) { $0 + $1.count } }

  /// The rows' bytes in table order (theme by theme in codebook order; within a theme, by
  /// source, then place), a piece at a time.
  public func forEachPiece(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    for k in 0..<themes {
      for run in runs where !run.buckets[k].isEmpty {
        try run.buckets[k].withUnsafeBytes { try body($0) }
      }
    }
  }
}
