/// Helpers for tweet text and dates.
enum TweetText {
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
  ]

  /// Decodes the HTML entities Twitter writes into tweet text (`&amp;`, `&lt;`, `&gt;`, numeric).
  static func decodeEntities(_ s: String) -> String {
    guard s.containsByte(UInt8(ascii: "&")) else { return s }
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
    if let fast = fixedISODate(s) { return fast }
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

  /// The API's fixed layout, `Wed Oct 10 20:19:24 +0000 2018`, read byte by byte: an archive
  /// has one per post, so this runs a million times for a large one.
  static func fixedISODate(_ s: String) -> String? {
    var out: [UInt8] = []
    let ok: Bool = s.utf8.withContiguousStorageIfAvailable { b -> Bool in
      guard b.count == 30, b[3] == 0x20, b[7] == 0x20, b[10] == 0x20, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x20, b[25] == 0x20
      else { return false }
      func digit(_ i: Int) -> Bool { b[i] >= 0x30 && b[i] <= 0x39 }
      guard digit(8), digit(9), digit(11), digit(12), digit(14), digit(15), digit(17), digit(18), (26..<30).allSatisfy(digit),
        b[20] == 0x2B || b[20] == 0x2D, (21..<25).allSatisfy(digit)
      else { return false }
      let m3 = (UInt32(b[4]) << 16) | (UInt32(b[5]) << 8) | UInt32(b[6])
      guard let month = Self.monthCodes[m3] else { return false }
      out.reserveCapacity(25)
      out.append(contentsOf: b[26..<30])
      out.append(0x2D)
      out.append(0x30 + UInt8(month / 10))
      out.append(0x30 + UInt8(month % 10))
      out.append(0x2D)
      out.append(contentsOf: b[8..<10])
      out.append(0x54)
      out.append(contentsOf: b[11..<19])
      if b[20] == 0x2B && b[21] == 0x30 && b[22] == 0x30 && b[23] == 0x30 && b[24] == 0x30 {
        out.append(0x5A)
      } else {
        out.append(contentsOf: b[20..<23])
        out.append(0x3A)
        out.append(contentsOf: b[23..<25])
      }
      return true
    } ?? false
    return ok ? String(decoding: out, as: UTF8.self) : nil
  }

  static let monthCodes: [UInt32: Int] = {
    var d: [UInt32: Int] = [:]
    for (i, m) in months.enumerated() {
      let u = Array(m.utf8)
      d[(UInt32(u[0]) << 16) | (UInt32(u[1]) << 8) | UInt32(u[2])] = i + 1
    }
    return d
  }()
}
