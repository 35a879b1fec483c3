import Foundation
import QuireCore

/// Reads the older Twitter archive (2012–2018, "Grailbird"): the monthly files
/// `data/js/tweets/YYYY_MM.js` (`Grailbird.data.tweets_YYYY_MM = [ … ]`), read together as one
/// source, or the archive's `tweets.csv`. `data/js/user_details.js` names the account.
public struct GrailbirdImporter: Importer {
  public let format = "grailbird"

  public init() {}

  public func confidence(path: String, head: [UInt8]) -> Double {
    let text = String(decoding: head.prefix(200), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if text.hasPrefix("Grailbird.data.tweets_") { return 1 }
    if text.hasPrefix("tweet_id,") || text.hasPrefix("\"tweet_id\",") { return 0.9 }
    return 0
  }

  /// The monthly files of the archive holding `url`, oldest first.
  static func months(besides url: URL) -> [URL] {
    let dir = url.deletingLastPathComponent()
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return files.filter { f in
      f.hasSuffix(".js") && f.count == 10 && f.dropLast(3).split(separator: "_").count == 2
    }.sorted().map { dir.appendingPathComponent($0) }
  }

  /// Nil when `url` is the archive's first month (it reads them all), else that first month.
  static func mainMonth(of url: URL) -> URL? {
    guard let first = months(besides: url).first, first.lastPathComponent != url.lastPathComponent else { return nil }
    return first
  }

  /// `(screen_name, full_name)` from `user_details.js` in the archive.
  static func account(archiveRoot: URL) -> (String, String)? {
    let f = archiveRoot.appendingPathComponent("data/js/user_details.js")
    guard let data = FileManager.default.contents(atPath: f.path) else { return nil }
    let bytes = [UInt8](data)
    guard let eq = bytes.firstIndex(of: UInt8(ascii: "=")), let v = try? JSONParser.parseDocument(Array(bytes[(eq + 1)...])),
      let handle = v["screen_name"]?.string
    else { return nil }
    return (handle, v["full_name"]?.string ?? handle)
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    var posts: [ParsedPost] = []
    var hasher = SHA256()
    var root = url.deletingLastPathComponent()
    if file.hasSuffix(".csv") {
      hasher.update(bytes)
      posts = try Self.readCSV(bytes, file: file, account: Self.account(archiveRoot: root))
    } else {
      root = root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()  // data/js/tweets/
      let account = Self.account(archiveRoot: root)
      var monthFiles = Self.months(besides: url)
      if monthFiles.isEmpty { monthFiles = [url] }
      for m in monthFiles {
        let mb = m.lastPathComponent == file ? bytes : [UInt8](FileManager.default.contents(atPath: m.path) ?? Data())
        hasher.update(mb)
        try TweetsJSImporter.forEachEntry(mb, file: m.lastPathComponent) { offset, value in
          guard var p = TwarcImporter.v1(value) else {
            let (line, column) = TextDecoding.lineAndColumn(of: offset, in: mb)
            throw QuireError("expected a tweet with `id_str`", at: SourceLocation(file: m.lastPathComponent, line: line, column: column))
          }
          if p.info.authorHandle.isEmpty, let account {
            p.info.authorHandle = account.0
            p.info.authorName = account.1
            p.info.url = "https://x.com/\(account.0)/status/\(p.info.id)"
          }
          posts.append(p)
        }
      }
    }
    let (text, segments, language) = PostCollection.build(posts)
    let owner = posts.first.map { ($0.info.authorHandle, $0.info.authorName) }
    var cases: [Case] = []
    if let owner, !owner.0.isEmpty { cases = [Case(name: owner.1, attributes: ["twitter_handle": owner.0])] }
    return ImportedSource(
      name: owner.map { "Tweets of @\($0.0) (archive)" } ?? root.lastPathComponent, kind: .tweets, format: format, text: text,
      language: language, originalName: file, sha256: hasher.finalizeHex(), segments: segments, cases: cases)
  }

  /// `tweets.csv`: tweet_id, in_reply_to_status_id, in_reply_to_user_id, timestamp, source, text,
  /// retweeted_status_id, retweeted_status_user_id, retweeted_status_timestamp, expanded_urls.
  static func readCSV(_ bytes: [UInt8], file: String, account: (String, String)?) throws -> [ParsedPost] {
    let text = try TextDecoding.decode(bytes, file: file)
    let records = try CSVReader.records(text, file: file)
    guard let header = records.first?.fields else { return [] }
    let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    guard col["tweet_id"] != nil, col["text"] != nil else {
      throw QuireError("expected the columns tweet_id and text of an archive's tweets.csv", at: SourceLocation(file: file, line: 1))
    }
    var out: [ParsedPost] = []
    for r in records.dropFirst() where r.fields.count == header.count {
      func cell(_ k: String) -> String? { col[k].map { r.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } }
      guard let id = cell("tweet_id"), let raw = cell("text") else { continue }
      let handle = account?.0 ?? ""
      let ts = cell("timestamp").flatMap(TweetText.isoDate) ?? ""
      let isRT = cell("retweeted_status_id") != nil || raw.hasPrefix("RT @")
      let info = TweetInfo(
        id: id, authorHandle: handle, authorName: account?.1 ?? handle, createdAt: ts,
        url: handle.isEmpty ? "https://x.com/i/web/status/\(id)" : "https://x.com/\(handle)/status/\(id)",
        replyToId: cell("in_reply_to_status_id"), isRetweet: isRT,
        retweetedHandle: isRT && raw.hasPrefix("RT @") ? String(raw.dropFirst(4).prefix { $0.isLetter || $0.isNumber || $0 == "_" }) : nil,
        urls: (cell("expanded_urls") ?? "").split(separator: ",").map(String.init))
      out.append(ParsedPost(info: info, text: PostCollection.cleanText(raw, urls: [])))
    }
    return out
  }
}
