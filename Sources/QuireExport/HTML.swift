import Foundation
/// HTML escaping for text and attributes.
public enum HTML {
  /// Escapes `& < > " '` so any text shows as text (a tweet holding `<script>` stays text).
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  /// An id usable in `id=""` and `href="#…"`: letters, digits, `-`, `_`, `.` kept, others `-`.
  public static func anchor(_ s: String) -> String {
    String(s.unicodeScalars.map { c -> Character in
      let ok = (c.value < 128) && (c.properties.isAlphabetic || c.properties.numericType != nil || c == "-" || c == "_" || c == ".")
      return ok ? Character(c) : "-"
    })
  }

  /// Escapes `text` and wraps the `spans` (offsets into it, in Unicode scalars) in `<mark>`.
  public static func highlight(_ text: String, spans: [Range<Int>]) -> String {
    let merged = merge(spans)
    guard !merged.isEmpty else { return escape(text) }
    let scalars = Array(text.unicodeScalars)
    var out = ""
    var i = 0
    for r in merged {
      let a = max(i, min(r.lowerBound, scalars.count)), b = max(a, min(r.upperBound, scalars.count))
      out += escape(slice(scalars, i..<a))
      out += "<mark>" + escape(slice(scalars, a..<b)) + "</mark>"
      i = b
    }
    out += escape(slice(scalars, i..<scalars.count))
    return out
  }

  static func slice(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[r])
    return String(v)
  }

  static func merge(_ spans: [Range<Int>]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for r in spans.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = out.last, r.lowerBound <= last.upperBound {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
      } else {
        out.append(r)
      }
    }
    return out
  }
}
