import Foundation
import QuireCore

/// A post read from an archive: its metadata and its full text.
struct ParsedPost: Sendable {
  var info: TweetInfo
  var text: String
}

/// Turns posts into a source text and segments: time order (ties keep file order), one post a
/// segment, posts separated by blank lines.
enum PostCollection {
  static func build(_ posts: [ParsedPost]) -> (text: String, segments: [Segment], language: String?) {
    // Sort (date, index) pairs: comparing small values, not copying posts.
    // The date's first 32 bytes packed into integers: ISO dates are ASCII, so byte order is
    // the order of the strings, and comparing integers is far cheaper than comparing Strings.
    struct Key: Comparable {
      var a: UInt64, b: UInt64, c: UInt64, d: UInt64, index: Int
      static func < (l: Key, r: Key) -> Bool { (l.a, l.b, l.c, l.d, l.index) < (r.a, r.b, r.c, r.d, r.index) }
    }
    var keyed: [Key] = []
    keyed.reserveCapacity(posts.count)
    for i in posts.indices {
      var key = Key(a: 0, b: 0, c: 0, d: 0, index: i)
      for (k, byte) in posts[i].info.createdAt.utf8.prefix(32).enumerated() {
        let v = UInt64(byte) << (56 - UInt64(k % 8) * 8)
        switch k / 8 {
        case 0: key.a |= v
        case 1: key.b |= v
        case 2: key.c |= v
        default: key.d |= v
        }
      }
      keyed.append(key)
    }
    keyed.sort()
    let order = keyed.map(\.index)
    var builder = TextBuilder()
    var segments: [Segment] = []
    segments.reserveCapacity(posts.count)
    var languages: [String: Int] = [:]
    // Most archives have one author and a language or two: reuse the last speaker string and
    // count runs of one language instead of hashing each post's.
    var lastHandle = "", lastSpeaker: String? = nil
    var runLanguage: String? = nil, runLength = 0
    for idx in order {
      let info = posts[idx].info, text = posts[idx].text
      if !segments.isEmpty { _ = builder.append("\n\n") }
      let r = builder.append(text)
      if info.language != runLanguage {
        if let l = runLanguage { languages[l, default: 0] += runLength }
        runLanguage = info.language
        runLength = 0
      }
      runLength += 1
      if info.authorHandle != lastHandle || lastSpeaker == nil {
        lastHandle = info.authorHandle
        lastSpeaker = info.authorHandle.isEmpty ? nil : "@" + info.authorHandle
      }
      segments.append(
        Segment(
          ordinal: segments.count, kind: .tweet, start: r.start, end: r.end, lineStart: r.lineStart,
          lineEnd: r.lineEnd, speaker: info.authorHandle.isEmpty ? nil : lastSpeaker, tweet: info))
    }
    if let l = runLanguage { languages[l, default: 0] += runLength }
    for skip in ["und", "zxx", "qme", "qht", "qam", "qct"] { languages[skip] = nil }
    return (builder.text, segments, languages.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key)
  }

  /// One case per author of a collection of many accounts, named `@handle`.
  static func authorCases(_ posts: [TweetInfo]) -> [Case] {
    var seen = Set<String>()
    var out: [Case] = []
    for p in posts where !p.authorHandle.isEmpty && seen.insert(p.authorHandle.lowercased()).inserted {
      var attributes = ["twitter_handle": p.authorHandle]
      if !p.authorName.isEmpty { attributes["display_name"] = p.authorName }
      out.append(Case(name: "@" + p.authorHandle, attributes: attributes))
    }
    return out
  }

  /// Expands t.co links with their targets and decodes HTML entities.
  static func cleanText(_ raw: String, urls: [(String, String)]) -> String {
    var text = TweetText.decodeEntities(raw)
    if text.containsByte(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
    for (short, long) in urls where !short.isEmpty { text = TweetText.replacing(short, with: long, in: text) }
    return NFC.normalize(text)
  }
}
