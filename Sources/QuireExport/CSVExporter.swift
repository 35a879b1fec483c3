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
    // Written as bytes, each quote read in place (a hundred thousand rows).
    var out: [UInt8] = []
    out.reserveCapacity(512 * (quotes.count + 1))
    if excel { out += [0xEF, 0xBB, 0xBF] }
    let sep = Array(String(separator).utf8)
    for (k, c) in columns.enumerated() {
      if k > 0 { out += sep }
      appendField(c.rawValue, formulaGuard: false, to: &out)
    }
    out += [0x0D, 0x0A]
    for i in quotes.indices {
      for (k, c) in columns.enumerated() {
        if k > 0 { out += sep }
        appendField(c.value(quotes[i]), formulaGuard: !raw, to: &out)
      }
      out += [0x0D, 0x0A]
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends one cell: quoted when it holds the separator, a quote or a line break (quotes
  /// doubled), and with a leading `'` when a spreadsheet would run it as a formula.
  func appendField(_ s: String, formulaGuard: Bool, to out: inout [UInt8]) {
    let sep = separator.asciiValue ?? UInt8(ascii: ",")
    var needsQuotes = false
    var hasQuote = false
    for b in s.utf8 {
      if b == 0x22 {
        hasQuote = true
        needsQuotes = true
        break
      }
      if b == sep || b == 0x0A || b == 0x0D { needsQuotes = true }
    }
    let guarded = formulaGuard && s.unicodeScalars.first.map { ["=", "+", "-", "@", "\t", "\r"].contains($0) } == true
    if needsQuotes { out.append(0x22) }
    if guarded { out.append(UInt8(ascii: "'")) }
    if hasQuote {
      for b in s.utf8 {
        out.append(b)
        if b == 0x22 { out.append(0x22) }
      }
    } else {
      out += s.utf8
    }
    if needsQuotes { out.append(0x22) }
  }
}

/// A plain CSV table (RFC 4180) for counts and other non-quote tables.
public enum CSVTable {
  public static func render(header: [String], rows: [[String]], separator: Character = ",") -> String {
    let e = CSVExporter(separator: separator)
    let sep = Array(String(separator).utf8)
    var out: [UInt8] = []
    for row in [header] + rows {
      for (k, cell) in row.enumerated() {
        if k > 0 { out += sep }
        e.appendField(cell, formulaGuard: true, to: &out)
      }
      out += [0x0D, 0x0A]
    }
    return String(decoding: out, as: UTF8.self)
  }
}
