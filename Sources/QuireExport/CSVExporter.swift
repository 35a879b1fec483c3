import Foundation
import QuireCore

/// Writes quotes as CSV (RFC 4180: CRLF rows, fields quoted when needed, UTF-8).
///
/// Cells that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab or CR)
/// get a leading `'` unless `raw` is set. `excel` adds a byte-order mark so Excel reads UTF-8.
public struct CSVExporter: Sendable {
  public var columns: [QuoteColumn]
  public var raw: Bool
  public var excel: Bool
  public var separator: Character

  public init(columns: [QuoteColumn] = QuoteColumn.standard, raw: Bool = false, excel: Bool = false, separator: Character = ",") {
    self.columns = columns
    self.raw = raw
    self.excel = excel
    self.separator = separator
  }

  public func export(_ quotes: [Quote]) -> String {
    var out = excel ? "\u{FEFF}" : ""
    out += columns.map { field($0.rawValue) }.joined(separator: String(separator)) + "\r\n"
    for q in quotes {
      out += columns.map { field(guardFormula($0.value(q))) }.joined(separator: String(separator)) + "\r\n"
    }
    return out
  }

  func guardFormula(_ s: String) -> String {
    guard !raw, let first = s.unicodeScalars.first else { return s }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + s : s
  }

  func field(_ s: String) -> String {
    let sep = separator.asciiValue ?? UInt8(ascii: ",")
    var needsQuotes = false
    var hasQuote = false
    for b in s.utf8 {
      if b == 0x22 { hasQuote = true; needsQuotes = true; break }
      if b == sep || b == 0x0A || b == 0x0D { needsQuotes = true }
    }
    guard needsQuotes else { return s }
    return "\"" + (hasQuote ? s.replacingOccurrences(of: "\"", with: "\"\"") : s) + "\""
  }
}

/// A plain CSV table (RFC 4180) for counts and other non-quote tables.
public enum CSVTable {
  public static func render(header: [String], rows: [[String]], separator: Character = ",") -> String {
    let e = CSVExporter(separator: separator)
    let sep = String(separator)
    var out = header.map { e.field(e.guardFormula($0)) }.joined(separator: sep) + "\r\n"
    for r in rows { out += r.map { e.field(e.guardFormula($0)) }.joined(separator: sep) + "\r\n" }
    return out
  }
}
