/// A hand-written JSON encoding of `TweetInfo`, with the same keys as its `Codable`
/// conformance: a million tweets are stored in seconds instead of going through `JSONEncoder`.
extension TweetInfo {
  public var jsonString: String { String(decoding: jsonBytes, as: UTF8.self) }

  /// The JSON encoding as UTF-8 bytes.
  public var jsonBytes: [UInt8] {
    var o: [UInt8] = []
    o.reserveCapacity(256)
    appendJSON(to: &o)
    return o
  }

  /// Appends the JSON encoding to `o` (many posts' encodings into one buffer). `stored`: with
  /// the short keys a project stores in each segment (`Stored`), a quarter fewer bytes a post,
  /// so a million posts' rows are written and read faster; what is exported keeps the long ones.
  public func appendJSON(to o: inout [UInt8], stored: Bool = false) {
    var first = true
    func key(_ long: StaticString, _ short: StaticString) {
      o.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
      first = false
      o.append(UInt8(ascii: "\""))
      let k = stored ? short : long
      o.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
      o.append(UInt8(ascii: "\""))
      o.append(UInt8(ascii: ":"))
    }
    func str(_ k: StaticString, _ short: StaticString, _ v: String?) {
      guard let v else { return }
      key(k, short)
      JSONText.appendQuoted(v, to: &o)
    }
    func num(_ k: StaticString, _ short: StaticString, _ v: Int) {
      key(k, short)
      JSONText.appendInt(v, to: &o)
    }
    func bool(_ k: StaticString, _ short: StaticString, _ v: Bool) {
      key(k, short)
      o.append(contentsOf: (v ? "true" : "false").utf8)
    }
    func list(_ k: StaticString, _ short: StaticString, _ v: [String]) {
      key(k, short)
      o.append(UInt8(ascii: "["))
      for (i, s) in v.enumerated() {
        if i > 0 { o.append(UInt8(ascii: ",")) }
        JSONText.appendQuoted(s, to: &o)
      }
      o.append(UInt8(ascii: "]"))
    }
    str("id", "id", id)
    str("authorHandle", "h", authorHandle)
    str("authorName", "n", authorName)
    str("createdAt", "at", createdAt)
    // Stored once per post, so defaults are left out and read back as defaults: the post's
    // canonical URL, false flags, zero counts and empty lists.
    if !Self.isCanonicalURL(url, handle: authorHandle, id: id) { str("url", "url", url) }
    str("replyToId", "ri", replyToId)
    str("replyToHandle", "rh", replyToHandle)
    if isRetweet { bool("isRetweet", "rt", isRetweet) }
    if isQuote { bool("isQuote", "qt", isQuote) }
    str("retweetedHandle", "rth", retweetedHandle)
    if likeCount != 0 { num("likeCount", "lk", likeCount) }
    if retweetCount != 0 { num("retweetCount", "rc", retweetCount) }
    str("language", "lg", language)
    if !hashtags.isEmpty { list("hashtags", "ht", hashtags) }
    if !mentions.isEmpty { list("mentions", "mn", mentions) }
    if !urls.isEmpty { list("urls", "urls", urls) }
    o.append(UInt8(ascii: "}"))
  }

