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
    String(decoding: exportBytes(quotes), as: UTF8.self)
  }

  /// The table as UTF-8 bytes, ready for a file (no String made of a table of hundreds of
  /// megabytes).
  public func exportBytes(_ quotes: [Quote]) -> [UInt8] {
    var all: [UInt8] = []
    export(quotes, chunk: Int.max) { all.append(contentsOf: $0) }
    return all
  }

  /// The table handed to `emit` in pieces of about `chunk` bytes (for a file written as it is
  /// made).
  public func export(_ quotes: [Quote], chunk: Int = 1 << 20, emit: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    // Written as bytes, each quote read in place (a hundred thousand rows).
    var out = header()
    out.reserveCapacity(min(chunk, 512 * (quotes.count + 1)) + 4096)
    for i in quotes.indices {
      appendRow(quotes[i], to: &out)
      if out.count >= chunk {
        try out.withUnsafeBytes { try emit($0) }
        out.removeAll(keepingCapacity: true)
      }
    }
    if !out.isEmpty { try out.withUnsafeBytes { try emit($0) } }
  }

  /// The byte-order mark when asked for, and the header row.
  public func header() -> [UInt8] {
    var out: [UInt8] = excel ? [0xEF, 0xBB, 0xBF] : []
    for (k, c) in columns.enumerated() {
      if k > 0 { out += Array(String(separator).utf8) }
      appendField(c.rawValue, formulaGuard: false, to: &out)
    }
    out += [0x0D, 0x0A]
    return out
  }

  /// Appends a quote's row, with its line end.
  public func appendRow(_ q: Quote, to out: inout [UInt8]) {
    let single = separator.asciiValue
    for (k, c) in columns.enumerated() {
      if k > 0 {
        if let single { out.append(single) } else { out += Array(String(separator).utf8) }
      }
      switch c {
      // Offsets written as digits (no string made for each).
      case .start: JSONText.appendInt(q.start, to: &out)
      case .end: JSONText.appendInt(q.end, to: &out)
      default: appendField(c.value(q), formulaGuard: !raw, to: &out)
      }
    }
    out.append(0x0D)
    out.append(0x0A)
  }

  /// Appends one cell: quoted when it holds the separator, a quote or a line break (quotes
  /// doubled), and with a leading `'` when a spreadsheet would run it as a formula.
  func appendField(_ s: String, formulaGuard: Bool, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { appendField($0, formulaGuard: formulaGuard, to: &out) }
  }

  func appendField(_ b: UnsafeBufferPointer<UInt8>, formulaGuard: Bool, to out: inout [UInt8]) {
    let sep = separator.asciiValue ?? UInt8(ascii: ",")
    var needsQuotes = false
    var quotes = 0
    // Only a quote, a line break or the separator calls for quoting: looked for eight bytes at
    // a time, then byte by byte in the tail.
    var i = 0
    if let base = b.baseAddress {
      while i + 8 <= b.count {
        let w = SWAR.load(base + i)
        let q = SWAR.equal(w, 0x22)
        quotes += q.nonzeroBitCount
        if q | SWAR.equal(w, sep) | SWAR.equal(w, 0x0A) | SWAR.equal(w, 0x0D) != 0 { needsQuotes = true }
        i += 8
      }
    }
    while i < b.count {
      let c = b[i]
      if c == 0x22 { quotes += 1 }
      if c == 0x22 || c == sep || c == 0x0A || c == 0x0D { needsQuotes = true }
      i += 1
    }
    // `=`, `+`, `-`, `@`, tab or CR first: a spreadsheet would run it.
    var guarded = false
    if formulaGuard, let first = b.first {
      switch first {
      case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: guarded = true
      default: break
      }
    }
    out.reserveCapacity(out.count + b.count + quotes + 3)
    if needsQuotes { out.append(0x22) }
    if guarded { out.append(UInt8(ascii: "'")) }
    if quotes > 0 {
      var from = 0
      for i in b.indices where b[i] == 0x22 {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[from...i]))
        out.append(0x22)
        from = i + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[from...]))
    } else {
      out.append(contentsOf: b)
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
