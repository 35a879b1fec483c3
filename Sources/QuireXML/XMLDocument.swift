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
        | XML_PARSE_NOCDATA.rawValue)
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
  fileprivate func trimmingCharacters(in set: WhitespaceSet) -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}

fileprivate enum WhitespaceSet { case whitespacesAndNewlines }