  /// Whether `url` is `canonicalURL(handle:id:)`, compared by bytes (no URL made per post).
  public static func isCanonicalURL(_ url: String, handle: String, id: String) -> Bool {
    if handle.isEmpty || id.isEmpty { return url.isEmpty }
    let head: StaticString = "https://x.com/", middle: StaticString = "/status/"
    let u = url.utf8
    guard u.count == head.utf8CodeUnitCount + handle.utf8.count + middle.utf8CodeUnitCount + id.utf8.count else { return false }
    var i = u.startIndex
    func next<S: Sequence<UInt8>>(_ part: S) -> Bool {
      for b in part {
        guard u[i] == b else { return false }
        i = u.index(after: i)
      }
      return true
    }
    func bytes(_ s: StaticString) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount) }
    return next(bytes(head)) && next(handle.utf8) && next(bytes(middle)) && next(id.utf8)
  }

  /// A post as a segment stores it has short keys: `id`, `h` (author handle), `n` (author
  /// name), `at` (created), `url`, `ri`/`rh` (reply to id/handle), `rt`/`qt` (retweet, quote),
  /// `rth` (retweeted handle), `lk`/`rc` (likes, retweets), `lg` (language), `ht`/`mn`/`urls`
  /// (hashtags, mentions, links). `init?(json:)` reads these and the long keys (posts stored
  /// before 2026-11-28, and what is exported).
  public enum Stored {
    public static let handleKey: StaticString = "\"h\":\""
    public static let nameKey: StaticString = "\"n\":\""
  }

  /// `https://x.com/HANDLE/status/ID`, the URL a post has unless its source gave another.
  public static func canonicalURL(handle: String, id: String) -> String {
    handle.isEmpty || id.isEmpty ? "" : "https://x.com/\(handle)/status/\(id)"
  }
}

