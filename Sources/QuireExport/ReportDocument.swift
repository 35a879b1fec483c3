import Foundation
import QuireCore
import ZIPFoundation

/// The citation-linked report as plain blocks, written out as Markdown (Pandoc anchors),
/// LaTeX (hyperref targets and links) or DOCX (bookmarks and internal hyperlinks). It holds
/// what the HTML report holds: the codebook, counts, matrices, each theme's quotes whose
/// citations link to the passage in context, and links back.
public struct ReportDocument: Sendable {
  public enum Inline: Sendable, Equatable {
    case text(String)
    case bold(String)
    case italic(String)
    case code(String)
    /// Matched words inside a quote.
    case mark(String)
    /// A link to an anchor inside the document.
    case link(String, to: String)
  }

  public enum Block: Sendable, Equatable {
    case heading(Int, String, id: String?)
    case paragraph([Inline])
    case quote([Inline], id: String?)
    case bullets([[Inline]])
    case table(header: [String], rows: [[[Inline]]])
  }

  public var title: String
  public var blocks: [Block]

  public init(title: String, blocks: [Block]) {
    self.title = title
    self.blocks = blocks
  }

  /// Builds the report from the same data as the HTML report.
  public init(_ data: ReportData) {
    title = data.title
    let cb = data.codebook
    var byCode: [String: [Quote]] = [:]
    for q in data.quotes { byCode[q.codeKey, default: []].append(q) }
    var b: [Block] = []
    let sources = data.sourceCount
    b.append(
      .paragraph([
        .italic(
          "Codebook \(cb.name) (version \(cb.version)) · \(sources) source\(sources == 1 ? "" : "s") · \(data.quotes.count) coded passage\(data.quotes.count == 1 ? "" : "s") · generated \(data.generatedAt)"
        )
      ]))
    // Codebook.
    b.append(.heading(1, "Codebook", id: "codebook"))
    if let d = cb.description { b.append(.paragraph([.text(d)])) }
    for t in cb.themes {
      b.append(.heading(2, cb.path(of: t.key), id: "code-" + t.key))
      if !t.definition.isEmpty { b.append(.paragraph([.text(t.definition)])) }
      if let i = t.include, !i.isEmpty { b.append(.paragraph([.bold("When to use: "), .text(i)])) }
      if let e = t.exclude, !e.isEmpty { b.append(.paragraph([.bold("When not to use: "), .text(e)])) }
      for ex in t.examples { b.append(.paragraph([.bold("Example: "), .text("“\(ex)”")])) }
      if !t.rules.isEmpty { b.append(.bullets(t.rules.map { [.code($0.display)] })) }
      let n = byCode[t.key]?.count ?? 0
      b.append(.paragraph([.link("\(n) quote\(n == 1 ? "" : "s")", to: "theme-" + t.key)]))
    }
    // Counts.
    b.append(.heading(1, "Counts per theme", id: "counts"))
    var rows: [[[Inline]]] = []
    for t in cb.themes {
      let qs = byCode[t.key] ?? []
      let indent = String(repeating: "  ", count: cb.depth(of: t.key))
      let accepted = qs.filter { $0.status == .accepted }.count
      let interviews = qs.filter { $0.sourceKind == .interview }.count
      let tweets = qs.filter { $0.sourceKind == .tweets }.count
      let numbers: [Int] = [qs.count, accepted, interviews, tweets, Set(qs.map(\.sourceID)).count, Set(qs.compactMap(\.speaker)).count]
      var row: [[Inline]] = [[Inline.text(indent), Inline.link(t.name, to: "theme-" + t.key)]]
      for n in numbers { row.append([Inline.text(String(n))]) }
      rows.append(row)
    }
    b.append(.table(header: ["Theme", "Passages", "Accepted", "Interview turns", "Tweets", "Sources", "Speakers"], rows: rows))
    // Matrices.
    for m in data.matrices {
      b.append(.heading(1, m.title, id: m.id))
      b.append(.paragraph([.italic(m.note)]))
      let table = m.rows.enumerated().map { r, row in [[Inline.text(row)]] + m.counts[r].map { [Inline.text(String($0))] } }
      b.append(.table(header: [""] + m.columns.indices.map { String($0 + 1) }, rows: table))
      b.append(.paragraph([.italic("Columns: " + m.columns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: " · "))]))
    }
    // Quotes by theme.
    b.append(.heading(1, "Quotes by theme", id: "themes"))
    for t in cb.themes {
      let qs = byCode[t.key] ?? []
      b.append(.heading(2, "\(cb.path(of: t.key)) (\(qs.count))", id: "theme-" + t.key))
      b.append(.paragraph([.text(t.definition + (t.definition.isEmpty ? "" : " ")), .link("Codebook entry", to: "code-" + t.key)]))
      if qs.isEmpty { b.append(.paragraph([.italic("No passages coded with this theme.")])) }
      for q in qs {
        b.append(.quote(Self.marked(q.text, spans: q.evidence.map { ($0.start - q.start)..<($0.end - q.start) }), id: "q-\(q.key)-\(q.codeKey)"))
        var caption: [Inline] = [.text("(\(q.attribution)) · "), .link(q.citation, to: "ctx-" + q.key), .text(" · "), .code(q.key), .text(" · \(q.status.rawValue)")]
        let why = Self.why(q.evidence)
        if !why.isEmpty { caption.append(.italic(" · Why: " + why)) }
        b.append(.paragraph(caption))
      }
    }
    // Passages in context.
    b.append(.heading(1, "Passages in context", id: "sources"))
    let passages = data.passages
    var lastSource = ""
    for (q, codes) in passages {
      if q.sourceID != lastSource {
        b.append(.heading(2, q.sourceName, id: "source-" + q.sourceName))
        lastSource = q.sourceID
      }
      b.append(.heading(3, "\(q.key) · \(q.location.hasPrefix("http") ? "tweet" : q.location)", id: "ctx-" + q.key))
      let ctx = data.contexts[q.key]
      for line in ctx?.before ?? [] { b.append(.paragraph(Self.contextLine(line.speaker, [.italic(line.text)]))) }
      var spans: [Range<Int>] = []
      for c in codes { spans += c.evidence.map { ($0.start - q.start)..<($0.end - q.start) } }
      b.append(.quote(Self.contextLine(q.speaker, Self.marked(q.text, spans: spans)), id: nil))
      for line in ctx?.after ?? [] { b.append(.paragraph(Self.contextLine(line.speaker, [.italic(line.text)]))) }
      b.append(.paragraph([.text(q.citation)]))
      var back: [Inline] = [.text("Coded as: ")]
      for (i, c) in codes.enumerated() {
        if i > 0 { back.append(.text(" · ")) }
        back.append(.link("↩ " + c.codePath, to: "q-\(q.key)-\(c.codeKey)"))
      }
      b.append(.paragraph(back))
    }
    blocks = b
  }

  static func contextLine(_ speaker: String?, _ text: [Inline]) -> [Inline] {
    guard let speaker else { return text }
    return [.bold(speaker + ": ")] + text
  }

  /// Text with the spans (scalar offsets into it) as marks.
  static func marked(_ text: String, spans: [Range<Int>]) -> [Inline] {
    let scalars = Array(text.unicodeScalars)
    var isMarked = [Bool](repeating: false, count: scalars.count)
    // Clamped at both ends: pseudonyms may shorten a quote under its evidence offsets.
    for s in spans {
      let lo = min(max(0, s.lowerBound), scalars.count), hi = min(max(lo, s.upperBound), scalars.count)
      for i in lo..<hi { isMarked[i] = true }
    }
    var out: [Inline] = []
    var i = 0
    while i < scalars.count {
      var j = i
      while j < scalars.count, isMarked[j] == isMarked[i] { j += 1 }
      let piece = String(String.UnicodeScalarView(scalars[i..<j]))
      out.append(isMarked[i] ? .mark(piece) : .text(piece))
      i = j
    }
    return out
  }

  static func why(_ evidence: [Evidence]) -> String {
    HTMLReport.rulesAndWords(evidence).map { rule, words in
      "\(HTMLReport.shortRule(rule)) matched " + words.map { "“\($0)”" }.joined(separator: ", ")
    }.joined(separator: "; ")
  }

  /// Every anchor the document defines, and every anchor it links to.
  public var anchors: (defined: Set<String>, linked: Set<String>) {
    var defined = Set<String>(), linked = Set<String>()
    func scan(_ inlines: [Inline]) { for i in inlines { if case .link(_, let to) = i { linked.insert(to) } } }
    for block in blocks {
      switch block {
      case .heading(_, _, let id): if let id { defined.insert(id) }
      case .paragraph(let i): scan(i)
      case .quote(let i, let id):
        scan(i)
        if let id { defined.insert(id) }
      case .bullets(let items): items.forEach(scan)
      case .table(_, let rows): rows.forEach { $0.forEach(scan) }
      }
    }
    return (defined, linked)
  }

  // MARK: Markdown (Pandoc)

  /// Pandoc Markdown: headings carry `{#id}`, quotes start with an empty span `[]{#id}`, and
  /// links are `[text](#id)`, so Pandoc's HTML, LaTeX and DOCX writers keep them.
  public func markdown() -> String {
    let md = MarkdownExporter(title: "")
    func id(_ s: String) -> String { HTML.anchor(s) }
    func inline(_ i: Inline) -> String {
      switch i {
      case .text(let s): return md.escapeInline(s)
      case .bold(let s): return s.trimmingCharacters(in: .whitespaces).isEmpty ? s : "**\(md.escapeInline(s.trimmingCharacters(in: .whitespaces)))**" + (s.hasSuffix(" ") ? " " : "")
      case .italic(let s):
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? s : (s.hasPrefix(" ") ? " " : "") + "*\(md.escapeInline(t))*"
      case .code(let s): return "`" + s.replacingOccurrences(of: "`", with: "'") + "`"
      case .mark(let s): return s.trimmingCharacters(in: .whitespaces).isEmpty ? s : "**\(md.escapeInline(s))**"
      case .link(let text, let to): return "[\(md.escapeInline(text))](#\(id(to)))"
      }
    }
    func line(_ inlines: [Inline]) -> String { inlines.map(inline).joined() }
    var out = "---\ntitle: \"\(title.replacingOccurrences(of: "\"", with: "\\\""))\"\n---\n\n"
    for block in blocks {
      switch block {
      case .heading(let level, let text, let anchor):
        out += String(repeating: "#", count: level) + " " + md.escapeInline(text) + (anchor.map { " {#\(id($0))}" } ?? "") + "\n\n"
      case .paragraph(let inlines):
        let text = line(inlines)
        out += (text.utf8.contains(0x0A) ? text.replacingOccurrences(of: "\n", with: "\\\n") : text) + "\n\n"
      case .quote(let inlines, let anchor):
        let body = (anchor.map { "[]{#\(id($0))}" } ?? "") + line(inlines)
        out += body.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\\\n") + "\n\n"
      case .bullets(let items):
        out += items.map { "- " + line($0) }.joined(separator: "\n") + "\n\n"
      case .table(let header, let rows):
        out += "| " + header.map { md.escapeInline($0) }.joined(separator: " | ") + " |\n"
        out += "|" + header.enumerated().map { $0.offset == 0 ? "---" : "--:" }.joined(separator: "|") + "|\n"
        for r in rows { out += "| " + r.map { line($0).replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |\n" }
        out += "\n"
      }
    }
    return out
  }

  // MARK: LaTeX

  /// A whole document for pdflatex or xelatex: `\hypertarget`s at each anchor, `\hyperlink`s to
  /// them, quotes in `quote` environments, tables in `longtable`.
  public func latex() -> String {
    let e = LaTeXExporter.escape
    func id(_ s: String) -> String { HTML.anchor(s) }
    func inline(_ i: Inline) -> String {
      switch i {
      case .text(let s): return e(s)
      case .bold(let s): return "\\textbf{\(e(s))}"
      case .italic(let s): return "\\emph{\(e(s))}"
      case .code(let s): return "\\texttt{\(e(s))}"
      case .mark(let s): return "\\quiremark{\(e(s))}"
      case .link(let text, let to): return "\\hyperlink{\(id(to))}{\(e(text))}"
      }
    }
    func line(_ inlines: [Inline]) -> String { inlines.map(inline).joined() }
    var body = ""
    for block in blocks {
      switch block {
      case .heading(let level, let text, let anchor):
        let command = ["section", "subsection", "subsubsection", "paragraph"][min(level, 4) - 1]
        body += "\\\(command)*{\(anchor.map { "\\hypertarget{\(id($0))}{}" } ?? "")\(e(text))}"
        if level <= 2 { body += "\\addcontentsline{toc}{\(command)}{\(e(text))}" }
        body += "\n\n"
      case .paragraph(let inlines):
        body += "\\noindent " + line(inlines) + "\n\n"
      case .quote(let inlines, let anchor):
        body += "\\begin{quote}\(anchor.map { "\\hypertarget{\(id($0))}{}" } ?? "")" + line(inlines) + "\\end{quote}\n\n"
      case .bullets(let items):
        body += "\\begin{itemize}\n" + items.map { "\\item " + line($0) + "\n" }.joined() + "\\end{itemize}\n\n"
      case .table(let header, let rows):
        let wide = header.count > 8
        let first = wide ? "p{0.3\\linewidth}" : "p{0.32\\linewidth}"
        body += (wide ? "{\\scriptsize\n" : "{\\small\n")
        body += "\\begin{longtable}{@{}\(first)\(String(repeating: "r", count: max(0, header.count - 1)))@{}}\n\\toprule\n"
        body += header.map { e($0) }.joined(separator: " & ") + " \\\\\n\\midrule\n\\endhead\n\\bottomrule\n\\endfoot\n"
        for r in rows { body += r.map { line($0) }.joined(separator: " & ") + " \\\\\n" }
        body += "\\end{longtable}\n}\n\n"
      }
    }
    return LaTeXExporter.document(
      title: title, packages: "\\usepackage[hidelinks]{hyperref}\n\\newcommand{\\quiremark}[1]{\\textbf{#1}}\n\\setlength{\\parskip}{0.4em}\n",
      margin: "2.2cm", contents: true, body: body)
  }

  // MARK: DOCX

  /// A Word document: headings in Word's heading styles (so the navigation pane lists them),
  /// a bookmark at each anchor, internal hyperlinks to them, quotes in the Quote style.
  public func docx() throws -> Data {
    var bookmarkNames: [String: String] = [:]
    func bookmark(_ anchor: String) -> String {
      if let n = bookmarkNames[anchor] { return n }
      // Word: a letter first, then letters, digits and `_`, at most 40 characters.
      var name = "q_" + String(anchor.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) ? Character($0) : "_" })
      if name.count > 40 { name = String(name.prefix(31)) + "_" + String(SHA256.hex(Array(anchor.utf8)).prefix(8)) }
      bookmarkNames[anchor] = name
      return name
    }
    let x = DOCXExporter.xml
    func runs(_ s: String, _ props: String) -> String {
      var parts: [String] = []
      for (i, line) in s.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if i > 0 { parts.append("<w:br/>") }
        if !line.isEmpty { parts.append("<w:t xml:space=\"preserve\">\(x(String(line)))</w:t>") }
      }
      return "<w:r>\(props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")\(parts.joined())</w:r>"
    }
    func inline(_ i: Inline) -> String {
      switch i {
      case .text(let s): return runs(s, "")
      case .bold(let s): return runs(s, "<w:b/>")
      case .italic(let s): return runs(s, "<w:i/>")
      case .code(let s): return runs(s, "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\"/><w:sz w:val=\"18\"/>")
      case .mark(let s): return runs(s, "<w:b/><w:highlight w:val=\"yellow\"/>")
      case .link(let text, let to): return "<w:hyperlink w:anchor=\"\(bookmark(to))\" w:history=\"1\">\(runs(text, "<w:rStyle w:val=\"Hyperlink\"/>"))</w:hyperlink>"
      }
    }
    var nextID = 0
    func paragraph(_ inlines: [Inline], style: String? = nil, anchor: String? = nil) -> String {
      var p = "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "")
      if let anchor {
        p += "<w:bookmarkStart w:id=\"\(nextID)\" w:name=\"\(bookmark(anchor))\"/>"
      }
      p += inlines.map(inline).joined()
      if anchor != nil {
        p += "<w:bookmarkEnd w:id=\"\(nextID)\"/>"
        nextID += 1
      }
      return p + "</w:p>"
    }
    var body = paragraph([.text(title)], style: "Title")
    for block in blocks {
      switch block {
      case .heading(let level, let text, let anchor):
        body += paragraph([.text(text)], style: "Heading\(min(level, 4))", anchor: anchor)
      case .paragraph(let inlines):
        body += paragraph(inlines)
      case .quote(let inlines, let anchor):
        body += paragraph(inlines, style: "Quote", anchor: anchor)
      case .bullets(let items):
        for item in items { body += paragraph([.text("• ")] + item, style: "ListParagraph") }
      case .table(let header, let rows):
        let total = 9600
        let firstWidth = header.count > 6 ? 2400 : 3000
        let other = header.count > 1 ? (total - firstWidth) / (header.count - 1) : 0
        let widths = [firstWidth] + Array(repeating: other, count: max(0, header.count - 1))
        body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"QuoteTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>"
        body += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        body += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        for (h, w) in zip(header, widths) { body += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>\(paragraph([.bold(h)]))</w:tc>" }
        body += "</w:tr>"
        for r in rows {
          body += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
          for (cell, w) in zip(r, widths) { body += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>\(paragraph(cell))</w:tc>" }
          body += "</w:tr>"
        }
        body += "</w:tbl>" + paragraph([])
      }
    }
    let document = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>
      """
    return try DOCXPackage.zip(document: document, styles: Self.styles)
  }

  static let styles = DOCXExporter.styles.replacingOccurrences(
    of: "</w:styles>",
    with: """
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="60"/><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:style>
      <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
      </w:styles>
      """)
}

/// The parts every DOCX we write shares, zipped.
enum DOCXPackage {
  static func zip(document: String, styles: String) throws -> Data {
    try ZipPackage.data([
      ("[Content_Types].xml", Data(DOCXExporter.contentTypes.utf8)), ("_rels/.rels", Data(DOCXExporter.rootRels.utf8)),
      ("word/_rels/document.xml.rels", Data(DOCXExporter.documentRels.utf8)), ("word/styles.xml", Data(styles.utf8)),
      ("word/document.xml", Data(document.utf8)),
    ])
  }
}

/// A zip written in memory (DOCX, QDPX): deflated entries with a fixed date, so the same
/// content always gives the same bytes.
public enum ZipPackage {
  public static func data(_ entries: [(path: String, data: Data)]) throws -> Data {
    let archive: Archive
    do {
      archive = try Archive(data: Data(), accessMode: .create)
    } catch {
      throw QuireError("cannot create a zip: \(error)")
    }
    for (path, data) in entries {
      do {
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
          compressionMethod: .deflate
        ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
      } catch {
        throw QuireError("cannot write \(path) into the zip: \(error)")
      }
    }
    guard let bytes = archive.data else { throw QuireError("the zip is empty") }
    return bytes
  }
}
