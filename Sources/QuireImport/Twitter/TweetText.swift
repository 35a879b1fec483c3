/// Helpers for tweet text and dates.
enum TweetText {
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
  ]

  /// Decodes the HTML entities Twitter writes into tweet text (`&amp;`, `&lt;`, `&gt;`, numeric).
  static func decodeEntities(_ s: String) -> String {
    guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
        let body = s[s.index(after: i)..<semi]
        var replacement: String? = named[String(body)]
        if replacement == nil, body.hasPrefix("#") {
          let digits = body.dropFirst()
          let value = digits.hasPrefix("x") || digits.hasPrefix("X")
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
          if let value, let scalar = Unicode.Scalar(value) { replacement = String(Character(scalar)) }
        }
        if let replacement {
          out += replacement
          i = s.index(after: semi)
          continue
        }
      }
      out.append(c)
      i = s.index(after: i)
    }
    return out
  }

  /// `text` with every `target` replaced, compared byte by byte (t.co links are ASCII).
  static func replacing(_ target: String, with replacement: String, in text: String) -> String {
    let t = Array(target.utf8)
    guard !t.isEmpty else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var i = 0
    var found = false
    while i < bytes.count {
      if bytes[i] == t[0], i + t.count <= bytes.count, bytes[i..<(i + t.count)].elementsEqual(t) {
        if !found {
          out.reserveCapacity(bytes.count + replacement.utf8.count)
          out.append(contentsOf: bytes[0..<i])
          found = true
        }
        out.append(contentsOf: replacement.utf8)
        i += t.count
        continue
      }
      if found { out.append(bytes[i]) }
      i += 1
    }
    return found ? String(decoding: out, as: UTF8.self) : text
  }

  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// `Wed Mar 13 09:12:44 +0000 2019` → `2019-03-13T09:12:44Z`; an ISO 8601 date passes through.
  static func isoDate(_ s: String) -> String? {
    // ISO 8601, or Grailbird's `2013-01-31 22:39:14 +0000`.
    if s.count >= 19, s.dropFirst(4).first == "-" {
      let date = s.prefix(10), time = s.dropFirst(11).prefix(8)
      return "\(date)T\(time)Z"
    }
    let parts = s.split(separator: " ")
    guard parts.count == 6, let m = months.firstIndex(of: String(parts[1])), let day = Int(parts[2]),
      let year = Int(parts[5])
    else { return nil }
    let time = parts[3]
    guard time.count == 8 else { return nil }
    var iso = "\(year)-\(m + 1 < 10 ? "0" : "")\(m + 1)-\(day < 10 ? "0" : "")\(day)T\(time)"
    let zone = parts[4]
    iso += zone == "+0000" ? "Z" : "\(zone.prefix(3)):\(zone.suffix(2))"
    return iso
  }
}