/// JSON string quoting.
public enum JSONText {
  /// Appends `s` as a JSON string literal to UTF-8 bytes.
  public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { appendQuoted($0, to: &out) }
  }

  /// Appends UTF-8 bytes as a JSON string literal. Most strings need no escape, which is told
  /// eight bytes at a time: then they are copied whole.
  public static func appendQuoted(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    guard needsEscape(b) else {
      out.append(contentsOf: b)
      out.append(UInt8(ascii: "\""))
      return
    }
    for b in b {
      switch b {
      case 0x22: out.append(0x5C); out.append(0x22)
      case 0x5C: out.append(0x5C); out.append(0x5C)
      case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
      case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
      case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
      case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
      case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
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

  /// Appends the decimal digits of `n`, without making a string of them.
  public static func appendInt(_ n: Int, to o: inout [UInt8]) {
    if n >= 0 && n < 10 {
      o.append(0x30 + UInt8(n))
      return
    }
    if n < 0 { o.append(UInt8(ascii: "-")) }
    var v = n.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in
      var k = 20
      repeat {
        k -= 1
        buf[k] = 0x30 + UInt8(v % 10)
        v /= 10
      } while v > 0
      o.append(contentsOf: UnsafeBufferPointer(rebasing: buf[k..<20]))
    }
  }

  /// Whether any byte is a quote, a backslash or a control character.
  static func needsEscape(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = b.baseAddress else { return false }
    var i = 0
    while i + 8 <= b.count {
      let w = SWAR.load(p + i)
      if SWAR.equal(w, 0x22) | SWAR.equal(w, 0x5C) | SWAR.less(w, than: 0x20) != 0 { return true }
      i += 8
    }
    while i < b.count {
      let c = p[i]
      if c < 0x20 || c == 0x22 || c == 0x5C { return true }
      i += 1
    }
    return false
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

extension TweetInfo {
  /// Reads the JSON that `jsonBytes` writes (flat strings, numbers, booleans and string lists),
  /// without `JSONDecoder`; nil when the text is not of that shape.
  public init?(json: String) {
    var id = "", handle = "", name = "", created = "", url = ""
    var replyId: String? = nil, replyHandle: String? = nil, retweeted: String? = nil, language: String? = nil
    var isRetweet = false, isQuote = false
    var likes = 0, retweets = 0
    var hashtags: [String] = [], mentions: [String] = [], urls: [String] = []
    var r = FlatJSON(json)
    guard r.expect(0x7B) else { return nil }
    if !r.expect(0x7D) {
      repeat {
        guard let key = r.string(), r.expect(0x3A) else { return nil }
        switch key {
        case "id": guard let v = r.string() else { return nil }; id = v
        case "authorHandle", "h": guard let v = r.string() else { return nil }; handle = v
        case "authorName", "n": guard let v = r.string() else { return nil }; name = v
        case "createdAt", "at": guard let v = r.string() else { return nil }; created = v
        case "url": guard let v = r.string() else { return nil }; url = v
        case "replyToId", "ri": replyId = r.string()
        case "replyToHandle", "rh": replyHandle = r.string()
        case "retweetedHandle", "rth": retweeted = r.string()
        case "language", "lg": language = r.string()
        case "isRetweet", "rt": isRetweet = r.word() == "true"
        case "isQuote", "qt": isQuote = r.word() == "true"
        case "likeCount", "lk": guard let v = Int(r.word()) else { return nil }; likes = v
        case "retweetCount", "rc": guard let v = Int(r.word()) else { return nil }; retweets = v
        case "hashtags", "ht": guard let v = r.strings() else { return nil }; hashtags = v
        case "mentions", "mn": guard let v = r.strings() else { return nil }; mentions = v
        case "urls": guard let v = r.strings() else { return nil }; urls = v
        default: return nil
        }
      } while r.expect(0x2C)
      guard r.expect(0x7D) else { return nil }
    }
    if url.isEmpty { url = Self.canonicalURL(handle: handle, id: id) }
    self.init(
      id: id, authorHandle: handle, authorName: name, createdAt: created, url: url, replyToId: replyId,
      replyToHandle: replyHandle, isRetweet: isRetweet, isQuote: isQuote, retweetedHandle: retweeted,
      likeCount: likes, retweetCount: retweets, language: language, hashtags: hashtags, mentions: mentions, urls: urls)
  }
}

extension TweetInfo {
  enum StoredKeys: String, CodingKey {
    case id, authorHandle, authorName, createdAt, url, replyToId, replyToHandle, isRetweet, isQuote, retweetedHandle
    case likeCount, retweetCount, language, hashtags, mentions, urls
  }

  /// Reads what `jsonBytes` writes, where defaults are left out.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: StoredKeys.self)
    let id = try c.decode(String.self, forKey: .id)
    let handle = try c.decodeIfPresent(String.self, forKey: .authorHandle) ?? ""
    self.init(
      id: id, authorHandle: handle, authorName: try c.decodeIfPresent(String.self, forKey: .authorName) ?? "",
      createdAt: try c.decodeIfPresent(String.self, forKey: .createdAt) ?? "",
      url: try c.decodeIfPresent(String.self, forKey: .url) ?? Self.canonicalURL(handle: handle, id: id),
      replyToId: try c.decodeIfPresent(String.self, forKey: .replyToId),
      replyToHandle: try c.decodeIfPresent(String.self, forKey: .replyToHandle),
      isRetweet: try c.decodeIfPresent(Bool.self, forKey: .isRetweet) ?? false,
      isQuote: try c.decodeIfPresent(Bool.self, forKey: .isQuote) ?? false,
      retweetedHandle: try c.decodeIfPresent(String.self, forKey: .retweetedHandle),
      likeCount: try c.decodeIfPresent(Int.self, forKey: .likeCount) ?? 0,
      retweetCount: try c.decodeIfPresent(Int.self, forKey: .retweetCount) ?? 0,
      language: try c.decodeIfPresent(String.self, forKey: .language),
      hashtags: try c.decodeIfPresent([String].self, forKey: .hashtags) ?? [],
      mentions: try c.decodeIfPresent([String].self, forKey: .mentions) ?? [],
      urls: try c.decodeIfPresent([String].self, forKey: .urls) ?? [])
  }
}

extension Optional where Wrapped == TweetInfo {
  /// Appends the post's JSON encoding to `o` when there is a post; read where it lies. (Reading
  /// it through `!` or `if let` from a segment in a buffer copied the whole post first, each of
  /// its strings and lists retained and released again: a million posts, tens of millions of
  /// reference counts.) Mutating only so that it is reached in place: nothing is changed.
  @discardableResult
  public mutating func appendJSONInPlace(to o: inout [UInt8], stored: Bool = false) -> Bool {
    switch self {
    case .none: return false
    case .some: break
    }
    self!.appendJSON(to: &o, stored: stored)
    return true
  }
}
