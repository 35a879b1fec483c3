import Foundation
import QuireCore

/// Reads tweets collected with twarc: API v1.1 tweets one per line (twarc 1), and API v2 output
/// (twarc2) — response pages (`data` + `includes.users`), flattened tweets (`author` inside each
/// tweet) and filtered-stream lines (`data` holding one tweet).
///
/// Full text comes from `extended_tweet`, `note_tweet` or, for retweets, the retweeted tweet.
/// A line that is cut off or holds no tweet is reported with its line number and the rest
/// imports.
public struct TwarcImporter: Importer {
  public let format = "twarc"

  public init() {}

  public func confidence(path: String, head: [UInt8]) -> Double {
    let text = String(decoding: head.prefix(4096), as: UTF8.self)
    guard text.first == "{" else { return 0 }
    if text.contains("\"__twarc\"") { return 0.95 }
    if text.contains("\"id_str\"") && text.contains("\"user\"") { return 0.9 }
    let compact = text.filter { !$0.isWhitespace }
    if compact.hasPrefix("{\"data\":[{") || compact.hasPrefix("{\"data\":{") { return 0.9 }
    if text.contains("\"author_id\"") || text.contains("\"referenced_tweets\"") || text.contains("\"public_metrics\"") { return 0.85 }
    return 0
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    var posts: [ParsedPost] = []
    var warnings: [String] = []
    var seen = Set<String>()
    var lineNumber = 0
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    var badLines: [String] = []
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      lineNumber += 1
      defer { start = end + 1 }
      let line = Array(bytes[start..<end])
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
      let value: JSONValue
      do {
        value = try JSONParser.parseDocument(line)
      } catch {
        badLines.append("line \(lineNumber) (\(error.message))")
        continue
      }
      let found = Self.posts(in: value)
      if found.isEmpty {
        badLines.append("line \(lineNumber) (no tweet in it)")
        continue
      }
      for p in found where seen.insert(p.info.id).inserted { posts.append(p) }
    }
    if posts.isEmpty {
      throw QuireError(
        "no tweets found: expected twarc JSON Lines (one API v1.1 tweet or v2 response per line)",
        at: SourceLocation(file: file, line: 1))
    }
    if !badLines.isEmpty {
      warnings.append("\(file): skipped \(badLines.count) line(s): " + badLines.prefix(10).joined(separator: "; ") + (badLines.count > 10 ? "; …" : ""))
    }
    let (text, segments, language) = PostCollection.build(posts)
    return ImportedSource(
      name: url.deletingPathExtension().lastPathComponent, kind: .tweets, format: format, text: text,
      language: language, originalName: file, sha256: options.sha256(bytes), segments: segments,
      cases: PostCollection.authorCases(posts.map(\.info)), warnings: warnings)
  }

  /// The tweets of one line, whatever its shape.
  static func posts(in value: JSONValue) -> [ParsedPost] {
    // API v1.1
    if value["id_str"] != nil, value["user"] != nil {
      return v1(value).map { [$0] } ?? []
    }
    // twarc2: a response page or a stream line.
    if let data = value["data"] {
      var users: [String: JSONValue] = [:]
      for u in value["includes"]?["users"]?.array ?? [] { if let id = u["id"]?.string { users[id] = u } }
      var included: [String: JSONValue] = [:]
      for t in value["includes"]?["tweets"]?.array ?? [] { if let id = t["id"]?.string { included[id] = t } }
      let list = data.array ?? [data]
      return list.compactMap { v2($0, users: users, included: included) }
    }
    // twarc2 flattened: one tweet with `author` inside.
    if value["id"] != nil, value["text"] != nil {
      return v2(value, users: [:], included: [:]).map { [$0] } ?? []
    }
    return []
  }

  static func v1(_ t: JSONValue) -> ParsedPost? {
    guard let id = t["id_str"]?.string else { return nil }
    let user = t["user"]
    let handle = user?["screen_name"]?.string ?? ""
    var source = t
    var isRetweet = false
    var retweeted: String? = nil
    if let rt = t["retweeted_status"], case .object = rt {
      isRetweet = true
      retweeted = rt["user"]?["screen_name"]?.string
      source = rt
    }
    var raw = source["extended_tweet"]?["full_text"]?.string ?? source["full_text"]?.string ?? source["text"]?.string ?? ""
    let entities = source["extended_tweet"]?["entities"] ?? source["entities"]
    if isRetweet, let r = retweeted { raw = "RT @\(r): " + raw }
    var urls: [(String, String)] = []
    for key in ["urls", "media"] {
      for u in entities?[key]?.array ?? [] {
        if let s = u["url"]?.string, let l = u["expanded_url"]?.string { urls.append((s, l)) }
      }
    }
    let info = TweetInfo(
      id: id, authorHandle: handle, authorName: user?["name"]?.string ?? handle,
      createdAt: t["created_at"]?.string.flatMap(TweetText.isoDate) ?? "",
      url: handle.isEmpty ? "https://x.com/i/web/status/\(id)" : "https://x.com/\(handle)/status/\(id)",
      replyToId: t["in_reply_to_status_id_str"]?.string, replyToHandle: t["in_reply_to_screen_name"]?.string,
      isRetweet: isRetweet, isQuote: t["is_quote_status"]?.bool ?? (t["quoted_status"] != nil), retweetedHandle: retweeted,
      likeCount: t["favorite_count"]?.int ?? 0, retweetCount: t["retweet_count"]?.int ?? 0,
      language: t["lang"]?.string,
      hashtags: (entities?["hashtags"]?.array ?? []).compactMap { $0["text"]?.string },
      mentions: (entities?["user_mentions"]?.array ?? []).compactMap { $0["screen_name"]?.string },
      urls: urls.map(\.1))
    return ParsedPost(info: info, text: PostCollection.cleanText(raw, urls: urls))
  }

  static func v2(_ t: JSONValue, users: [String: JSONValue], included: [String: JSONValue]) -> ParsedPost? {
    guard let id = t["id"]?.string, let text = t["text"]?.string else { return nil }
    let author = t["author"] ?? t["author_id"]?.string.flatMap { users[$0] }
    let handle = author?["username"]?.string ?? ""
    var raw = t["note_tweet"]?["text"]?.string ?? text
    var entities = t["note_tweet"]?["entities"] ?? t["entities"]
    var isRetweet = false, isQuote = false
    var retweeted: String? = nil
    var replyTo: String? = nil
    for ref in t["referenced_tweets"]?.array ?? [] {
      let refID = ref["id"]?.string ?? ""
      switch ref["type"]?.string {
      case "retweeted":
        isRetweet = true
        // The full text of the retweeted tweet: embedded (flattened) or in includes.
        let original = ref["text"] != nil ? ref : included[refID]
        if let original, let full = original["note_tweet"]?["text"]?.string ?? original["text"]?.string {
          let who = original["author"]?["username"]?.string
            ?? original["author_id"]?.string.flatMap { users[$0]?["username"]?.string }
          retweeted = who
          raw = who.map { "RT @\($0): " } .map { $0 + full } ?? raw
          entities = original["entities"] ?? entities
        }
      case "quoted": isQuote = true
      case "replied_to": replyTo = refID
      default: break
      }
    }
    if retweeted == nil, isRetweet, raw.hasPrefix("RT @") {
      retweeted = String(raw.dropFirst(4).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
    var urls: [(String, String)] = []
    for u in entities?["urls"]?.array ?? [] {
      if let s = u["url"]?.string, let l = u["unwound_url"]?.string ?? u["expanded_url"]?.string { urls.append((s, l)) }
    }
    let metrics = t["public_metrics"]
    let info = TweetInfo(
      id: id, authorHandle: handle, authorName: author?["name"]?.string ?? handle,
      createdAt: t["created_at"]?.string.map { String($0.prefix(19)) + "Z" } ?? "",
      url: handle.isEmpty ? "https://x.com/i/web/status/\(id)" : "https://x.com/\(handle)/status/\(id)",
      replyToId: replyTo, replyToHandle: t["in_reply_to_user_id"]?.string.flatMap { users[$0]?["username"]?.string },
      isRetweet: isRetweet, isQuote: isQuote, retweetedHandle: retweeted,
      likeCount: metrics?["like_count"]?.int ?? 0, retweetCount: metrics?["retweet_count"]?.int ?? 0,
      language: t["lang"]?.string,
      hashtags: (entities?["hashtags"]?.array ?? []).compactMap { $0["tag"]?.string },
      mentions: (entities?["mentions"]?.array ?? []).compactMap { $0["username"]?.string },
      urls: urls.map(\.1))
    return ParsedPost(info: info, text: PostCollection.cleanText(raw, urls: urls))
  }
}
