import Foundation
import QuireCore

/// Reads a TAGS archive (Twitter Archiving Google Sheet) saved as CSV: `id_str, from_user, text,
/// created_at, …, status_url, entities_str`. `NA` cells (as R writes them) are empty.
public struct TAGSImporter: Importer {
  public let format = "tags-csv"
  static let required = ["id_str", "from_user", "text", "created_at"]

  public init() {}

  public func confidence(path: String, head: [UInt8]) -> Double {
    let first = String(decoding: head.prefix(1024), as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    let columns = first.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \r")) }
    return Self.required.allSatisfy(columns.contains) ? 0.95 : 0
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    let text = try TextDecoding.decode(bytes, file: file)
    let records = try CSVReader.records(text, file: file)
    guard let header = records.first?.fields else {
      throw QuireError("the file is empty: expected a TAGS header row", at: SourceLocation(file: file, line: 1))
    }
    var column: [String: Int] = [:]
    for (i, h) in header.enumerated() { column[h.trimmingCharacters(in: .whitespaces)] = i }
    for r in Self.required where column[r] == nil {
      throw QuireError("no `\(r)` column: expected TAGS columns \(Self.required.joined(separator: ", "))…", at: SourceLocation(file: file, line: 1))
    }
    var posts: [ParsedPost] = []
    var seen = Set<String>()
    for record in records.dropFirst() {
      if record.fields.count == 1 && record.fields[0].isEmpty { continue }
      guard record.fields.count == header.count else {
        throw QuireError("expected \(header.count) fields as in the header, found \(record.fields.count)", at: SourceLocation(file: file, line: record.line))
      }
      func cell(_ name: String) -> String? {
        guard let i = column[name] else { return nil }
        let v = record.fields[i]
        return v == "NA" || v.isEmpty ? nil : v
      }
      guard let id = cell("id_str"), let raw = cell("text") else {
        throw QuireError("the row has no id_str or text", at: SourceLocation(file: file, line: record.line))
      }
      guard seen.insert(id).inserted else { continue }
      let handle = cell("from_user") ?? ""
      var hashtags: [String] = [], mentions: [String] = [], urls: [(String, String)] = []
      if let e = cell("entities_str"), let entities = try? JSONParser.parseDocument(Array(e.utf8)) {
        hashtags = (entities["hashtags"]?.array ?? []).compactMap { $0["text"]?.string }
        mentions = (entities["user_mentions"]?.array ?? []).compactMap { $0["screen_name"]?.string }
        for key in ["urls", "media"] {
          for u in entities[key]?.array ?? [] { if let s = u["url"]?.string, let l = u["expanded_url"]?.string { urls.append((s, l)) } }
        }
      }
      let isRetweet = raw.hasPrefix("RT @")
      let info = TweetInfo(
        id: id, authorHandle: handle, authorName: handle,
        createdAt: cell("created_at").flatMap(TweetText.isoDate) ?? cell("time") ?? "",
        url: cell("status_url") ?? "https://x.com/\(handle)/status/\(id)",
        replyToId: cell("in_reply_to_status_id_str"), replyToHandle: cell("in_reply_to_screen_name"),
        isRetweet: isRetweet, retweetedHandle: isRetweet ? String(raw.dropFirst(4).prefix { $0.isLetter || $0.isNumber || $0 == "_" }) : nil,
        language: cell("user_lang"), hashtags: hashtags, mentions: mentions, urls: urls.map(\.1))
      posts.append(ParsedPost(info: info, text: PostCollection.cleanText(raw, urls: urls)))
    }
    let (body, segments, language) = PostCollection.build(posts)
    return ImportedSource(
      name: url.deletingPathExtension().lastPathComponent, kind: .tweets, format: format, text: body, language: language,
      originalName: file, sha256: options.sha256(bytes), segments: segments, cases: PostCollection.authorCases(posts.map(\.info)))
  }
}
