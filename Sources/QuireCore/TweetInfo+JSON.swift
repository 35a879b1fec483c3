/// A hand-written JSON encoding of `TweetInfo`, with the same keys as its `Codable`
/// conformance: a million tweets are stored in seconds instead of going through `JSONEncoder`.
extension TweetInfo {
  public var jsonString: String {
    var o = "{"
    var first = true
    func key(_ k: String) {
      o += first ? "\"" : ",\""
      first = false
      o += k
      o += "\":"
    }
    func str(_ k: String, _ v: String?) {
      guard let v else { return }
      key(k)
      JSONText.appendQuoted(v, to: &o)
    }
    func num(_ k: String, _ v: Int) { key(k); o += String(v) }
    func bool(_ k: String, _ v: Bool) { key(k); o += v ? "true" : "false" }
    func list(_ k: String, _ v: [String]) {
      key(k)
      o += "["
      for (i, s) in v.enumerated() {
        if i > 0 { o += "," }
        JSONText.appendQuoted(s, to: &o)
      }
      o += "]"
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
    return o + "}"
  }
}

/// JSON string quoting.
public enum JSONText {
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
