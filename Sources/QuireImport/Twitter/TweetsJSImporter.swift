import Foundation
import QuireCore

/// Reads an X/Twitter account export's `tweets.js` (`window.YTD.tweets.part0 = [ … ]`, also
/// `tweet.js` and `tweets-part1.js`): full text with entities decoded and t.co links expanded,
/// dates, replies, retweets, counts, hashtags and mentions. The account comes from
/// `account.js` beside the file when it is there.
///
/// The source text is the archive's tweets in time order, separated by blank lines; each tweet
/// is one segment.
public struct TweetsJSImporter: Importer {
  public let format = "tweets-js"

  public init() {}

  public func confidence(path: String, head: [UInt8]) -> Double {
    let start = String(decoding: head.prefix(200), as: UTF8.self)
    let trimmed = start.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
    if trimmed.hasPrefix("window.YTD.tweets.") || trimmed.hasPrefix("window.YTD.tweet.") { return 1 }
    if trimmed.hasPrefix("["), trimmed.dropFirst().drop(while: { $0.isWhitespace }).hasPrefix("{"),
      start.contains("\"tweet\"")
    {
      return 0.9
    }
    return 0
  }

  /// The byte offset where the JSON array starts (after `window.YTD.x.partN =`).
  static func jsonStart(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> Int {
    var i = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    if i < bytes.count, bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "{") { return i }
    // `window.YTD.tweets.part0 = [`
    var j = i
    while j < bytes.count, j - i < 200, bytes[j] != UInt8(ascii: "=") { j += 1 }
    guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else {
      throw QuireError(
        "expected a JSON array or `window.YTD.<name>.part<N> = [` at the start of the file",
        at: SourceLocation(file: file, line: 1, column: 1))
    }
    j += 1
    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x09 { j += 1 }
    return j
  }

  static func syntaxError(_ e: JSONSyntaxError, bytes: [UInt8], file: String) -> QuireError {
    bytes.withUnsafeBufferPointer { syntaxError(e, bytes: $0, file: file) }
  }

  static func syntaxError(_ e: JSONSyntaxError, bytes: UnsafeBufferPointer<UInt8>, file: String, lines: LineIndex? = nil) -> QuireError {
    let (line, column) = lines?.locate(e.offset, in: bytes) ?? TextDecoding.lineAndColumn(of: e.offset, in: bytes)
    return QuireError(e.message, at: SourceLocation(file: file, line: line, column: column))
  }

  /// Parses a top-level array, remembering where each element starts.
  static func entries(_ bytes: [UInt8], file: String) throws -> [(offset: Int, value: JSONValue)] {
    var out: [(Int, JSONValue)] = []
    try forEachEntry(bytes, file: file) { offset, value in out.append((offset, value)) }
    return out
  }

  /// Keys of a tweet that Quire never reads; they are scanned, not built (when an entry is
  /// parsed whole, for its error).
  static let unusedKeys = JSONKeySet([
    "edit_info", "source", "display_text_range", "extended_entities", "symbols", "indices", "favorited",
    "retweeted", "truncated", "possibly_sensitive", "editTweetIds", "media_url", "media_url_https", "sizes",
    "context_annotations", "withheld", "geo", "coordinates", "place", "contributors", "profile_image_url",
  ])

  /// Calls `body` with each element of the top-level array and the offset where it starts, so a
  /// large archive is never held as one parsed document.
  static func forEachEntry(_ bytes: [UInt8], file: String, _ body: (Int, JSONValue) throws -> Void) throws {
    _ = try bytes.withUnsafeBufferPointer { b in
      try forEachEntry(b, file: file, read: { try JSONParser.parse(b, from: $0) }) { try body($0, $1) }
    }
  }

