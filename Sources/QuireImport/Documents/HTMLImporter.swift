import Foundation
import QuireCore
import QuireXML

/// Reads a saved web page or blog post through libxml2's HTML parser: the main text only
/// (the `<article>` or `<main>`, else the body, without navigation, scripts, forms, sidebars,
/// sharing buttons and comment sections), paragraphs, headings, list items and block quotes kept.
///
/// A quoted passage followed by an attribution paragraph `(Name)` — the chapter style of
/// `…quote… (J Dale)` — is read as an excerpt spoken by Name (a turn with that speaker).
public struct HTMLImporter: Importer {
  public let format = "html"

  public init() {}

  public func confidence(path: String, head: [UInt8]) -> Double {
    let ext = (path as NSString).pathExtension.lowercased()
    // ASCII letters lower-cased: the markers are ASCII.
    let start = head.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }[...]
    if start.containsBytes("<!doctype html") || start.containsBytes("<html") { return 0.95 }
    return ext == "html" || ext == "htm" || ext == "xhtml" ? 0.8 : 0
  }

  static let skippedElements: Set<String> = [
    "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "button", "svg", "select",
    "input", "textarea", "footer", "head", "object", "embed", "canvas", "menu",
  ]
  static let skippedMarks = [
    "comment", "respond", "reply", "sidebar", "widget", "share", "sharing", "related", "navigation", "menu",
    "cookie", "subscribe", "footer", "breadcrumb", "advert", "promo", "skip-link", "screen-reader",
  ]
  static let blockElements: Set<String> = [
    "p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt", "figcaption", "td", "th", "address",
  ]

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    _ = try TextDecoding.decode(bytes, file: file)  // invalid UTF-8 is an error with its place
    let doc: XMLDoc
    do {
      doc = try XMLDoc(html: bytes, file: file)
    } catch let e as XMLError {
      throw QuireError(e.message, at: SourceLocation(file: file))
    }
    guard let tree = doc.tree else { throw QuireError("the page has no content", at: SourceLocation(file: file)) }
    let root = Self.mainContent(tree) ?? tree
    var blocks: [String] = []
    Self.collect(root, into: &blocks)
    let (text, segments) = Attribution.segments(blocks.map { $0.precomposedStringWithCanonicalMapping })
    var cases: [Case] = []
    for s in segments { if let n = s.speaker, !cases.contains(where: { $0.name == n }) { cases.append(Case(name: n)) } }
    var warnings: [String] = []
    if blocks.isEmpty { warnings.append("\(file): no paragraphs found in the page's main text") }
    let title = tree.descendants("title").first?.text.trimmingCharacters(in: .whitespacesAndNewlines)
    var source = ImportedSource(
      name: url.deletingPathExtension().lastPathComponent, kind: .webPage, format: format, text: text,
      originalName: file, sha256: options.sha256(bytes), segments: segments, cases: cases, warnings: warnings)
    if let title, !title.isEmpty { source.attributes["title"] = title }
    return source
  }

  static func isSkipped(_ e: XMLElement) -> Bool {
    if skippedElements.contains(e.name) { return true }
    let marks = ((e.attributes["id"] ?? "") + " " + (e.attributes["class"] ?? "") + " " + (e.attributes["role"] ?? "")).lowercased()
    if e.attributes["role"] == "navigation" || e.attributes["aria-hidden"] == "true" { return true }
    return skippedMarks.contains { marks.contains($0) }
  }

  /// The element holding the page's own text: the longest `<article>`, else `<main>`.
  static func mainContent(_ root: XMLElement) -> XMLElement? {
    let articles = root.descendants("article").filter { !isSkipped($0) }
    if let best = articles.max(by: { $0.text.count < $1.text.count }), best.text.count > 200 { return best }
    if let main = root.descendants("main").first { return main }
    return root.descendants("body").first
  }

  /// Text blocks in order; `<br>` is a line break inside a block.
  static func collect(_ e: XMLElement, into blocks: inout [String]) {
    for child in e.children {
      guard case .element(let c) = child, !isSkipped(c) else { continue }
      if c.name == "header", blocks.isEmpty == false { continue }  // a header inside the text is the site's
      if blockElements.contains(c.name), !c.children.contains(where: { if case .element(let x) = $0 { return blockElements.contains(x.name) } else { return false } }) {
        let t = inlineText(c)
        if !t.isEmpty { blocks.append(t) }
      } else {
        collect(c, into: &blocks)
        // Text directly inside a container (a div holding bare text).
        let loose = c.children.compactMap { if case .text(let t) = $0 { return t } else { return nil } }.joined()
        let tidy = loose.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if !tidy.isEmpty, !blockElements.contains(c.name) { blocks.append(tidy) }
      }
    }
  }

  static func inlineText(_ e: XMLElement) -> String {
    var out = ""
    func walk(_ x: XMLElement) {
      for c in x.children {
        switch c {
        case .text(let t): out += t
        case .element(let y):
          if y.name == "br" { out += "\u{1}" } else if !skippedElements.contains(y.name) { walk(y) }
        }
      }
    }
    walk(e)
    return out.split(separator: "\u{1}", omittingEmptySubsequences: false)
      .map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" }).joined(separator: " ") }
      .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// The chapter style of quoting: a passage, then `(Name)` on a line of its own.
enum Attribution {
  /// `J Dale` from `(J Dale)`, or nil.
  static func name(_ line: String) -> String? {
    let t = line.trimmingCharacters(in: .whitespaces)
    guard t.hasPrefix("("), t.hasSuffix(")"), t.count <= 42 else { return nil }
    let inner = String(t.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    let words = inner.split(separator: " ")
    guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }),
      TranscriptLabelParser.isPlausibleLabel(Array(inner.unicodeScalars)), inner.rangeOfCharacter(from: .decimalDigits) == nil
    else { return nil }
    return inner
  }

  /// Joins blocks with blank lines; each block is a paragraph segment, except a block followed
  /// by an attribution `(Name)` (or ending with one on its last line), which is a turn by Name.
  static func segments(_ blocks: [String]) -> (String, [Segment]) {
    var builder = TextBuilder()
    var segments: [Segment] = []
    var i = 0
    while i < blocks.count {
      let block = blocks[i]
      if !segments.isEmpty || i > 0 { _ = builder.append("\n\n") }
      // `…quote…\n(Name)` in one block.
      let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
      if lines.count >= 2, let who = name(String(lines.last ?? "")) {
        let quote = lines.dropLast().joined(separator: "\n")
        let r = builder.append(quote)
        segments.append(Segment(ordinal: segments.count, kind: .turn, start: r.start, end: r.end, lineStart: r.lineStart, lineEnd: r.lineEnd, speaker: who))
        _ = builder.append("\n" + String(lines.last ?? ""))
        i += 1
        continue
      }
      let r = builder.append(block)
      if i + 1 < blocks.count, name(blocks[i]) == nil, let who = name(blocks[i + 1]) {
        segments.append(Segment(ordinal: segments.count, kind: .turn, start: r.start, end: r.end, lineStart: r.lineStart, lineEnd: r.lineEnd, speaker: who))
        _ = builder.append("\n\n" + blocks[i + 1])
        i += 2
        continue
      }
      segments.append(Segment(ordinal: segments.count, kind: .paragraph, start: r.start, end: r.end, lineStart: r.lineStart, lineEnd: r.lineEnd))
      i += 1
    }
    return (builder.text, segments)
  }
}
