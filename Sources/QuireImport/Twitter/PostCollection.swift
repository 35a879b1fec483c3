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
  /// - Parameter splitFrom: from this many posts on, the two halves are built on two cores.
  static func build(_ posts: [ParsedPost], splitFrom: Int = 50_000) -> (text: String, segments: [Segment], language: String?) {
    posts.withUnsafeBufferPointer { build($0, moving: nil, splitFrom: splitFrom) }
  }

  /// `build`, moving each post's metadata into its segment (no copy retaining its strings): the
  /// posts are left without it.
  static func build(consuming posts: inout [ParsedPost], splitFrom: Int = 50_000) -> (text: String, segments: [Segment], language: String?) {
    posts.withUnsafeMutableBufferPointer { build(UnsafeBufferPointer($0), moving: $0, splitFrom: splitFrom) }
  }

  /// A post's sort key: its date's first 32 bytes packed into integers (ISO dates are ASCII, so
  /// byte order is the order of the strings, and comparing integers is far cheaper than
  /// comparing Strings), then its index: sorting these sorts small values, not posts. `bytes`
  /// (its text's UTF-8 length, not compared) sizes the source text before it is written.
  struct SortKey: Comparable {
    var a: UInt64, b: UInt64, c: UInt64, d: UInt64, index: Int, bytes: Int = 0
    static func < (l: SortKey, r: SortKey) -> Bool { (l.a, l.b, l.c, l.d, l.index) < (r.a, r.b, r.c, r.d, r.index) }
    static func == (l: SortKey, r: SortKey) -> Bool { (l.a, l.b, l.c, l.d, l.index) == (r.a, r.b, r.c, r.d, r.index) }
  }

  /// The sorted keys of `posts[range]`.
  static func sortKeys(_ posts: UnsafeBufferPointer<ParsedPost>, _ range: Range<Int>) -> [SortKey] {
    var keyed: [SortKey] = []
    keyed.reserveCapacity(range.count)
    for i in range {
      var key = SortKey(a: 0, b: 0, c: 0, d: 0, index: i, bytes: posts[i].text.utf8.count)
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
    return keyed
  }

  private static func build(
    _ posts: UnsafeBufferPointer<ParsedPost>, moving: UnsafeMutableBufferPointer<ParsedPost>?, splitFrom: Int
  ) -> (text: String, segments: [Segment], language: String?) {
    // A large archive is built in two halves on two cores: first each half's keys are made and
    // sorted, and the two merged; then each half writes its segments into its half of one array,
    // the second half's offsets, lines and ordinals moved on past the first's.
    let halves = posts.count >= splitFrom && ProcessInfo.processInfo.activeProcessorCount > 1 ? 2 : 1
    var sortedOrder: [Int] = []
    // The UTF-8 bytes of the posts' texts, all and the first half's (in time order): the text is
    // written once into a buffer of its size, each half straight into its place.
    var totalBytes = 0
    var firstBytes = 0
    if halves == 2 {
      // Each half's keys in a place of its own (two threads writing one array's elements would
      // share its buffer).
      final class Sorted: @unchecked Sendable { var first: [SortKey] = [], second: [SortKey] = [] }
      let sorted = Sorted()
      nonisolated(unsafe) let posts = posts
      let cut = posts.count / 2
      DispatchQueue.concurrentPerform(iterations: 2) { k in
        if k == 0 { sorted.first = sortKeys(posts, 0..<cut) } else { sorted.second = sortKeys(posts, cut..<posts.count) }
      }
      // Merged; on equal dates the first half's come first (their indexes are lower), as one
      // sort of the whole by (date, index) would have them.
      let (x, y) = (sorted.first, sorted.second)
      sortedOrder.reserveCapacity(posts.count)
      let firstCount = posts.count / 2
      var i = 0
      var j = 0
      func take(_ key: SortKey) {
        if sortedOrder.count < firstCount { firstBytes += key.bytes }
        totalBytes += key.bytes
        sortedOrder.append(key.index)
      }
      while i < x.count && j < y.count {
        if y[j] < x[i] {
          take(y[j])
          j += 1
        } else {
          take(x[i])
          i += 1
        }
      }
      while i < x.count {
        take(x[i])
        i += 1
      }
      while j < y.count {
        take(y[j])
        j += 1
      }
    } else {
      let keys = sortKeys(posts, 0..<posts.count)
      sortedOrder = keys.map(\.index)
      for key in keys { totalBytes += key.bytes }
      firstBytes = totalBytes
    }
    let order = sortedOrder
    let middle = halves == 2 ? order.count / 2 : order.count
    // Posts are separated by a blank line: two bytes between two posts.
    let firstLength = firstBytes + 2 * max(0, middle - 1)
    let textLength = totalBytes + 2 * max(0, order.count - 1)
    final class Parts: @unchecked Sendable { var parts: [Part?] = [nil, nil] }
    let parts = Parts()
    nonisolated(unsafe) let posts = posts
    nonisolated(unsafe) let moving = moving
    var segments: [Segment] = []
    let text = String(unsafeUninitializedCapacity: textLength) { textBuffer in
      nonisolated(unsafe) let textBuffer = textBuffer
      if halves == 2 {
        textBuffer[firstLength] = 0x0A
        textBuffer[firstLength + 1] = 0x0A
      }
      segments = [Segment](unsafeUninitializedCapacity: order.count) { buffer, count in
        nonisolated(unsafe) let all = buffer
        DispatchQueue.concurrentPerform(iterations: halves) { k in
          let range = k == 0 ? 0..<middle : middle..<order.count
          let bytes = k == 0 ? 0..<firstLength : min(textLength, firstLength + 2)..<textLength
          parts.parts[k] = Part(
            posts, moving: moving, order[range], into: UnsafeMutableBufferPointer(rebasing: all[range]),
            text: UnsafeMutableBufferPointer(rebasing: textBuffer[bytes]))
        }
        if halves == 2, let first = parts.parts[0] {
          // The blank line between the halves: two scalars, two newlines.
          let scalarShift = first.scalars + 2
          let lineShift = first.newlines + 2
          for k in middle..<order.count {
            all[k].ordinal += middle
            all[k].start += scalarShift
            all[k].end += scalarShift
            all[k].lineStart += lineShift
            all[k].lineEnd += lineShift
          }
        }
        count = order.count
      }
      return textLength
    }
    guard let first = parts.parts[0] else { return ("", [], nil) }
    guard halves == 2, let second = parts.parts[1] else { return (text, segments, mainLanguage(first.languages)) }
    return (text, segments, mainLanguage(first.languages.merging(second.languages, uniquingKeysWith: +)))
  }

  /// The language most posts are in (ties: the first by code), leaving out X's codes for
  /// "undetermined" and for posts of links, hashtags or mentions only.
  static func mainLanguage(_ counts: [String: Int]) -> String? {
    var languages = counts
    for skip in ["und", "zxx", "qme", "qht", "qam", "qct"] { languages[skip] = nil }
    return languages.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
  }

  static let emptyInfo = TweetInfo(id: "", authorHandle: "", authorName: "", createdAt: "", url: "")

  /// The text of posts in this order written into `text` (exactly its size), their segments
  /// into `out` (uninitialised, one place a post), offsets and ordinals from the part's own start.
  struct Part {
    var scalars: Int
    var newlines: Int
    var languages: [String: Int]

    /// With `moving` (the same posts), each post's metadata is moved into its segment.
    init(
      _ posts: UnsafeBufferPointer<ParsedPost>, moving: UnsafeMutableBufferPointer<ParsedPost>?, _ order: ArraySlice<Int>,
      into out: UnsafeMutableBufferPointer<Segment>, text: UnsafeMutableBufferPointer<UInt8>
    ) {
      var at = 0
      var scalars = 0
      var newlines = 0
      var n = 0
      var languages: [String: Int] = [:]
      // Most archives have one author and a language or two: reuse the last speaker string and
      // count runs of one language instead of hashing each post's.
      var lastHandle = "", lastSpeaker: String? = nil
      var runLanguage: String? = nil, runLength = 0
      for idx in order {
        if n > 0 {
          text[at] = 0x0A
          text[at + 1] = 0x0A
          at += 2
          scalars += 2
          newlines += 2
        }
        let (start, lineStart) = (scalars, newlines + 1)
        var piece = posts[idx].text
        piece.withUTF8 { b in
          precondition(at + b.count <= text.count, "a post's text changed while its source was built")
          if let from = b.baseAddress { (text.baseAddress! + at).update(from: from, count: b.count) }
          at += b.count
          let (s, l) = TextBuilder.count(b)
          scalars += s
          newlines += l
        }
        let language = posts[idx].info.language
        if language != runLanguage {
          if let l = runLanguage { languages[l, default: 0] += runLength }
          runLanguage = language
          runLength = 0
        }
        runLength += 1
        let handle = posts[idx].info.authorHandle
        if handle != lastHandle || lastSpeaker == nil {
          lastHandle = handle
          lastSpeaker = handle.isEmpty ? nil : "@" + handle
        }
        let segment = out.baseAddress! + n
        segment.initialize(
          to: Segment(
            ordinal: n, kind: .tweet, start: start, end: scalars, lineStart: lineStart,
            lineEnd: newlines + 1, speaker: handle.isEmpty ? nil : lastSpeaker, tweet: nil))
        if let moving {
          // The post's metadata moved into its place in the segment, an empty one left behind:
          // no string retained (passed to `Segment.init`, it was copied, each string retained).
          segment.pointee.tweet = PostCollection.emptyInfo
          swap(&segment.pointee.tweet!, &moving[idx].info)
        } else {
          segment.pointee.tweet = posts[idx].info
        }
        n += 1
      }
      if let l = runLanguage { languages[l, default: 0] += runLength }
      precondition(at == text.count, "a post's text changed while its source was built")
      self.scalars = scalars
      self.newlines = newlines
      self.languages = languages
    }
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
