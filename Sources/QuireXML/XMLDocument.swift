internal import CLibXML2

/// An error from libxml2 with its place in the input.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// A parsed XML or HTML document, owned and freed by this object.
///
/// Parsing is safe for hostile input: entities are never substituted, no DTD is loaded, the
/// network is never touched, and inputs over `maxBytes` are refused.
///
/// ```swift
/// let doc = try XMLDoc(xml: Array("<a><b>hi</b></a>".utf8), file: "a.xml")
/// doc.texts(xpath: "//b")  // ["hi"]
/// ```
public final class XMLDoc: @unchecked Sendable {
  public static let maxBytes = 256 * 1024 * 1024
  private let doc: xmlDocPtr
  var docPointer: xmlDocPtr { doc }

  /// Parses XML; a syntax error is thrown with its line and column.
  public init(xml bytes: [UInt8], file: String) throws {
    xmlInitParser()
    guard bytes.count <= Self.maxBytes else {
      throw XMLError(file: file, line: 0, column: 0, message: "document larger than \(Self.maxBytes) bytes")
    }
    guard let ctxt = xmlNewParserCtxt() else {
      throw XMLError(file: file, line: 0, column: 0, message: "out of memory")
    }
    defer { xmlFreeParserCtxt(ctxt) }
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
    let parsed = bytes.withUnsafeBufferPointer { b in
      b.withMemoryRebound(to: CChar.self) { xmlCtxtReadMemory(ctxt, $0.baseAddress, Int32($0.count), file, nil, options) }
    }
    guard let parsed else {
      if let err = xmlCtxtGetLastError(ctxt) {
        let message = err.pointee.message.map { String(cString: $0) } ?? "malformed XML"
        throw XMLError(
          file: file, line: Int(err.pointee.line), column: Int(err.pointee.int2),
          message: message.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      throw XMLError(file: file, line: 0, column: 0, message: "malformed XML")
    }
    doc = parsed
  }

  /// Parses HTML with libxml2's forgiving HTML parser (no network, errors suppressed).
  public init(html bytes: [UInt8], file: String) throws {
    xmlInitParser()
    guard bytes.count <= Self.maxBytes else {
      throw XMLError(file: file, line: 0, column: 0, message: "document larger than \(Self.maxBytes) bytes")
    }
    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_RECOVER.rawValue)
    let parsed = bytes.withUnsafeBufferPointer { b in
      b.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), file, "UTF-8", options) }
    }
    guard let parsed else { throw XMLError(file: file, line: 0, column: 0, message: "unreadable HTML") }
    doc = parsed
  }

  deinit { xmlFreeDoc(doc) }

  /// Whether the document declares a DTD (`<!DOCTYPE …>`), internal or external.
  public var hasDTD: Bool { doc.pointee.intSubset != nil || doc.pointee.extSubset != nil }

  /// The name of the root element.
  public var rootName: String? {
    guard let root = xmlDocGetRootElement(doc) else { return nil }
    return String(cString: root.pointee.name)
  }

  /// The text content of every node an XPath expression selects.
  public func texts(xpath: String) -> [String] {
    guard let ctx = xmlXPathNewContext(doc) else { return [] }
    defer { xmlXPathFreeContext(ctx) }
    guard let obj = xmlXPathEvalExpression(xpath, ctx) else { return [] }
    defer { xmlXPathFreeObject(obj) }
    guard let set = obj.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
    var out: [String] = []
    for i in 0..<Int(set.pointee.nodeNr) {
      guard let node = set.pointee.nodeTab[i], let content = xmlNodeGetContent(node) else { continue }
      out.append(String(cString: content))
      clibxml2_free(content)
    }
    return out
  }
}

extension String {
  func trimmingCharacters(in set: WhitespaceSet) -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}

enum WhitespaceSet { case whitespacesAndNewlines }

extension XMLDoc {
  /// The readable text of an HTML document or fragment: paragraphs, list items, headings and
  /// block quotes separated by blank lines, `<br>` as a line break, scripts and styles left out,
  /// runs of spaces collapsed.
  public func htmlText() -> String {
    guard let root = xmlDocGetRootElement(docPointer) else { return "" }
    var out = ""
    HTMLTextWalker.walk(root, into: &out)
    return HTMLTextWalker.tidy(out)
  }
}

enum HTMLTextWalker {
  static let blocks: Set<String> = [
    "p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table",
    "tr", "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "hr",
  ]
  static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "title"]

  static func walk(_ node: xmlNodePtr, into out: inout String) {
    var child = node.pointee.children
    while let c = child {
      switch c.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = c.pointee.content { out += String(cString: content) }
      case XML_ELEMENT_NODE:
        let name = String(cString: c.pointee.name).lowercased()
        if skipped.contains(name) { break }
        if name == "br" {
          out += "\u{1}"  // a hard line break, kept through tidying
        } else if blocks.contains(name) {
          out += "\u{2}"
          walk(c, into: &out)
          out += "\u{2}"
        } else {
          walk(c, into: &out)
        }
      default:
        break
      }
      child = c.pointee.next
    }
  }

  /// Collapses whitespace; block marks become blank lines, break marks line breaks.
  static func tidy(_ s: String) -> String {
    var paragraphs: [String] = []
    for block in s.split(separator: "\u{2}", omittingEmptySubsequences: true) {
      let lines = block.split(separator: "\u{1}", omittingEmptySubsequences: false).map { line in
        line.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
      }
      let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      if !text.isEmpty { paragraphs.append(text) }
    }
    return paragraphs.joined(separator: "\n\n")
  }
}
