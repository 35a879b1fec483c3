import Foundation
import QuireCore
import QuireXML

/// Reads Word (.docx) and OpenDocument (.odt) transcripts from their zip through libxml2:
/// paragraphs in order, tables row by row, a speaker given as a bold run (`**J Dale** well…`) or
/// a `Name:` prefix; footnotes, comments, deleted text, headers and footers left out.
///
/// Each paragraph becomes a paragraph of the stored text (separated by blank lines) and the
/// text is then read like a plain transcript, so turns, timestamps and interviewers work the
/// same; line numbers refer to the stored text.
public struct OfficeDocumentImporter: Importer {
  public enum Kind: Sendable { case docx, odt }
  public let kind: Kind
  public var format: String { kind == .docx ? "docx" : "odt" }

  public init(_ kind: Kind) { self.kind = kind }

  public func confidence(path: String, head: [UInt8]) -> Double {
    guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return 0 }
    let ext = (path as NSString).pathExtension.lowercased()
    let text = String(decoding: head, as: UTF8.self)
    switch kind {
    case .docx: return ext == "docx" || text.contains("word/") ? 0.95 : 0
    case .odt: return ext == "odt" || text.contains("application/vnd.oasis.opendocument.text") ? 0.95 : 0
    }
  }

  /// A paragraph as runs of text, each bold or not.
  struct Paragraph {
    var runs: [(text: String, bold: Bool)] = []
    var plain: String { runs.map(\.text).joined() }
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    let zip = try SafeZip(bytes: bytes, file: file)
    let paragraphs: [String]
    switch kind {
    case .docx:
      guard let xml = try zip.read("word/document.xml") else {
        throw QuireError("no word/document.xml in the zip: expected a Word document", at: SourceLocation(file: file))
      }
      let doc = try parse(xml, file: "\(file)/word/document.xml")
      paragraphs = Self.docxParagraphs(doc)
    case .odt:
      guard let xml = try zip.read("content.xml") else {
        throw QuireError("no content.xml in the zip: expected an OpenDocument text", at: SourceLocation(file: file))
      }
      let doc = try parse(xml, file: "\(file)/content.xml")
      paragraphs = Self.odtParagraphs(doc)
    }
    let text = paragraphs.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n\n").precomposedStringWithCanonicalMapping
    let (clean, inline) = try InlineMarkup.extract(text, file: file)
    let parsed = PlainTranscriptImporter.parse(text: clean, options: options)
    let hasTurns = parsed.segments.contains { $0.kind == .turn }
    var cases: [Case] = []
    for seg in parsed.segments {
      if let s = seg.speaker, !seg.isInterviewer, !cases.contains(where: { $0.name == s }) { cases.append(Case(name: s)) }
    }
    var source = ImportedSource(
      name: url.deletingPathExtension().lastPathComponent, kind: hasTurns ? .interview : .document, format: format,
      text: clean, originalName: file, sha256: options.sha256(bytes), segments: parsed.segments, cases: cases)
    source.inlineCodings = inline
    return source
  }

  func parse(_ xml: [UInt8], file: String) throws -> XMLElement {
    do {
      guard let tree = try XMLDoc(xml: xml, file: file).tree else {
        throw QuireError("empty XML", at: SourceLocation(file: file))
      }
      return tree
    } catch let e as XMLError {
      throw QuireError(e.message, at: SourceLocation(file: e.file, line: e.line, column: e.column))
    }
  }

  /// `**Name** words` or `**Name:** words` → `Name: words`; other paragraphs as they are.
  static func render(_ p: Paragraph) -> String {
    var boldPrefix = ""
    var rest = p.runs[...]
    while let first = rest.first, first.bold || (first.text.trimmingCharacters(in: .whitespaces).isEmpty && !boldPrefix.isEmpty) {
      boldPrefix += first.text
      rest = rest.dropFirst()
    }
    let restText = rest.map(\.text).joined()
    var label = boldPrefix.trimmingCharacters(in: .whitespaces)
    guard !label.isEmpty, !restText.trimmingCharacters(in: .whitespaces).isEmpty else { return p.plain }
    if label.hasSuffix(":") { label.removeLast() }
    let scalars = Array(label.trimmingCharacters(in: .whitespaces).unicodeScalars)
    guard TranscriptLabelParser.isPlausibleLabel(scalars) else { return p.plain }
    let body = restText.drop { $0 == " " || $0 == ":" || $0 == "\t" }
    return "\(String(String.UnicodeScalarView(scalars))): \(body)"
  }

  /// A table row: `Speaker | words` or `time | Speaker | words` as a turn, others joined.
  static func renderRow(_ cells: [String]) -> String {
    let trimmed = cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    guard trimmed.count >= 2 else { return trimmed.joined() }
    var time: String? = nil
    var rest = trimmed[...]
    if let first = rest.first, TranscriptLabelParser.timestamp(Array(first.unicodeScalars), at: 0) != nil, rest.count >= 3 {
      time = first
      rest = rest.dropFirst()
    }
    if let name = rest.first, rest.count >= 2, name.count <= 40, TranscriptLabelParser.isPlausibleLabel(Array(name.trimmingCharacters(in: CharacterSet(charactersIn: ":")).unicodeScalars)) {
      let who = name.hasSuffix(":") ? String(name.dropLast()) : name
      return (time.map { "[\($0)] " } ?? "") + "\(who): " + rest.dropFirst().joined(separator: " ")
    }
    return trimmed.joined(separator: " | ")
  }

  // MARK: DOCX

  static func docxParagraphs(_ root: XMLElement) -> [String] {
    guard let body = root.element("body") else { return [] }
    var out: [String] = []
    func block(_ e: XMLElement) {
      switch e.name {
      case "p": out.append(render(docxParagraph(e)))
      case "tbl":
        for row in e.elements("tr") {
          let cells = row.elements("tc").map { cell in cell.descendants("p").map { render(docxParagraph($0)) }.joined(separator: " ") }
          out.append(renderRow(cells))
        }
      case "sdt": e.element("sdtContent").map { c in c.children.forEach { if case .element(let x) = $0 { block(x) } } }
      default: break
      }
    }
    for case .element(let e) in body.children { block(e) }
    return out
  }

  static func docxParagraph(_ p: XMLElement) -> Paragraph {
    var para = Paragraph()
    func runs(in e: XMLElement) {
      for case .element(let c) in e.children {
        switch c.name {
        case "r": para.runs.append(docxRun(c))
        case "hyperlink", "ins", "smartTag", "fldSimple", "customXml", "sdtContent", "sdt": runs(in: c)
        default: break  // del, proofErr, bookmarks, commentRange…
        }
      }
    }
    runs(in: p)
    return para
  }

  static func docxRun(_ r: XMLElement) -> (String, Bool) {
    var bold = false
    if let b = r.element("rPr")?.element("b") { bold = !["0", "false", "off"].contains(b.attributes["val"] ?? "true") }
    var text = ""
    for case .element(let c) in r.children {
      switch c.name {
      case "t": text += c.text
      case "tab", "ptab": text += "\t"
      case "br", "cr": text += "\n"
      case "noBreakHyphen": text += "-"
      default: break  // footnote and comment references, field codes, drawings
      }
    }
    return (text, bold)
  }

  // MARK: ODT

  static func odtParagraphs(_ root: XMLElement) -> [String] {
    var boldStyles = Set<String>()
    for style in root.element("automatic-styles")?.elements("style") ?? [] {
      if style.element("text-properties")?.attributes["font-weight"] == "bold", let name = style.attributes["name"] {
        boldStyles.insert(name)
      }
    }
    guard let text = root.element("body")?.element("text") else { return [] }
    var out: [String] = []
    func block(_ e: XMLElement) {
      switch e.name {
      case "p", "h": out.append(render(odtParagraph(e, bold: boldStyles)))
      case "list", "list-item", "section", "table-row-group", "table-rows", "table-header-rows":
        for case .element(let c) in e.children { block(c) }
      case "table":
        for row in e.descendants("table-row") {
          let cells = row.elements("table-cell").map { cell in cell.descendants("p").map { render(odtParagraph($0, bold: boldStyles)) }.joined(separator: " ") }
          out.append(renderRow(cells))
        }
      default: break  // tracked changes, sequence declarations…
      }
    }
    for case .element(let e) in text.children { block(e) }
    return out
  }

  static func odtParagraph(_ p: XMLElement, bold: Set<String>) -> Paragraph {
    var para = Paragraph()
    let paragraphBold = p.attributes["style-name"].map(bold.contains) ?? false
    func walk(_ e: XMLElement, _ isBold: Bool) {
      for c in e.children {
        switch c {
        case .text(let t): para.runs.append((t, isBold))
        case .element(let x):
          switch x.name {
          case "span", "a": walk(x, isBold || (x.attributes["style-name"].map(bold.contains) ?? false))
          case "s": para.runs.append((String(repeating: " ", count: Int(x.attributes["c"] ?? "1") ?? 1), isBold))
          case "tab": para.runs.append(("\t", isBold))
          case "line-break": para.runs.append(("\n", isBold))
          default: break  // notes, annotations, bookmarks
          }
        }
      }
    }
    walk(p, paragraphBold)
    return para
  }
}
