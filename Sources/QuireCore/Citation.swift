/// Citation text for quotes (DESIGN §6).
public enum Citation {
  /// `00:03:12` for 192 seconds.
  public static func timestamp(_ seconds: Double) -> String {
    let total = Int(seconds.rounded(.down))
    let h = total / 3600, m = (total % 3600) / 60, s = total % 60
    return pad2(h) + ":" + pad2(m) + ":" + pad2(s)
  }

  /// `lines 12–14`, or `line 12` for one line.
  public static func lines(_ a: Int, _ b: Int) -> String {
    a == b ? "line \(a)" : "lines \(a)–\(b)"
  }

  /// The location of an interview passage: `[00:03:12], lines 12–14` or `lines 12–14`.
  public static func interviewLocation(lineStart: Int, lineEnd: Int, time: Double?) -> String {
    if let time { return "[\(timestamp(time))], " + lines(lineStart, lineEnd) }
    return lines(lineStart, lineEnd)
  }

  /// `(Rachel Adeyemi, Interview 1, lines 12–14)` or with a time, `(…, Interview 1, [00:03:12])`.
  public static func interview(speaker: String?, number: Int, lineStart: Int, lineEnd: Int, time: Double?)
    -> String
  {
    let place = time.map { "[\(timestamp($0))]" } ?? lines(lineStart, lineEnd)
    let who = speaker.map { "\($0), " } ?? ""
    return "(\(who)Interview \(number), \(place))"
  }

  /// The short attribution after a quote, as in a chapter: `R Adeyemi` for `Rachel Adeyemi`,
  /// `J Dale` stays `J Dale`, a single name stays as it is.
  public static func attribution(_ name: String) -> String {
    let words = name.split(whereSeparator: { $0 == " " }).map(String.init)
    guard words.count >= 2 else { return name }
    let initials = words.dropLast().compactMap(\.first).map(String.init).joined(separator: " ")
    return initials + " " + (words.last ?? "")
  }

  /// An APA 7 author for a post: `Adeyemi, R. [@rachel_codes_ed]`; a one-word or organisation
  /// name is kept as written.
  public static func apaAuthor(name: String, handle: String) -> String {
    let words = name.split(whereSeparator: { $0 == " " }).map(String.init)
    let looksPersonal =
      words.count >= 2 && words.count <= 4
      && words.allSatisfy { w in w.unicodeScalars.first?.properties.isUppercase ?? false }
    var author = name
    if looksPersonal, let last = words.last {
      let initials = words.dropLast().compactMap(\.first).map { "\($0)." }.joined(separator: " ")
      author = "\(last), \(initials)"
    }
    if author.isEmpty { return "[@\(handle)]" }
    return handle.isEmpty ? author : "\(author) [@\(handle)]"
  }

  public static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// `(2019, May 3)` from an ISO 8601 date.
  public static func apaDate(_ iso: String) -> String {
    // `YYYY-MM-DD…`, read on bytes: a quote table asks once per post.
    var fields = [0, 0, 0]
    var digits = [0, 0, 0]
    var field = 0
    for b in iso.utf8.prefix(10) {
      if b == UInt8(ascii: "-") {
        field += 1
        if field > 2 { return "(n.d.)" }
      } else if b >= 0x30, b <= 0x39 {
        fields[field] = fields[field] * 10 + Int(b - 0x30)
        digits[field] += 1
      } else {
        return "(n.d.)"
      }
    }
    guard field == 2, digits.allSatisfy({ $0 > 0 }), (1...12).contains(fields[1]) else { return "(n.d.)" }
    return "(\(fields[0]), \(months[fields[1] - 1]) \(fields[2]))"
  }

  /// The first `limit` words of a post, with `…` when cut (APA 7 asks for up to 20 words).
  public static func firstWords(_ text: String, limit: Int = 20) -> String {
    // One pass over the UTF-8, each word copied whole, stopping at the first word past the
    // limit: quote tables ask for this once per quote.
    var text = text
    return text.withUTF8 { b -> String in
      let n = b.count
      /// Whether a white-space scalar starts at `i`, and its length in bytes.
      func space(_ i: Int) -> (Bool, Int) {
        let c = b[i]
        if c < 0x80 { return (c == 0x20 || (c >= 0x09 && c <= 0x0D), 1) }
        let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        var k = 1
        while k < len, i + k < n {
          v = v << 6 | UInt32(b[i + k] & 0x3F)
          k += 1
        }
        return (Unicode.Scalar(v)?.properties.isWhitespace ?? false, k)
      }
      var out: [UInt8] = []
      out.reserveCapacity(min(n, 256))
      var words = 0
      var i = 0
      while i < n {
        while i < n {
          let (white, len) = space(i)
          if !white { break }
          i += len
        }
        guard i < n else { break }
        if words == limit { return String(decoding: out, as: UTF8.self) + "…" }
        if words > 0 { out.append(0x20) }
        let start = i
        while i < n {
          let (white, len) = space(i)
          if white { break }
          i += len
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
        words += 1
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// `Adeyemi, R. [@rachel_codes_ed]. (2019, May 3). Text [Tweet]. X. URL`
  public static func tweet(_ t: TweetInfo, text: String) -> String {
    tweet(t, text: text, author: apaAuthor(name: t.authorName, handle: t.authorHandle))
  }

  /// `tweet(_:text:)` with the APA author already made (a quote table makes it once per account).
  public static func tweet(_ t: TweetInfo, text: String, author: String) -> String {
    "\(author). \(apaDate(t.createdAt)). \(firstWords(text)) [Tweet]. X. \(t.url)"
  }

  private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