  /// `forEachEntry`, each entry read by `read` (from its offset: what it made and the offset
  /// after it; a `JSONSyntaxError` it throws is reported at its place in the file).
  ///
  /// - Parameters:
  ///   - first: start at this entry (the offset of its first byte) instead of the array's start.
  ///   - stop: end after the entry that ends before this offset.
  ///   - lines: where lines start, when parts of `bytes` may be released while parsing.
  ///   - passed: told the offset after each entry (to release what is behind it).
  /// - Returns: where it stopped for `stop` (the offset of the next entry), or nil when the array
  ///   ended.
  @discardableResult
  static func forEachEntry<Entry>(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, first: Int? = nil, stop: Int? = nil, lines: LineIndex? = nil,
    passed: ((Int) -> Void)? = nil, read: (Int) throws -> (Entry, Int), _ body: (Int, consuming Entry) throws -> Void
  ) throws -> Int? {
    var i: Int
    var count = 0
    func place(_ offset: Int) -> (Int, Int) { lines?.locate(offset, in: bytes) ?? TextDecoding.lineAndColumn(of: offset, in: bytes) }
    func skip() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 } }
    if let first {
      i = first
    } else {
      i = try jsonStart(bytes, file: file)
      guard i < bytes.count else {
        throw QuireError("unexpected end of file: expected a JSON array of tweets (the file may be cut off)",
          at: SourceLocation(file: file, line: place(i).0))
      }
      guard bytes[i] == UInt8(ascii: "[") else {
        let (line, column) = place(i)
        throw QuireError("expected '[' to open the array of tweets", at: SourceLocation(file: file, line: line, column: column))
      }
      i += 1
      skip()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return nil }
    }
    while true {
      skip()
      if let stop, i >= stop { return i }
      let start = i
      let value: Entry
      do {
        let (v, end) = try read(i)
        value = v
        i = end
      } catch let error as JSONSyntaxError {
        throw syntaxError(error, bytes: bytes, file: file, lines: lines)
      }
      count += 1
      // Handed over, not lent: a post's fields move on into the post without a copy.
      try body(start, consume value)
      passed?(i)
      skip()
      guard i < bytes.count else {
        let (line, column) = place(i)
        throw QuireError(
          "unexpected end of file after an entry: expected ',' or ']' (the file is cut off)",
          at: SourceLocation(file: file, line: line, column: column))
      }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "]") { return nil }
      let (line, column) = place(i)
      throw QuireError("expected ',' or ']' after an entry", at: SourceLocation(file: file, line: line, column: column))
    }
  }

  /// The start of an entry `{ "tweet" : …` at or after `from`, found without parsing: an
  /// unescaped `"` never occurs inside a JSON string, so `{` + `"tweet"` after a `,` is an entry
  /// of the array, or an object of that shape nested inside an entry (no archive has one, but a
  /// file may): `parseTweets` checks that its pieces join and reads the file whole otherwise.
  static func entryStart(after from: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
    let key = Array("\"tweet\"".utf8)
    func ws(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
    var i = from
    while i + key.count + 2 < b.count {
      if b[i] == UInt8(ascii: "{") {
        var p = i - 1
        while p > 0, ws(b[p]) { p -= 1 }
        if b[p] == UInt8(ascii: ",") {
          var q = i + 1
          while q < b.count, ws(b[q]) { q += 1 }
          if b[q...].starts(with: key) { return i }
        }
      }
      i += 1
    }
    return nil
  }

  /// The tweets of one file, parsed on two cores when it is large: the file is cut into pieces
  /// at entries found without parsing (`entryStart`), which the two take in turn, each the next
  /// one left, so that neither waits while the other still has work (one core also hashes the
  /// file first). Errors name the entry and its line, as a sequential read would.
  ///
  /// With `release`, a large file's bytes are given back to the system as parsing passes them,
  /// once that group (the file's hash) is done with them: the caller must not read them after.
  static func parseTweets(
    _ bytes: [UInt8], file: String, owner: (String, String)?, release gate: DispatchGroup? = nil, releaseFrom: Int = 64 << 20,
    releaseStep: Int = 16, validating: Bool = false, pieceSize: Int = 16 << 20
  ) throws -> [ParsedPost] {
    try bytes.withUnsafeBufferPointer {
      try parseTweets(
        $0, file: file, owner: owner, release: gate, releaseFrom: releaseFrom, releaseStep: releaseStep, validating: validating,
        pieceSize: pieceSize)
    }
  }

  /// `rereadable`: the bytes are a file's mapping, whose pages read as the file again once
  /// handed back; an error's line and column are then found by reading from the top as usual.
  /// Other bytes read as zeros once handed back, so their newlines are indexed first.
  ///
  /// `validating`: each piece's bytes are checked to be UTF-8 before it is parsed (an invalid
  /// byte anywhere is the error, before any of parsing's, as when the whole file is checked
  /// first).
  static func parseTweets(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, owner: (String, String)?, release gate: DispatchGroup? = nil,
    releaseFrom: Int = 64 << 20, releaseStep: Int = 16, rereadable: Bool = false, validating: Bool = false, pieceSize: Int = 16 << 20,
    split: Bool = true
  ) throws -> [ParsedPost] {
    nonisolated(unsafe) let bytes = bytes
    final class Piece: @unchecked Sendable {
      let first: Int?
      let stop: Int?
      var posts: [ParsedPost] = []
      var error: Error? = nil
      var problem: (offset: Int, n: Int, text: String)? = nil
      var invalidUTF8: Int? = nil
      /// Read to its end: where it stopped for `stop`, or nil when the array ended there.
      var finished = false
      var stoppedAt: Int? = nil
      /// What parsing it passed that is not yet given back (the hash was not through).
      var held: (bytes: ReleasedBytes, end: Int)? = nil
      init(first: Int?, stop: Int?) {
        self.first = first
        self.stop = stop
      }
    }
    let releasing = gate != nil && bytes.count >= releaseFrom
    let lines = releasing && !rereadable ? LineIndex(bytes) : nil
    nonisolated(unsafe) let base: UnsafeRawPointer? = releasing ? bytes.baseAddress.map { UnsafeRawPointer($0) } : nil
    /// Parses a piece; returns what it passed that could not be given back yet.
    /// `parse` false: only checked to be UTF-8 (a piece after one that failed to parse).
    @Sendable func run(_ piece: Piece, parse: Bool = true) -> (bytes: ReleasedBytes, end: Int)? {
      if validating {
        let from = piece.first ?? 0
        let to = piece.stop ?? bytes.count
        if let bad = UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(rebasing: bytes[from..<to])) {
          piece.invalidUTF8 = from + bad
          return nil
        }
      }
      guard parse else { return nil }
      var n = 0
      var released: ReleasedBytes? = nil
      if let base, let gate { released = ReleasedBytes(base: base, from: piece.first ?? 0, gate: gate, step: releaseStep) }
      do {
        piece.stoppedAt = try forEachEntry(
          bytes, file: file, first: piece.first, stop: piece.stop, lines: lines, passed: released == nil ? nil : { released?.passed($0) },
          read: { try readEntry(bytes, at: $0) }
        ) { offset, fields in
          n += 1
          do {
            piece.posts.append(try makePost(fields, owner: owner))
          } catch let p as EntryProblem {
            piece.problem = (offset, n, p.text)
            throw p
          }
        }
        piece.finished = true
      } catch {
        piece.error = error
      }
      // A piece read to its end gives back the rest of its bytes (one that failed keeps them:
      // the error's line and column are read from them).
      if var released, piece.error == nil {
        let end = piece.stop ?? bytes.count
        if !released.finish(end) { return (released, end) }
      }
      return nil
    }
    // Pieces of about `pieceSize`, two to sixteen of them; each cut at an entry's start. Bytes
    // given back that read as zeros after could not be read again if the pieces do not join:
    // such a file is read in one piece.
    var cuts: [Int] = []
    if split, bytes.count > 4 << 20, !releasing || rereadable {
      let count = min(16, max(2, bytes.count / max(pieceSize, 1)))
      for k in 1..<count {
        guard let cut = entryStart(after: max(k * (bytes.count / count), (cuts.last ?? 0) + 1), in: bytes) else { break }
        cuts.append(cut)
      }
    }
    var pieces: [Piece] = []
    for k in 0...cuts.count {
      pieces.append(Piece(first: k == 0 ? nil : cuts[k - 1], stop: k < cuts.count ? cuts[k] : nil))
    }
    if pieces.count == 1 {
      _ = run(pieces[0])
    } else {
      // The pieces in file order, the next one to whichever core is free. The first error in
      // the file is the one reported, invalid UTF-8 anywhere before any of parsing's: after a
      // piece that failed to parse, the later ones are only checked to be UTF-8; after one
      // that is not UTF-8, none later is started.
      final class Turns: @unchecked Sendable {
        let lock = NSLock()
        var next = 0
        var failedParse = Int.max
        var failedUTF8 = Int.max
        func take(_ count: Int) -> (k: Int, parse: Bool)? {
          lock.lock()
          defer { lock.unlock() }
          guard next < count, next < failedUTF8 else { return nil }
          next += 1
          return (next - 1, next - 1 < failedParse)
        }
        func fail(_ k: Int, utf8: Bool) {
          lock.lock()
          if utf8 { failedUTF8 = min(failedUTF8, k) } else { failedParse = min(failedParse, k) }
          lock.unlock()
        }
      }
      let turns = Turns()
      let all = pieces
      @Sendable func work() {
        while let (k, parse) = turns.take(all.count) {
          let held = run(all[k], parse: parse)
          if all[k].invalidUTF8 != nil {
            turns.fail(k, utf8: true)
          } else if all[k].error != nil {
            turns.fail(k, utf8: false)
          }
          // Pieces parsed while the hash still read the bytes: theirs go once it is through.
          turns.lock.lock()
          all[k].held = held
          for piece in all where piece.held != nil {
            if var held = piece.held, held.bytes.finish(held.end) { piece.held = nil }
          }
          turns.lock.unlock()
        }
      }
      let group = DispatchGroup()
      DispatchQueue.global().async(group: group) { work() }
      work()
      group.wait()
    }
    if validating, let bad = pieces.lazy.compactMap(\.invalidUTF8).first {
      let (line, column) = lines?.locate(bad, in: bytes) ?? TextDecoding.lineAndColumn(of: bad, in: bytes)
      throw QuireError("invalid UTF-8 at byte offset \(bad): a tweets.js file is UTF-8 JSON", at: SourceLocation(file: file, line: line, column: column))
    }
    // Each piece must end where the next begins, and only the last at the array's end: a cut
    // inside an entry (an object of an entry's shape nested in it) shows as a piece that ran past
    // its end, ended early, or failed. Then, as after any error in a piece, the file is read in one
    // pass: its posts, or its first error as a sequential read finds it.
    if pieces.count > 1 {
      let joined = pieces.indices.allSatisfy { k in
        pieces[k].finished && pieces[k].stoppedAt == (k == pieces.count - 1 ? nil : pieces[k].stop)
      }
      if !joined {
        if ProcessInfo.processInfo.environment["QUIRE_TIMING"] != nil {
          FileHandle.standardError.write(Data("timing:   \(file): pieces did not join or one failed; read again in one pass\n".utf8))
        }
        pieces = []
        return try parseTweets(
          bytes, file: file, owner: owner, release: gate, releaseFrom: releaseFrom, releaseStep: releaseStep, rereadable: rereadable,
          split: false)
      }
    }
    var before = 0
    for piece in pieces {
      if let p = piece.problem {
        let (line, column) = lines?.locate(p.offset, in: bytes) ?? TextDecoding.lineAndColumn(of: p.offset, in: bytes)
        throw QuireError("entry \(before + p.n): \(p.text)", at: SourceLocation(file: file, line: line, column: column))
      }
      if let e = piece.error { throw e }
      before += piece.posts.count
    }
    // Joined without a second copy beside the pieces: the first piece's array grows, the later
    // pieces' posts moved over one by one (appended, each would be copied, every string
    // retained, and then freed).
    var all = pieces[0].posts
    pieces[0].posts = []
    all.reserveCapacity(before)
    let empty = ParsedPost(info: PostCollection.emptyInfo, text: "")
    for piece in pieces.dropFirst() {
      piece.posts.withUnsafeMutableBufferPointer { moved in
        for i in moved.indices {
          all.append(empty)
          swap(&all[all.count - 1], &moved[i])
        }
      }
      piece.posts = []
    }
    return all
  }

  /// The account holder from `account.js` next to the tweets file, with `profile.js` details.
  static func account(near url: URL) -> (handle: String, name: String, attributes: [String: String])? {
    let dir = url.deletingLastPathComponent()
    guard let data = try? Data(contentsOf: dir.appendingPathComponent("account.js")) else { return nil }
    guard let list = try? entries([UInt8](data), file: "account.js"), let first = list.first?.value else { return nil }
    let account = first["account"] ?? first
    guard let handle = account["username"]?.string else { return nil }
    var attributes = ["twitter_handle": handle]
    if let id = account["accountId"]?.string { attributes["twitter_account_id"] = id }
    if let created = account["createdAt"]?.string { attributes["twitter_joined"] = String(created.prefix(10)) }
    if let pdata = try? Data(contentsOf: dir.appendingPathComponent("profile.js")),
      let plist = try? entries([UInt8](pdata), file: "profile.js"), let p = plist.first?.value
    {
      let d = (p["profile"] ?? p)["description"]
      if let bio = d?["bio"]?.string, !bio.isEmpty { attributes["twitter_bio"] = TweetText.decodeEntities(bio) }
      if let loc = d?["location"]?.string, !loc.isEmpty { attributes["twitter_location"] = loc }
    }
    return (handle, account["accountDisplayName"]?.string ?? handle, attributes)
  }

  /// The other parts of a multi-part archive: `tweets-part1.js`, `tweets-part2.js`… beside
  /// `tweets.js` (or `tweet-part1.js` beside `tweet.js`), in order.
  static func siblingParts(of url: URL) -> [URL] {
    let name = url.lastPathComponent
    guard name == "tweets.js" || name == "tweet.js" else { return [] }
    let stem = String(name.dropLast(3))
    let dir = url.deletingLastPathComponent()
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    let parts = files.compactMap { f -> (Int, URL)? in
      guard f.hasPrefix(stem + "-part"), f.hasSuffix(".js"), let n = Int(f.dropFirst(stem.count + 5).dropLast(3)) else { return nil }
      return (n, dir.appendingPathComponent(f))
    }
    return parts.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Long posts from `note-tweet.js` (and its parts): created-at and full text.
  static func noteTweets(near url: URL) -> [(createdAt: String, text: String, urls: [(String, String)])] {
    let dir = url.deletingLastPathComponent()
    var files = [dir.appendingPathComponent("note-tweet.js")]
    let all = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    files += all.filter { $0.hasPrefix("note-tweet-part") && $0.hasSuffix(".js") }.sorted().map { dir.appendingPathComponent($0) }
    var out: [(String, String, [(String, String)])] = []
    for f in files {
      guard let data = try? Data(contentsOf: f), let list = try? entries([UInt8](data), file: f.lastPathComponent) else { continue }
      for e in list {
        let note = e.value["noteTweet"] ?? e.value
        guard let core = note["core"], let text = core["text"]?.string else { continue }
        let urls = (core["urls"]?.array ?? []).compactMap { u -> (String, String)? in
          guard let short = u["shortUrl"]?.string ?? u["url"]?.string, let long = u["expandedUrl"]?.string ?? u["expanded_url"]?.string else { return nil }
          return (short, long)
        }
        out.append((note["createdAt"]?.string.flatMap(TweetText.isoDate) ?? "", text, urls))
      }
    }
    return out
  }

  typealias ParsedTweet = ParsedPost


  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    try readOwning(url: url, buffer: FileBuffer(copying: bytes), options: options)
  }

  /// `read`, given the file's bytes (mapped from the file, see `FileBuffer`): they are let go
  /// once parsed, before the source text and segments are built, so a large archive is never in
  /// memory twice over. Its other parts (`tweets-part1.js`…) are mapped beside it.
  ///
  /// With `hashed` (the group of a hash reading the same bytes on another thread), a large
  /// single-file archive's bytes are given back to the system as they are parsed.
  public func readOwning(url: URL, buffer: consuming FileBuffer, options: ImportOptions, hashed: DispatchGroup? = nil) throws
    -> ImportedSource
  {
    let file = url.lastPathComponent
    let owner = Self.account(near: url)
    var tweets: [ParsedTweet] = []
    var hasher = SHA256()
    var files: [(URL, FileBuffer)] = [(url, consume buffer)]
    for part in Self.siblingParts(of: url) {
      files.append((part, try FileBuffer.map(part.path)))
    }
    let timing = ProcessInfo.processInfo.environment["QUIRE_TIMING"] != nil
    let clock = ContinuousClock()
    var t0 = clock.now
    func lap(_ what: String) {
      guard timing else { return }
      FileHandle.standardError.write(Data("timing:   \(what) \(clock.now - t0)\n".utf8))
      t0 = clock.now
    }
    for (partURL, partBuffer) in files {
      let name = partURL.lastPathComponent
      let partBytes = partBuffer.bytes
      if options.hashFiles || files.count > 1 { hasher.update(raw: UnsafeRawBufferPointer(partBytes)) }
      // Checked to be UTF-8 piece by piece as the two cores parse it.
      let parsed = try Self.parseTweets(
        partBytes, file: name, owner: owner.map { ($0.handle, $0.name) }, release: files.count == 1 ? hashed : nil,
        rereadable: partBuffer.isMapped, validating: true)
      if tweets.isEmpty { tweets = parsed } else { tweets += parsed }
      lap("parse \(name)")
    }
    let partCount = files.count
    files.removeAll()
    lap("free bytes")
    // Long posts: the tweet holds a cut text; note-tweet.js holds the whole.
    var patched = 0
    let notes = Self.noteTweets(near: url)
    if !notes.isEmpty {
      var byDate: [String: [Int]] = [:]
      for (i, n) in notes.enumerated() { byDate[n.createdAt, default: []].append(i) }
      for i in tweets.indices {
        let cut = Self.comparablePrefix(tweets[i].text)
        guard cut.count >= 10 else { continue }
        let candidates = byDate[tweets[i].info.createdAt] ?? notes.indices.map { $0 }
        if let j = candidates.first(where: { Self.comparablePrefix(notes[$0].text).hasPrefix(cut) }) {
          var text = TweetText.decodeEntities(notes[j].text)
          for (short, long) in notes[j].urls where text.contains(short) { text = text.replacingOccurrences(of: short, with: long) }
          tweets[i].text = text.precomposedStringWithCanonicalMapping
          patched += 1
        }
      }
    }
    lap("free bytes, note tweets")
    let (text, segments, language) = PostCollection.build(consuming: &tweets)
    lap("build text and segments")
    // What is left of the posts (their texts, copied into the source's) is freed on another
    // core while this one goes on to store.
    final class Leftover: @unchecked Sendable {
      var posts: [ParsedTweet]
      init(_ posts: [ParsedTweet]) { self.posts = posts }
    }
    let leftover = Leftover(tweets)
    tweets = []
    DispatchQueue.global(qos: .utility).async { leftover.posts = [] }
    lap("free posts")
    var cases: [Case] = []
    var name = url.deletingPathExtension().lastPathComponent
    if let owner {
      cases.append(Case(name: owner.name, attributes: owner.attributes))
      name = "Tweets of @" + owner.handle
    } else {
      // Without account.js, name the source after its folder, e.g. `archive-2023/tweets`.
      let parent = url.deletingLastPathComponent()
      let folder = parent.lastPathComponent == "data" ? parent.deletingLastPathComponent().lastPathComponent : parent.lastPathComponent
      if !folder.isEmpty && folder != "/" && folder != "." { name = folder + "/" + name }
    }
    var warnings: [String] = []
    if owner == nil {
      warnings.append("\(file): no account.js beside it, so the archive's owner is unknown; tweets are imported without an author")
    }
    if patched > 0 { warnings.append("\(file): \(patched) long posts completed from note-tweet.js") }
    return ImportedSource(
      name: name, kind: .tweets, format: format, text: text, language: language, originalName: file,
      sha256: options.hashFiles || partCount > 1 ? hasher.finalizeHex() : "", segments: segments, cases: cases, warnings: warnings)
  }

  struct EntryProblem: Error { var text: String }

  /// A tweet's text without t.co links and a trailing ellipsis, for matching a cut long post.
  static func comparablePrefix(_ text: String) -> String {
    var t = text
    while let r = t.range(of: "https://t.co/") {
      let end = t[r.upperBound...].firstIndex(where: { $0.isWhitespace }) ?? t.endIndex
      t.removeSubrange(r.lowerBound..<end)
    }
    t = t.trimmingCharacters(in: .whitespacesAndNewlines)
    while t.hasSuffix("…") || t.hasSuffix("...") { t = String(t.dropLast(t.hasSuffix("…") ? 1 : 3)).trimmingCharacters(in: .whitespaces) }
    return String(t.prefix(200))
  }

  /// What a post is made of: the members of a tweet that `makePost` reads, as `JSONValue`
  /// reads them (`string`, `int`, `bool`; a repeated member: the later wins, and within
  /// `entities` an empty list never replaces a filled one, as with its subscript). Gathered from
  /// a parsed value (`fields(of:)`) or by walking the bytes (`walkEntry`), to the same values.
  struct TweetFields {
    typealias Link = (url: String?, expanded: String?)
    var isObject = true
    var idStr: String? = nil, idNumber: String? = nil, fullText: String? = nil, plainText: String? = nil
    var screenName: String? = nil, userName: String? = nil
    var urls: [Link] = [], media: [Link] = []
    /// Each list item's `text` / `screen_name` (nil for an item without one).
    var hashtags: [String?] = [], mentions: [String?] = []
    var created: String? = nil, lang: String? = nil
    var replyIDStr: String? = nil, replyID: String? = nil, replyHandle: String? = nil
    var likes: Int? = nil, retweets: Int? = nil, quoteStatus: Bool? = nil
    var hasRetweetedStatus = false, hasQuotedID = false
  }

  static func fields(of t: JSONValue) -> TweetFields {
    var f = TweetFields()
    guard case .object(let members) = t else {
      f.isObject = false
      return f
    }
    // The members read in one pass, told apart by length first (a million posts: looking each
    // key up by name compared every key of the tweet a score of times). A repeated key: the
    // later value wins, as with `JSONValue`'s subscript.
    var user: JSONValue? = nil, entities: JSONValue? = nil
    for m in members {
      let k = m.key
      switch k.utf8.count {
      case 2: if k == "id" { f.idNumber = m.value.string }
      case 4:
        if k == "text" { f.plainText = m.value.string } else if k == "user" { user = m.value } else if k == "lang" { f.lang = m.value.string }
      case 6: if k == "id_str" { f.idStr = m.value.string }
      case 8: if k == "entities" { entities = m.value }
      case 9: if k == "full_text" { f.fullText = m.value.string }
      case 10: if k == "created_at" { f.created = m.value.string }
      case 13: if k == "retweet_count" { f.retweets = m.value.int }
      case 14: if k == "favorite_count" { f.likes = m.value.int }
      case 15: if k == "is_quote_status" { f.quoteStatus = m.value.bool }
      case 16: if k == "retweeted_status" { f.hasRetweetedStatus = true }
      case 20: if k == "quoted_status_id_str" { f.hasQuotedID = true }
      case 21: if k == "in_reply_to_status_id" { f.replyID = m.value.string }
      case 23: if k == "in_reply_to_screen_name" { f.replyHandle = m.value.string }
      case 25: if k == "in_reply_to_status_id_str" { f.replyIDStr = m.value.string }
      default: break
      }
    }
    f.screenName = user?["screen_name"]?.string
    f.userName = user?["name"]?.string
    func links(_ key: String) -> [TweetFields.Link] {
      (entities?[key]?.array ?? []).map { ($0["url"]?.string, $0["expanded_url"]?.string) }
    }
    f.urls = links("urls")
    f.media = links("media")
    f.hashtags = (entities?["hashtags"]?.array ?? []).map { $0["text"]?.string }
    f.mentions = (entities?["user_mentions"]?.array ?? []).map { $0["screen_name"]?.string }
    return f
  }

  /// An entry of the array (`{"tweet": {…}}`, or the tweet itself) read by walking its bytes,
  /// only the members a post is made of built; an entry the walk finds a syntax error in is
  /// parsed again whole, for the error `JSONParser.parse` gives there (the same message and
  /// place as before the walk). A million-tweet archive: building every member as a
  /// `JSONValue` and reading a dozen back cost most of the parse.
  static func readEntry(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws -> (TweetFields, Int) {
    if let walked = try? JSONParser.reading(bytes, from: offset, trustedUTF8: true, { try walkEntry(&$0) }) { return walked }
    let (value, end) = try JSONParser.parse(bytes, from: offset, skipping: unusedKeys, trustedUTF8: true)
    return (fields(of: value["tweet"] ?? value), end)
  }

  /// The fields of the entry here: of its `tweet` member when it has one, else of itself.
  static func walkEntry(_ p: inout JSONParser) throws -> TweetFields {
    var outer = TweetFields()
    guard p.next == UInt8(ascii: "{") else {
      try p.skip(depth: 0)
      outer.isObject = false
      return outer
    }
    var inner: TweetFields? = nil
    try p.members(depth: 0) { key, p in
      if key.equals("tweet") {
        var f = TweetFields()
        try walkTweet(&p, depth: 1, into: &f)
        inner = f
      } else {
        try tweetMember(key, &p, depth: 1, into: &outer)
      }
    }
    return inner ?? outer
  }

  static func walkTweet(_ p: inout JSONParser, depth: Int, into f: inout TweetFields) throws {
    guard p.next == UInt8(ascii: "{") else {
      try p.skip(depth: depth)
      f.isObject = false
      return
    }
    try p.members(depth: depth) { key, p in try tweetMember(key, &p, depth: depth + 1, into: &f) }
  }

  /// One member of a tweet (`p` at its value, `depth` the value's).
  static func tweetMember(_ k: UnsafeBufferPointer<UInt8>, _ p: inout JSONParser, depth: Int, into f: inout TweetFields) throws {
    switch k.count {
    case 2 where k.equals("id"): f.idNumber = try p.scalarText(depth: depth)
    case 4 where k.equals("text"): f.plainText = try p.scalarText(depth: depth)
    case 4 where k.equals("lang"): f.lang = try p.scalarText(depth: depth)
    case 4 where k.equals("user"):
      // A later `user` replaces the one before whole.
      f.screenName = nil
      f.userName = nil
      guard p.next == UInt8(ascii: "{") else { return try p.skip(depth: depth) }
      try p.members(depth: depth) { k, p in
        if k.equals("screen_name") {
          f.screenName = try p.scalarText(depth: depth + 1)
        } else if k.equals("name") {
          f.userName = try p.scalarText(depth: depth + 1)
        } else {
          try p.skip(depth: depth + 1)
        }
      }
    case 6 where k.equals("id_str"): f.idStr = try p.scalarText(depth: depth)
    case 8 where k.equals("entities"):
      f.urls = []
      f.media = []
      f.hashtags = []
      f.mentions = []
      guard p.next == UInt8(ascii: "{") else { return try p.skip(depth: depth) }
      try p.members(depth: depth) { k, p in
        let d = depth + 1
        if k.equals("urls") {
          f.urls = try keeping(f.urls, links(&p, depth: d))
        } else if k.equals("media") {
          f.media = try keeping(f.media, links(&p, depth: d))
        } else if k.equals("hashtags") {
          f.hashtags = try keeping(f.hashtags, itemTexts(&p, depth: d, key: "text"))
        } else if k.equals("user_mentions") {
          f.mentions = try keeping(f.mentions, itemTexts(&p, depth: d, key: "screen_name"))
        } else {
          try p.skip(depth: d)
        }
      }
    case 9 where k.equals("full_text"): f.fullText = try p.scalarText(depth: depth)
    case 10 where k.equals("created_at"): f.created = try p.scalarText(depth: depth)
    case 13 where k.equals("retweet_count"): f.retweets = try p.intish(depth: depth)
    case 14 where k.equals("favorite_count"): f.likes = try p.intish(depth: depth)
    case 15 where k.equals("is_quote_status"): f.quoteStatus = try p.boolish(depth: depth)
    case 16 where k.equals("retweeted_status"):
      f.hasRetweetedStatus = true
      try p.skip(depth: depth)
    case 20 where k.equals("quoted_status_id_str"):
      f.hasQuotedID = true
      try p.skip(depth: depth)
    case 21 where k.equals("in_reply_to_status_id"): f.replyID = try p.scalarText(depth: depth)
    case 23 where k.equals("in_reply_to_screen_name"): f.replyHandle = try p.scalarText(depth: depth)
    case 25 where k.equals("in_reply_to_status_id_str"): f.replyIDStr = try p.scalarText(depth: depth)
    default: try p.skip(depth: depth)
    }
  }

  /// A list of `entities` read again: an empty list never replaces a filled one (nil: the value
  /// was no list, which replaces it with none).
  static func keeping<T>(_ old: [T], _ new: [T]?) -> [T] {
    guard let new else { return [] }
    return new.isEmpty && !old.isEmpty ? old : new
  }

  /// The links of an `entities` list: each item's `url` and `expanded_url`.
  static func links(_ p: inout JSONParser, depth: Int) throws -> [TweetFields.Link]? {
    try items(&p, depth: depth, empty: (nil, nil)) { k, p, link, d in
      if k.equals("url") {
        link.url = try p.scalarText(depth: d)
      } else if k.equals("expanded_url") {
        link.expanded = try p.scalarText(depth: d)
      } else {
        try p.skip(depth: d)
      }
    }
  }

  /// Each item's `key` in an `entities` list (hashtags' `text`, mentions' `screen_name`).
  static func itemTexts(_ p: inout JSONParser, depth: Int, key: StaticString) throws -> [String?]? {
    try items(&p, depth: depth, empty: nil) { k, p, text, d in
      if k.equals(key) { text = try p.scalarText(depth: d) } else { try p.skip(depth: d) }
    }
  }

  /// The items of the list here, each read by `member` from its object's members (given the
  /// depth of their values); an item that is no object is `empty`. Nil when the value is no list.
  static func items<T>(
    _ p: inout JSONParser, depth: Int, empty: T,
    _ member: (UnsafeBufferPointer<UInt8>, inout JSONParser, inout T, Int) throws -> Void
  ) throws -> [T]? {
    guard p.next == UInt8(ascii: "[") else {
      try p.skip(depth: depth)
      return nil
    }
    var out: [T] = []
    try p.elements(depth: depth) { p in
      var item = empty
      if p.next == UInt8(ascii: "{") {
        try p.members(depth: depth + 1) { k, p in try member(k, &p, &item, depth + 2) }
      } else {
        try p.skip(depth: depth + 1)
      }
      out.append(item)
    }
    return out
  }

  /// The post a tweet's fields make, or the problem that keeps it from being one.
  /// The post of an entry's fields, each string moved out of them (taken, not copied: a copy
  /// retains it and the fields' end releases it again, a dozen times a post).
  static func makePost(_ f: consuming TweetFields, owner: (handle: String, name: String)?) throws -> ParsedTweet {
    guard f.isObject else { throw EntryProblem(text: "expected a tweet object") }
    guard let id = f.idStr.take() ?? f.idNumber.take() else {
      throw EntryProblem(text: "the tweet has no `id_str`: expected a tweet object with `id_str` and `full_text`")
    }
    guard let raw = f.fullText.take() ?? f.plainText.take() else {
      throw EntryProblem(text: "tweet \(id) has no `full_text` or `text`")
    }
    var handle = owner?.handle ?? ""
    var name = owner?.name ?? ""
    if let sn = f.screenName.take() {
      handle = sn
      name = f.userName.take() ?? sn
    }
    var text = TweetText.decodeEntities(raw)
    if text.containsByte(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
    var urls: [String] = []
    var isQuote = false
    for (list, isMedia) in [(f.urls, false), (f.media, true)] {
      for u in list {
        guard let short = u.url, let expanded = u.expanded, !short.isEmpty else { continue }
        text = TweetText.replacing(short, with: expanded, in: text)
        if !urls.contains(expanded) { urls.append(expanded) }
        if !isMedia, isStatusLink(expanded) { isQuote = true }
      }
    }
    let hashtags = f.hashtags.compactMap { $0 }
    let mentions = f.mentions.compactMap { $0 }
    var retweetedHandle: String? = nil
    var isRetweet = false
    if raw.hasPrefix("RT @") {
      isRetweet = true
      let body = raw.dropFirst(4)
      retweetedHandle = String(body.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
    if f.hasRetweetedStatus { isRetweet = true }
    if f.quoteStatus == true || f.hasQuotedID { isQuote = true }
    let createdAt = f.created.take().flatMap(TweetText.isoDate) ?? ""
    let url = handle.isEmpty ? "https://x.com/i/web/status/\(id)" : "https://x.com/\(handle)/status/\(id)"
    let info = TweetInfo(
      id: id, authorHandle: handle, authorName: name, createdAt: createdAt, url: url,
      replyToId: f.replyIDStr.take() ?? f.replyID.take(),
      replyToHandle: f.replyHandle.take(), isRetweet: isRetweet, isQuote: isQuote,
      retweetedHandle: retweetedHandle, likeCount: f.likes ?? 0,
      retweetCount: f.retweets ?? 0, language: f.lang.take(), hashtags: hashtags,
      mentions: mentions, urls: urls)
    return ParsedTweet(info: info, text: NFC.normalize(text))
  }

  static func isStatusLink(_ url: String) -> Bool {
    (url.containsBytes("twitter.com/") || url.containsBytes("x.com/")) && url.containsBytes("/status/")
  }
}
