import Foundation
import QuireCore

/// Replaces real names, handles and mentions with pseudonyms in everything an export writes —
/// quote text, speakers, attributions, citations, sources and tweet metadata — never in the
/// project itself.
///
/// A mapping file is CSV: `real,pseudonym` per row (a header row `real,pseudonym` is allowed).
/// A real name is replaced where it stands as a whole word (`J Dale` but not `J Daley`); a
/// handle given as `@name` replaces `@name` and the bare `name` in handles and URLs.
public struct Pseudonyms: Sendable {
  public var pairs: [(real: String, pseudonym: String)]

  public init(pairs: [(String, String)]) {
    // Longest first, so `Rachel Adeyemi` is replaced before `Rachel`.
    self.pairs = pairs.filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }.map { (real: $0.0, pseudonym: $0.1) }
  }

  /// Reads `real,pseudonym` rows (RFC 4180 quoting, optional header).
  public static func parse(csv: String, file: String) throws -> Pseudonyms {
    var pairs: [(String, String)] = []
    for record in try CSVReader.records(csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv, file: file) {
      let fields = record.fields
      if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
      guard fields.count == 2 else {
        throw QuireError("expected two fields, `real,pseudonym`, found \(fields.count)", at: SourceLocation(file: file, line: record.line))
      }
      let real = fields[0].trimmingSpaces, fake = fields[1].trimmingSpaces
      if record.line == 1 && real.lowercased() == "real" { continue }
      guard !real.isEmpty else { throw QuireError("an empty real name", at: SourceLocation(file: file, line: record.line)) }
      pairs.append((real, fake))
    }
    return Pseudonyms(pairs: pairs)
  }

  /// `text` with every real name replaced where it stands as a whole word.
  public func apply(_ text: String) -> String {
    var result = text
    for (real, fake) in pairs {
      if real.hasPrefix("@") {
        let bare = String(real.dropFirst())
        let fakeBare = fake.hasPrefix("@") ? String(fake.dropFirst()) : fake
        result = Self.replaceWord(bare, with: fakeBare, in: result)
      } else {
        result = Self.replaceWord(real, with: fake, in: result)
      }
    }
    return result
  }

  /// Replaces `word` where neither neighbour is a letter or digit (case-sensitive).
  static func replaceWord(_ word: String, with replacement: String, in text: String) -> String {
    let w = Array(word.unicodeScalars)
    let t = Array(text.unicodeScalars)
    guard !w.isEmpty, t.count >= w.count else { return text }
    func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" }
    var out = String.UnicodeScalarView()
    var i = 0
    var changed = false
    while i < t.count {
      if t[i] == w[0], i + w.count <= t.count, Array(t[i..<(i + w.count)]) == w,
        i == 0 || !isWordScalar(t[i - 1]), i + w.count == t.count || !isWordScalar(t[i + w.count])
      {
        out.append(contentsOf: replacement.unicodeScalars)
        i += w.count
        changed = true
        continue
      }
      out.append(t[i])
      i += 1
    }
    return changed ? String(out) : text
  }

  /// A quote as an export should show it.
  public func apply(_ q: Quote) -> Quote {
    var q = q
    q.text = apply(q.text)
    q.speaker = q.speaker.map(apply)
    q.attribution = apply(q.attribution)
    q.citation = apply(q.citation)
    q.location = apply(q.location)
    q.sourceName = apply(q.sourceName)
    // Names may change length: find each matched span again in the new text, near where it was.
    let scalars = Array(q.text.unicodeScalars)
    q.evidence = q.evidence.map { e in
      var e = e
      e.text = apply(e.text)
      let needle = Array(e.text.unicodeScalars)
      let around = max(0, min(scalars.count, e.start - q.start) - 64)
      if !needle.isEmpty, let k = Self.find(needle, in: scalars, from: around) ?? Self.find(needle, in: scalars, from: 0) {
        e.start = q.start + k
        e.end = e.start + needle.count
      }
      return e
    }
    if var t = q.tweet {
      t.authorHandle = apply(t.authorHandle)
      t.authorName = apply(t.authorName)
      t.url = apply(t.url)
      t.replyToHandle = t.replyToHandle.map(apply)
      t.retweetedHandle = t.retweetedHandle.map(apply)
      t.mentions = t.mentions.map(apply)
      q.tweet = t
    }
    return q
  }

  static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
    guard needle.count <= hay.count else { return nil }
    var i = from
    while i + needle.count <= hay.count {
      if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }

  /// A passage's context as an export should show it.
  public func apply(_ c: PassageContext) -> PassageContext {
    PassageContext(
      before: c.before.map { PassageContext.Line(speaker: $0.speaker.map(apply), text: apply($0.text)) },
      after: c.after.map { PassageContext.Line(speaker: $0.speaker.map(apply), text: apply($0.text)) })
  }

  public func apply(_ quotes: [Quote]) -> [Quote] { pairs.isEmpty ? quotes : quotes.map(apply) }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
    return String(s)
  }
}
