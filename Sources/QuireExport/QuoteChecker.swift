import Foundation
import QuireCore

/// A quoted passage found in a chapter draft.
public struct ChapterQuote: Sendable, Equatable {
  public var text: String
  /// The name after the quote, as in `(J Dale)`, if any.
  public var attribution: String?
  /// 1-based line in the chapter.
  public var line: Int
}

/// What `quire cite` found for one quote.
public struct QuoteCheck: Sendable, Codable, Equatable {
  public enum Status: String, Sendable, Codable { case verbatim, altered, not_found }
  public var quote: String
  public var attribution: String?
  public var chapterLine: Int
  public var status: Status
  public var source: String?
  public var location: String?
  public var speaker: String?
  /// Whether the attributed name fits the speaker (nil when either is unknown).
  public var speakerMatches: Bool?
  /// Words left out or changed (`-word`) and added (`+word`), for an altered quote.
  public var differences: [String]
  /// Scalar offsets of the passage in its source.
  public var start: Int?
  public var end: Int?
}

/// Finds a chapter's quotes and checks each against the corpus (DESIGN §5, `quire cite`):
/// ellipses (`…`, `...`) and `[bracketed]` editorial words may stand for left-out text, curly and
/// straight quotes are the same, and whitespace may differ.
public enum QuoteChecker {
  /// Quoted passages of a chapter: text in quotation marks (five words or more), Markdown block
  /// quotes, and passages followed by a `(Name)` line.
  public static func quotes(inChapter text: String) -> [ChapterQuote] {
    var out: [ChapterQuote] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Paragraphs with their first line.
    var paragraphs: [(text: String, line: Int)] = []
    var current: [String] = []
    var start = 1
    for (i, l) in lines.enumerated() {
      if l.trimmingCharacters(in: .whitespaces).isEmpty {
        if !current.isEmpty { paragraphs.append((current.joined(separator: "\n"), start)) }
        current = []
      } else {
        if current.isEmpty { start = i + 1 }
        current.append(l)
      }
    }
    if !current.isEmpty { paragraphs.append((current.joined(separator: "\n"), start)) }
    var i = 0
    while i < paragraphs.count {
      var (p, line) = paragraphs[i]
      var attribution: String? = nil
      // `…quote…\n(Name)` in one paragraph, or `(Name)` as the next paragraph.
      var plines = p.split(separator: "\n").map(String.init)
      let isBlock = plines.allSatisfy { $0.hasPrefix(">") }
      if isBlock { plines = plines.map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) } }
      if plines.count >= 2, let name = attributionName(plines.last ?? "") {
        attribution = name
        plines.removeLast()
        p = plines.joined(separator: "\n")
      } else if i + 1 < paragraphs.count, let name = attributionName(paragraphs[i + 1].text) {
        attribution = name
        i += 1
      }
      if isBlock { p = plines.joined(separator: " ") }
      if attribution != nil || isBlock {
        out.append(ChapterQuote(text: stripOuterQuotes(p), attribution: attribution, line: line))
      } else {
        // Inline quotations of five words or more, with an optional `(Name)` right after.
        for (q, after) in inlineQuotations(p) where q.split(separator: " ").count >= 5 {
          out.append(ChapterQuote(text: q, attribution: attributionName(after), line: line))
        }
      }
      i += 1
    }
    return out
  }

  static func attributionName(_ s: String) -> String? {
    var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    guard t.hasPrefix("("), let close = t.firstIndex(of: ")") else { return nil }
    t = String(t[t.index(after: t.startIndex)..<close])
    let name = t.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let words = name.split(separator: " ")
    guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }), !name.contains(where: \.isNumber) else { return nil }
    return name
  }

  static func stripOuterQuotes(_ s: String) -> String {
    var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    let pairs: [(Character, Character)] = [("“", "”"), ("\"", "\""), ("‘", "’"), ("'", "'")]
    for (a, b) in pairs where t.count >= 2 && t.first == a && t.last == b {
      t = String(t.dropFirst().dropLast())
      break
    }
    return t
  }

  /// Text between “…” or "…", and what follows the closing mark.
  static func inlineQuotations(_ p: String) -> [(String, String)] {
    var out: [(String, String)] = []
    let chars = Array(p)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      let close: Character? = c == "“" ? "”" : (c == "\"" ? "\"" : nil)
      if let close, let j = chars[(i + 1)...].firstIndex(of: close) {
        out.append((String(chars[(i + 1)..<j]), String(chars[(j + 1)...].prefix(60))))
        i = j + 1
        continue
      }
      i += 1
    }
    return out
  }

  // MARK: Matching

  /// A source text reduced for comparison: quotes and dashes unified, whitespace collapsed,
  /// lower case; `map[i]` is the source scalar offset of normalized scalar i.
  struct Normalized {
    var scalars: [Unicode.Scalar] = []
    var map: [Int] = []
  }

  static func normalize(_ text: String) -> Normalized {
    var n = Normalized()
    var lastSpace = true
    for (i, u) in text.unicodeScalars.enumerated() {
      var c = u
      switch u.value {
      case 0x2018, 0x2019, 0x02BC: c = "'"
      case 0x201C, 0x201D: c = "\""
      case 0x2013, 0x2014: c = "-"
      case 0x00A0: c = " "
      default: break
      }
      if c.properties.isWhitespace {
        if lastSpace { continue }
        c = " "
        lastSpace = true
      } else {
        lastSpace = false
      }
      for l in String(c).lowercased().unicodeScalars {
        n.scalars.append(l)
        n.map.append(i)
      }
    }
    return n
  }

  /// The quote's pieces between ellipses and `[brackets]`, normalized.
  static func fragments(_ quote: String) -> [[Unicode.Scalar]] {
    var pieces: [String] = []
    var current = ""
    var inBracket = false
    let chars = Array(quote)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "[" { inBracket = true; pieces.append(current); current = ""; i += 1; continue }
      if c == "]" { inBracket = false; i += 1; continue }
      if inBracket { i += 1; continue }
      if c == "…" || (c == "." && i + 2 < chars.count && chars[i + 1] == "." && chars[i + 2] == ".") {
        pieces.append(current)
        current = ""
        i += c == "…" ? 1 : 3
        continue
      }
      current.append(c)
      i += 1
    }
    pieces.append(current)
    return pieces.map { normalize($0).scalars }.map { frag in
      var f = frag[...]
      while let x = f.first, x == " " || x == "," || x == ";" { f = f.dropFirst() }
      while let x = f.last, x == " " || x == "," || x == ";" { f = f.dropLast() }
      return Array(f)
    }.filter { $0.count >= 2 }
  }

  static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
    guard let first = needle.first, needle.count <= hay.count else { return nil }
    var i = from
    let last = min(hay.count - needle.count, limit)
    while i <= last {
      if hay[i] == first, Array(hay[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }

  /// Checks one quote against sources given as (name, text, speaker-at-offset lookup, location).
  public static func check(
    _ q: ChapterQuote, sources: [(name: String, text: String)],
    describe: (Int, Int, Int) -> (location: String, speaker: String?)
  ) -> QuoteCheck {
    var result = QuoteCheck(quote: q.text, attribution: q.attribution, chapterLine: q.line, status: .not_found, differences: [])
    let frags = fragments(q.text)
    guard !frags.isEmpty else { return result }
    let normalizedSources = sources.map { normalize($0.text) }
    // Verbatim: every fragment in order, each within 2,000 characters of the last.
    for (s, n) in normalizedSources.enumerated() {
      var from = 0
      while let at = find(frags[0], in: n.scalars, from: from, limit: n.scalars.count) {
        var end = at + frags[0].count
        var ok = true
        for f in frags.dropFirst() {
          guard let next = find(f, in: n.scalars, from: end, limit: end + 2000) else { ok = false; break }
          end = next + f.count
        }
        if ok {
          let a = n.map[at], b = n.map[end - 1] + 1
          let d = describe(s, a, b)
          result.status = .verbatim
          result.source = sources[s].name
          result.location = d.location
          result.speaker = d.speaker
          result.start = a
          result.end = b
          result.speakerMatches = speakerMatches(q.attribution, d.speaker)
          return result
        }
        from = at + 1
      }
    }
    // Altered: the passage sharing most of the quote's words, when at least 60% of them.
    let qWords = words(q.text)
    guard qWords.count >= 3 else { return result }
    var best: (score: Double, source: Int, a: Int, b: Int, words: [String])? = nil
    for (s, src) in sources.enumerated() {
      let tokens = wordsWithOffsets(src.text)
      guard !tokens.isEmpty else { continue }
      let window = qWords.count + 4
      let anchor = Set(qWords)
      var i = 0
      while i < tokens.count {
        if anchor.contains(tokens[i].word) {
          let slice = Array(tokens[i..<min(tokens.count, i + window)])
          let score = overlap(qWords, slice.map(\.word))
          if score > (best?.score ?? 0) { best = (score, s, slice.first!.start, slice.last!.end, slice.map(\.word)) }
        }
        i += 1
      }
    }
    if let best, best.score >= 0.6 {
      let d = describe(best.source, best.a, best.b)
      result.status = .altered
      result.source = sources[best.source].name
      result.location = d.location
      result.speaker = d.speaker
      result.start = best.a
      result.end = best.b
      result.speakerMatches = speakerMatches(q.attribution, d.speaker)
      let inQuote = Set(qWords), inSource = Set(best.words)
      result.differences = best.words.filter { !inQuote.contains($0) }.map { "-" + $0 } + qWords.filter { !inSource.contains($0) }.map { "+" + $0 }
    }
    return result
  }

  static func words(_ s: String) -> [String] {
    wordsWithOffsets(s).map(\.word)
  }

  static func wordsWithOffsets(_ s: String) -> [(word: String, start: Int, end: Int)] {
    var out: [(String, Int, Int)] = []
    var current = ""
    var start = 0
    for (i, u) in s.unicodeScalars.enumerated() {
      if u.properties.isAlphabetic || u.properties.numericType != nil {
        if current.isEmpty { start = i }
        current.unicodeScalars.append(u)
      } else if !current.isEmpty {
        out.append((current.lowercased(), start, i))
        current = ""
      }
    }
    if !current.isEmpty { out.append((current.lowercased(), start, s.unicodeScalars.count)) }
    return out
  }

  /// Longest common subsequence of words, over the quote's length.
  static func overlap(_ a: [String], _ b: [String]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var prev = [Int](repeating: 0, count: b.count + 1)
    for x in a {
      var row = [Int](repeating: 0, count: b.count + 1)
      for (j, y) in b.enumerated() { row[j + 1] = x == y ? prev[j] + 1 : max(prev[j + 1], row[j]) }
      prev = row
    }
    return Double(prev[b.count]) / Double(a.count)
  }

  /// `J Dale` fits `J Dale`, `Jane Dale` (initials) and `Dale`.
  static func speakerMatches(_ attribution: String?, _ speaker: String?) -> Bool? {
    guard let a = attribution?.lowercased(), let s = speaker?.lowercased() else { return nil }
    if a == s || Citation.attribution(speaker ?? "").lowercased() == a { return true }
    return s.split(separator: " ").last == a.split(separator: " ").last
  }
}
