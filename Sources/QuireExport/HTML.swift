import Foundation
/// HTML escaping for text and attributes.
public enum HTML {
  /// Escapes `& < > " '` so any text shows as text (a tweet holding `<script>` stays text).
  public static func escape(_ s: String) -> String {
    // Bytes, not scalars: the specials are ASCII, and most text has none of them.
    var special = false
    for b in s.utf8 where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 {
      special = true
      break
    }
    guard special else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 32)
    for b in s.utf8 {
      switch b {
      case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
      case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
      case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
      case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
      case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
      default: out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// An id usable in `id=""` and `href="#…"`: letters, digits, `-`, `_`, `.` kept, others `-`.
  public static func anchor(_ s: String) -> String {
    func ok(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E
    }
    if s.utf8.allSatisfy(ok) { return s }
    return String(s.unicodeScalars.map { c -> Character in
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
    var bytes: [UInt8] = []
    bytes.reserveCapacity(r.count)
    for u in s[r] { UTF8.encode(u) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
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
