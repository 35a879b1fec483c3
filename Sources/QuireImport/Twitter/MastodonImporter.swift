import Foundation
import QuireCore
import QuireXML

/// Reads a Mastodon account export's `outbox.json` (ActivityStreams): each `Create` of a `Note`
/// is a post, its HTML content turned into text (paragraphs kept, links and mentions as their
/// visible text); each `Announce` is a boost of another post. `inReplyTo`, hashtags, mentions,
/// language and the post's URL are kept; `actor.json` beside the file names the account.
public struct MastodonImporter: Importer {
  public let format = "mastodon"

  public init() {}

  public func confidence(path: String, head: [UInt8]) -> Double {
    let start = head.prefix(4096)
    if start.containsBytes("activitystreams") && start.containsBytes("\"OrderedCollection\"") { return 0.95 }
    return 0
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    let root: JSONValue
    do {
      root = try JSONParser.parseDocument(bytes)
    } catch {
      throw TweetsJSImporter.syntaxError(error, bytes: bytes, file: file)
    }
    guard let items = root["orderedItems"]?.array else {
      throw QuireError("expected an ActivityStreams OrderedCollection with `orderedItems`", at: SourceLocation(file: file, line: 1))
    }
    let actorInfo = Self.actor(near: url)
    var posts: [ParsedPost] = []
    var skipped = 0
    for item in items {
      guard let type = item["type"]?.string else { skipped += 1; continue }
      let actorURL = item["actor"]?.string ?? ""
      let (handle, host) = Self.handle(fromActor: actorURL)
      let name = actorInfo?.name ?? handle
      let published = item["published"]?.string.map { String($0.prefix(19)) + "Z" } ?? ""
      if type == "Announce" {
        let target = item["object"]?.string ?? item["object"]?["id"]?.string ?? ""
        let id = item["id"]?.string ?? target
        let info = TweetInfo(
          id: id, authorHandle: handle, authorName: name, createdAt: published, url: target,
          isRetweet: true, retweetedHandle: Self.handle(fromPost: target))
        posts.append(ParsedPost(info: info, text: "Boosted \(target)"))
        continue
      }
      guard type == "Create", let note = item["object"], case .object = note else { skipped += 1; continue }
      let html = note["content"]?.string ?? ""
      var text = Self.text(ofHTML: html)
      if let summary = note["summary"]?.string, !summary.isEmpty { text = "CW: \(summary)\n\n" + text }
      for a in note["attachment"]?.array ?? [] {
        if let u = a["url"]?.string { text += (text.isEmpty ? "" : "\n") + (a["name"]?.string.map { "[\($0)] " } ?? "") + u }
      }
      let tags = note["tag"]?.array ?? []
      let hashtags = tags.filter { $0["type"]?.string == "Hashtag" }.compactMap { $0["name"]?.string.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 } }
      let mentions = tags.filter { $0["type"]?.string == "Mention" }.compactMap { $0["name"]?.string.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } }
      let language = note["contentMap"]?.keys.sorted().first
      let reply = note["inReplyTo"]?.string
      let info = TweetInfo(
        id: note["id"]?.string ?? item["id"]?.string ?? "", authorHandle: handle, authorName: name, createdAt: published,
        url: note["url"]?.string ?? note["id"]?.string ?? "", replyToId: reply,
        replyToHandle: reply.flatMap(Self.handle(fromPost:)), isRetweet: false, isQuote: note["quoteUrl"] != nil,
        language: language, hashtags: hashtags, mentions: mentions)
      _ = host
      posts.append(ParsedPost(info: info, text: text.precomposedStringWithCanonicalMapping))
    }
    let (text, segments, language) = PostCollection.build(consuming: &posts)
    let first = items.first?["actor"]?.string ?? ""
    let (handle, host) = Self.handle(fromActor: first)
    var cases: [Case] = []
    if !handle.isEmpty {
      var attributes = ["mastodon_account": "@\(handle)@\(host)"]
      if let bio = actorInfo?.bio, !bio.isEmpty { attributes["mastodon_bio"] = bio }
      cases.append(Case(name: actorInfo?.name ?? "@\(handle)@\(host)", attributes: attributes))
    }
    var warnings: [String] = []
    if skipped > 0 { warnings.append("\(file): skipped \(skipped) activities that are neither posts nor boosts") }
    if let total = root["totalItems"]?.int, total != items.count {
      warnings.append("\(file): the file says totalItems \(total) but holds \(items.count) activities")
    }
    return ImportedSource(
      name: handle.isEmpty ? url.deletingPathExtension().lastPathComponent : "Posts of @\(handle)@\(host)", kind: .tweets,
      format: format, text: text, language: language, originalName: file, sha256: options.sha256(bytes), segments: segments,
      cases: cases, warnings: warnings)
  }

  /// `https://host/users/name` → (`name`, `host`).
  static func handle(fromActor url: String) -> (String, String) {
    guard let u = URL(string: url), let host = u.host else { return ("", "") }
    return (u.lastPathComponent, host)
  }

  /// `https://host/users/name/statuses/1` or `https://host/@name/1` → `name`.
  static func handle(fromPost url: String) -> String? {
    guard let u = URL(string: url) else { return nil }
    let parts = u.pathComponents
    if let i = parts.firstIndex(of: "users"), i + 1 < parts.count { return parts[i + 1] }
    if let at = parts.first(where: { $0.hasPrefix("@") }) { return String(at.dropFirst()) }
    return nil
  }

  static func text(ofHTML html: String) -> String {
    guard !html.isEmpty, let doc = try? XMLDoc(html: Array(("<div>" + html + "</div>").utf8), file: "post.html") else { return html }
    return doc.htmlText()
  }

  /// Display name and bio from `actor.json` beside the outbox.
  static func actor(near url: URL) -> (name: String, bio: String)? {
    let a = url.deletingLastPathComponent().appendingPathComponent("actor.json")
    guard let data = FileManager.default.contents(atPath: a.path), let v = try? JSONParser.parseDocument([UInt8](data)),
      let name = v["name"]?.string ?? v["preferredUsername"]?.string
    else { return nil }
    return (name, text(ofHTML: v["summary"]?.string ?? ""))
  }
}
