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
  static func jsonStart(_ bytes: [UInt8], file: String) throws -> Int {
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
    let (line, column) = TextDecoding.lineAndColumn(of: e.offset, in: bytes)
    return QuireError(e.message, at: SourceLocation(file: file, line: line, column: column))
  }

  /// Parses a top-level array, remembering where each element starts.
  static func entries(_ bytes: [UInt8], file: String) throws -> [(offset: Int, value: JSONValue)] {
    var i = try jsonStart(bytes, file: file)
    guard i < bytes.count else {
      throw QuireError("unexpected end of file: expected a JSON array of tweets (the file may be cut off)",
        at: SourceLocation(file: file, line: TextDecoding.lineAndColumn(of: i, in: bytes).0))
    }
    guard bytes[i] == UInt8(ascii: "[") else {
      let (line, column) = TextDecoding.lineAndColumn(of: i, in: bytes)
      throw QuireError("expected '[' to open the array of tweets", at: SourceLocation(file: file, line: line, column: column))
    }
    i += 1
    var out: [(Int, JSONValue)] = []
    func skip() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 } }
    skip()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return [] }
    while true {
      skip()
      let start = i
      do {
        let (value, end) = try JSONParser.parse(bytes, from: i)
        out.append((start, value))
        i = end
      } catch {
        throw syntaxError(error, bytes: bytes, file: file)
      }
      skip()
      guard i < bytes.count else {
        let (line, column) = TextDecoding.lineAndColumn(of: i, in: bytes)
        throw QuireError(
          "unexpected end of file after entry \(out.count): expected ',' or ']' (the file is cut off)",
          at: SourceLocation(file: file, line: line, column: column))
      }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "]") { break }
      let (line, column) = TextDecoding.lineAndColumn(of: i, in: bytes)
      throw QuireError("expected ',' or ']' after entry \(out.count)", at: SourceLocation(file: file, line: line, column: column))
    }
    return out
  }

  /// The account holder from `account.js` next to the tweets file, if there is one.
  static func account(near url: URL) -> (handle: String, name: String)? {
    let accountURL = url.deletingLastPathComponent().appendingPathComponent("account.js")
    guard let data = try? Data(contentsOf: accountURL) else { return nil }
    let bytes = [UInt8](data)
    guard let list = try? entries(bytes, file: "account.js"), let first = list.first?.value else { return nil }
    let account = first["account"] ?? first
    guard let handle = account["username"]?.string else { return nil }
    return (handle, account["accountDisplayName"]?.string ?? handle)
  }

  struct ParsedTweet {
    var info: TweetInfo
    var text: String
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    if let bad = UTF8Validation.firstInvalidOffset(bytes) {
      let (line, column) = TextDecoding.lineAndColumn(of: bad, in: bytes)
      throw QuireError("invalid UTF-8 at byte offset \(bad): a tweets.js file is UTF-8 JSON", at: SourceLocation(file: file, line: line, column: column))
    }
    let list = try Self.entries(bytes, file: file)
    let owner = Self.account(near: url)
    var tweets: [ParsedTweet] = []
    tweets.reserveCapacity(list.count)
    for (n, entry) in list.enumerated() {
      let tweet = entry.value["tweet"] ?? entry.value
      do {
        tweets.append(try Self.parseTweet(tweet, owner: owner))
      } catch let message as EntryProblem {
        let (line, column) = TextDecoding.lineAndColumn(of: entry.offset, in: bytes)
        throw QuireError("entry \(n + 1): \(message.text)", at: SourceLocation(file: file, line: line, column: column))
      }
    }
    // Time order; ties keep file order.
    let order = tweets.indices.sorted { a, b in
      let da = tweets[a].info.createdAt, db = tweets[b].info.createdAt
      return da == db ? a < b : da < db
    }
    var builder = TextBuilder()
    var segments: [Segment] = []
    segments.reserveCapacity(tweets.count)
    var languages: [String: Int] = [:]
    for idx in order {
      let t = tweets[idx]
      if !segments.isEmpty { _ = builder.append("\n\n") }
      let r = builder.append(t.text)
      if let lang = t.info.language, lang != "und", lang != "zxx" { languages[lang, default: 0] += 1 }
      segments.append(
        Segment(
          ordinal: segments.count, kind: .tweet, start: r.start, end: r.end, lineStart: r.lineStart,
          lineEnd: r.lineEnd, speaker: t.info.authorHandle.isEmpty ? nil : "@" + t.info.authorHandle,
          tweet: t.info))
    }
    var cases: [Case] = []
    var name = url.deletingPathExtension().lastPathComponent
    if let owner {
      cases.append(Case(name: owner.name, attributes: ["twitter_handle": owner.handle]))
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
    return ImportedSource(
      name: name, kind: .tweets, format: format, text: builder.text,
      language: languages.max { $0.value < $1.value }?.key, originalName: file,
      sha256: SHA256.hex(bytes), segments: segments, cases: cases, warnings: warnings)
  }

  struct EntryProblem: Error { var text: String }

  static func parseTweet(_ t: JSONValue, owner: (handle: String, name: String)?) throws -> ParsedTweet {
    guard case .object = t else { throw EntryProblem(text: "expected a tweet object") }
    guard let id = t["id_str"]?.string ?? t["id"]?.string else {
      throw EntryProblem(text: "the tweet has no `id_str`: expected a tweet object with `id_str` and `full_text`")
    }
    guard let raw = t["full_text"]?.string ?? t["text"]?.string else {
      throw EntryProblem(text: "tweet \(id) has no `full_text` or `text`")
    }
    var handle = owner?.handle ?? ""
    var name = owner?.name ?? ""
    if let user = t["user"], let sn = user["screen_name"]?.string {
      handle = sn
      name = user["name"]?.string ?? sn
    }
    var text = TweetText.decodeEntities(raw)
    if text.contains("\r") { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
    let entities = t["entities"]
    var urls: [String] = []
    var isQuote = false
    for key in ["urls", "media"] {
      for u in entities?[key]?.array ?? [] {
        guard let short = u["url"]?.string, let expanded = u["expanded_url"]?.string, !short.isEmpty else { continue }
        if text.contains(short) { text = text.replacingOccurrences(of: short, with: expanded) }
        if !urls.contains(expanded) { urls.append(expanded) }
        if key == "urls", isStatusLink(expanded) { isQuote = true }
      }
    }
    let hashtags = (entities?["hashtags"]?.array ?? []).compactMap { $0["text"]?.string }
    let mentions = (entities?["user_mentions"]?.array ?? []).compactMap { $0["screen_name"]?.string }
    var retweetedHandle: String? = nil
    var isRetweet = false
    if raw.hasPrefix("RT @") {
      isRetweet = true
      let body = raw.dropFirst(4)
      retweetedHandle = String(body.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
    if t["retweeted_status"] != nil { isRetweet = true }
    if t["is_quote_status"]?.bool == true || t["quoted_status_id_str"] != nil { isQuote = true }
    let created = t["created_at"]?.string.flatMap(TweetText.isoDate) ?? ""
    let url = handle.isEmpty ? "https://x.com/i/web/status/\(id)" : "https://x.com/\(handle)/status/\(id)"
    let info = TweetInfo(
      id: id, authorHandle: handle, authorName: name, createdAt: created, url: url,
      replyToId: t["in_reply_to_status_id_str"]?.string ?? t["in_reply_to_status_id"]?.string,
      replyToHandle: t["in_reply_to_screen_name"]?.string, isRetweet: isRetweet, isQuote: isQuote,
      retweetedHandle: retweetedHandle, likeCount: t["favorite_count"]?.int ?? 0,
      retweetCount: t["retweet_count"]?.int ?? 0, language: t["lang"]?.string, hashtags: hashtags,
      mentions: mentions, urls: urls)
    return ParsedTweet(info: info, text: text.precomposedStringWithCanonicalMapping)
  }

  static func isStatusLink(_ url: String) -> Bool {
    (url.contains("twitter.com/") || url.contains("x.com/")) && url.contains("/status/")
  }
}
