/// A hand-written JSON encoding of `TweetInfo`, with the same keys as its `Codable`
/// conformance: a million tweets are stored in seconds instead of going through `JSONEncoder`.
extension TweetInfo {
  public var jsonString: String { String(decoding: jsonBytes, as: UTF8.self) }

  /// The JSON encoding as UTF-8 bytes.
  public var jsonBytes: [UInt8] {
    var o: [UInt8] = []
    o.reserveCapacity(256)
    var first = true
    func key(_ k: StaticString) {
      o.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
      first = false
      o.append(UInt8(ascii: "\""))
      o.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
      o.append(UInt8(ascii: "\""))
      o.append(UInt8(ascii: ":"))
    }
    func str(_ k: StaticString, _ v: String?) {
      guard let v else { return }
      key(k)
      JSONText.appendQuoted(v, to: &o)
    }
    func num(_ k: StaticString, _ v: Int) {
      key(k)
      o.append(contentsOf: String(v).utf8)
    }
    func bool(_ k: StaticString, _ v: Bool) {
      key(k)
      o.append(contentsOf: (v ? "true" : "false").utf8)
    }
    func list(_ k: StaticString, _ v: [String]) {
      key(k)
      o.append(UInt8(ascii: "["))
      for (i, s) in v.enumerated() {
        if i > 0 { o.append(UInt8(ascii: ",")) }
        JSONText.appendQuoted(s, to: &o)
      }
      o.append(UInt8(ascii: "]"))
    }
    str("id", id)
    str("authorHandle", authorHandle)
    str("authorName", authorName)
    str("createdAt", createdAt)
    str("url", url)
    str("replyToId", replyToId)
    str("replyToHandle", replyToHandle)
    bool("isRetweet", isRetweet)
    bool("isQuote", isQuote)
    str("retweetedHandle", retweetedHandle)
    num("likeCount", likeCount)
    num("retweetCount", retweetCount)
    str("language", language)
    list("hashtags", hashtags)
    list("mentions", mentions)
    list("urls", urls)
    o.append(UInt8(ascii: "}"))
    return o
  }
}

/// JSON string quoting.
public enum JSONText {
  /// Appends `s` as a JSON string literal to UTF-8 bytes.
  public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case 0x22: out.append(0x5C); out.append(0x22)
      case 0x5C: out.append(0x5C); out.append(0x5C)
      case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
      case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
      case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: Array("\\u00".utf8))
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0xF)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  public static func appendQuoted(_ s: String, to out: inout String) {
    out += "\""
    var plain = true
    for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
      plain = false
      break
    }
    if plain {
      out += s
    } else {
      for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
          if u.value < 0x20 {
            let hex = String(u.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          } else {
            out.unicodeScalars.append(u)
          }
        }
      }
    }
    out += "\""
  }
}
