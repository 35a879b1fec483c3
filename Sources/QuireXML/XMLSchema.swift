internal import CLibXML2

/// A compiled W3C XML Schema (XSD), for validating documents with libxml2.
///
/// ```swift
/// let schema = try XMLSchema(xsd: xsdBytes, file: "Project.xsd")
/// let problems = schema.validate(try XMLDoc(xml: qde, file: "project.qde"))  // [] when valid
/// ```
public final class XMLSchema: @unchecked Sendable {
  private let schema: xmlSchemaPtr

  /// Compiles a schema; one that does not compile is an error with its place.
  public init(xsd bytes: [UInt8], file: String) throws {
    xmlInitParser()
    let ctxt = bytes.withUnsafeBufferPointer { b in
      b.withMemoryRebound(to: CChar.self) { xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
    }
    guard let ctxt else { throw XMLError(file: file, line: 0, column: 0, message: "cannot read the schema") }
    defer { xmlSchemaFreeParserCtxt(ctxt) }
    let collector = ErrorCollector(file: file)
    let box = Unmanaged.passRetained(collector)
    defer { box.release() }
    xmlSchemaSetParserStructuredErrors(ctxt, collectError, box.toOpaque())
    guard let parsed = xmlSchemaParse(ctxt) else {
      throw collector.errors.first ?? XMLError(file: file, line: 0, column: 0, message: "the schema does not compile")
    }
    schema = parsed
  }

  deinit { xmlSchemaFree(schema) }

  /// Every way the document breaks the schema, with lines; empty when it is valid.
  public func validate(_ doc: XMLDoc, file: String? = nil) -> [XMLError] {
    guard let ctxt = xmlSchemaNewValidCtxt(schema) else {
      return [XMLError(file: file ?? "", line: 0, column: 0, message: "out of memory")]
    }
    defer { xmlSchemaFreeValidCtxt(ctxt) }
    let collector = ErrorCollector(file: file ?? "")
    let box = Unmanaged.passRetained(collector)
    defer { box.release() }
    xmlSchemaSetValidStructuredErrors(ctxt, collectError, box.toOpaque())
    let rc = xmlSchemaValidateDoc(ctxt, doc.docPointer)
    if rc != 0 && collector.errors.isEmpty {
      collector.errors.append(XMLError(file: file ?? "", line: 0, column: 0, message: "invalid (libxml2 code \(rc))"))
    }
    return collector.errors
  }
}

final class ErrorCollector {
  let file: String
  var errors: [XMLError] = []
  init(file: String) { self.file = file }
}

private func collectError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let context, let error else { return }
  let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
  let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
  collector.errors.append(
    XMLError(
      file: collector.file, line: Int(error.pointee.line), column: Int(error.pointee.int2),
      message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
}

/// Escapes text for XML content and attribute values. Characters XML 1.0 forbids (most C0
/// controls, lone surrogates cannot occur in Swift strings, U+FFFE/U+FFFF) are dropped.
public enum XMLEscape {
  public static func text(_ s: String) -> String { escape(s, attribute: false) }
  public static func attribute(_ s: String) -> String { escape(s, attribute: true) }

  static func escape(_ s: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      case "\t", "\n": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
