import Foundation
import QuireCore

/// Writes quotes as Markdown: a heading per theme (codebook order) and a table of its quotes.
/// `|` is escaped and line breaks become `<br>`, so every quote stays in its cell.
public struct MarkdownExporter: Sendable {
  public var columns: [QuoteColumn]
  public var title: String

  public init(title: String, columns: [QuoteColumn] = [.key, .quote, .speaker, .citation, .status]) {
    self.title = title
    self.columns = columns
  }

  public func export(_ quotes: [Quote]) -> String {
    var out = "# \(escape(title))\n"
    var order: [String] = []
    var groups: [String: [Quote]] = [:]
    for q in quotes {
      if groups[q.codeKey] == nil { order.append(q.codeKey) }
      groups[q.codeKey, default: []].append(q)
    }
    if quotes.isEmpty { out += "\nNo quotes.\n" }
    for key in order {
      guard let group = groups[key], let first = group.first else { continue }
      out += "\n## \(escape(first.codePath))\n\n"
      out += "\(group.count) quote\(group.count == 1 ? "" : "s")\n\n"
      out += "| " + columns.map(\.title).joined(separator: " | ") + " |\n"
      out += "|" + columns.map { _ in "---" }.joined(separator: "|") + "|\n"
      for q in group {
        out += "| " + columns.map { escape($0.value(q)) }.joined(separator: " | ") + " |\n"
      }
    }
    return out
  }

  /// Escapes a table cell: backslash, `|`, Markdown emphasis, links and `<` (no raw HTML);
  /// line breaks become `<br>`.
  func escape(_ s: String) -> String {
    // Most cells need nothing: scan the bytes first.
    if !s.utf8.contains(where: { b in
      b == 0x5C || b == 0x7C || b == 0x2A || b == 0x5F || b == 0x60 || b == 0x5B || b == 0x5D || b == 0x3C || b == 0x0A || b == 0x0D
    }) {
      return s
    }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var lastWasNewline = false
    for ch in s {
      switch ch {
      case "\\": out += "\\\\"
      case "|": out += "\\|"
      case "*", "_", "`", "[", "]": out += "\\" + String(ch)
      case "<": out += "&lt;"
      case "\n", "\r\n":
        if !lastWasNewline { out += "<br>" }
        lastWasNewline = true
        continue
      default: out.append(ch)
      }
      lastWasNewline = false
    }
    return out
  }

  /// Escapes running text for Pandoc Markdown (line breaks kept for the caller): every character
  /// Pandoc gives a meaning (emphasis, links, `#`, `@` citations, `$` maths, `<` HTML), and list
  /// markers at a line's start.
  func escapeInline(_ s: String) -> String {
    // Fast path: no character Pandoc reads, no line break, and no list marker at the start.
    if let first = s.utf8.first, first != 0x2D, first != 0x2B, !(first >= 0x30 && first <= 0x39) {
      var plain = true
      for b in s.utf8 {
        switch b {
        case 0x5C, 0x7C, 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x23, 0x40, 0x24, 0x7E, 0x5E, 0x3E, 0x7B, 0x7D, 0x3C, 0x0A: plain = false
        default: break
        }
        if !plain { break }
      }
      if plain { return s }
    }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for (n, line) in s.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if n > 0 { out += "\n" }
      var chars = Substring(line)
      // `- item`, `+ item`, `12. item`, `3) item` would start a list.
      if let f = chars.first, f == "-" || f == "+" {
        out += "\\" + String(f)
        chars = chars.dropFirst()
      } else if let dot = chars.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != chars.startIndex, chars[dot] == "." || chars[dot] == ")" {
        out += chars[..<dot] + "\\" + String(chars[dot])
        chars = chars[chars.index(after: dot)...]
      }
      for ch in chars {
        switch ch {
        case "\\", "|", "*", "_", "`", "[", "]", "#", "@", "$", "~", "^", ">", "{", "}": out += "\\" + String(ch)
        case "<": out += "&lt;"
        default: out.append(ch)
        }
      }
    }
    return out
  }
}
