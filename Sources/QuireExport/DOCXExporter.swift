import Foundation
import QuireCore

/// Writes quotes as a Word document: a heading per theme and a real Word table whose header row
/// repeats on every page, with the document's styles, so Word and LibreOffice open it as is.
public struct DOCXExporter: Sendable {
  public var title: String
  public var columns: [QuoteColumn]

  public init(title: String, columns: [QuoteColumn] = [.key, .quote, .speaker, .citation]) {
    self.title = title
    self.columns = columns
  }

  /// Escapes text for WordprocessingML and drops characters XML 1.0 forbids.
  static func xml(_ s: String) -> String {
    // Most text needs nothing: check the bytes first.
    var plain = true
    for b in s.utf8 where b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0xEF {
      if b == 0x09 || b == 0x0A { continue }
      plain = false
      break
    }
    if plain { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        let v = u.value
        if v < 0x20 && v != 0x09 && v != 0x0A { continue }
        if v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// A run of text; line breaks become `<w:br/>`, tabs `<w:tab/>`.
  static func run(_ text: String, bold: Bool = false) -> String {
    let props = bold ? "<w:rPr><w:b/></w:rPr>" : ""
    // Split at line breaks and tabs on the bytes (both ASCII): splitting a String walks
    // grapheme clusters, which is slow for a long table.
    if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) {
      return text.isEmpty ? "<w:r>\(props)</w:r>" : "<w:r>\(props)<w:t xml:space=\"preserve\">\(xml(text))</w:t></w:r>"
    }
    var out = "<w:r>" + props
    for (i, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      if i > 0 { out += "<w:br/>" }
      for (j, piece) in line.split(separator: 0x09, omittingEmptySubsequences: false).enumerated() {
        if j > 0 { out += "<w:tab/>" }
        if !piece.isEmpty { out += "<w:t xml:space=\"preserve\">\(xml(String(decoding: piece, as: UTF8.self)))</w:t>" }
      }
    }
    return out + "</w:r>"
  }

  static func paragraph(_ text: String, style: String? = nil, bold: Bool = false) -> String {
    let props = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(props)\(run(text, bold: bold))</w:p>"
  }

  func documentXML(_ quotes: [Quote]) -> String {
    var body = Self.paragraph(title, style: "Title")
    var order: [String] = []
    var groups: [String: [Quote]] = [:]
    for q in quotes {
      if groups[q.codeKey] == nil { order.append(q.codeKey) }
      groups[q.codeKey, default: []].append(q)
    }
    if quotes.isEmpty { body += Self.paragraph("No quotes.") }
    let widths = columns.map { c -> Int in c == .quote ? 5200 : (c == .citation ? 2400 : 1300) }
    for key in order {
      guard let group = groups[key], let first = group.first else { continue }
      body += Self.paragraph(first.codePath, style: "Heading1")
      body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"QuoteTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
      for w in widths { body += "<w:gridCol w:w=\"\(w)\"/>" }
      body += "</w:tblGrid>"
      // The header row repeats on every page.
      body += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
      for (c, w) in zip(columns, widths) {
        body += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>\(Self.paragraph(c.title, bold: true))</w:tc>"
      }
      body += "</w:tr>"
      for q in group {
        body += "<w:tr>"
        for (c, w) in zip(columns, widths) {
          body += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>\(Self.paragraph(c.value(q)))</w:tc>"
        }
        body += "</w:tr>"
      }
      body += "</w:tbl>" + Self.paragraph("")
    }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>
      """
  }

  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
    <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
    <w:style w:type="table" w:styleId="QuoteTable"><w:name w:val="Quote Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders></w:tblPr></w:style>
    </w:styles>
    """

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
    """

  static let rootRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
    """

  static let documentRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
    """

  /// The .docx file's bytes.
  public func export(_ quotes: [Quote]) throws -> Data {
    try DOCXPackage.zip(document: documentXML(quotes), styles: Self.styles)
  }
}
