/// A reader for the small, flat JSON that Quire itself stores (objects of strings, numbers and
/// booleans, lists of them), much faster than `JSONDecoder` for the thousands of rows a quote
/// table reads. Anything else makes it give up (nil), and callers fall back to `JSONDecoder`.
struct FlatJSON {
  var b: ArraySlice<UInt8>

  init(_ text: String) { b = Array(text.utf8)[...] }

  mutating func skipSpace() { while let c = b.first, c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { b = b.dropFirst() } }

  mutating func expect(_ c: UInt8) -> Bool {
    skipSpace()
    guard b.first == c else { return false }
    b = b.dropFirst()
    return true
  }

  mutating func string() -> String? {
    guard expect(0x22) else { return nil }
    // Fast path: no escapes.
    if let end = b.firstIndex(where: { $0 == 0x22 || $0 == 0x5C }), b[end] == 0x22 {
      let s = String(decoding: b[b.startIndex..<end], as: UTF8.self)
      b = b[(end + 1)...]
      return s
    }
    var out: [UInt8] = []
    while let c = b.first {
      b = b.dropFirst()
      if c == 0x22 { return String(decoding: out, as: UTF8.self) }
      if c == 0x5C {
        guard let e = b.first else { return nil }
        b = b.dropFirst()
        switch e {
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x75:
          guard b.count >= 4, var v = UInt32(String(decoding: b.prefix(4), as: UTF8.self), radix: 16) else { return nil }
          b = b.dropFirst(4)
          // A surrogate pair: `\uD83D\uDE00`.
          if v >= 0xD800 && v < 0xDC00, b.count >= 6, b.first == 0x5C, b.dropFirst().first == 0x75,
            let low = UInt32(String(decoding: b.dropFirst(2).prefix(4), as: UTF8.self), radix: 16), low >= 0xDC00 && low < 0xE000
          {
            b = b.dropFirst(6)
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let u = Unicode.Scalar(v) else { return nil }
          out.append(contentsOf: String(Character(u)).utf8)
        default: out.append(e)
        }
        continue
      }
      out.append(c)
    }
    return nil
  }

  mutating func strings() -> [String]? {
    guard expect(0x5B) else { return nil }
    var list: [String] = []
    if expect(0x5D) { return list }
    repeat {
      guard let s = string() else { return nil }
      list.append(s)
    } while expect(0x2C)
    return expect(0x5D) ? list : nil
  }

  /// A bare word: a number, `true`, `false` or `null`.
  mutating func word() -> String {
    skipSpace()
    var out: [UInt8] = []
    while let c = b.first, (c >= 0x30 && c <= 0x39) || c == 0x2D || (c >= 0x61 && c <= 0x7A) {
      out.append(c)
      b = b.dropFirst()
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Nothing but white space is left.
  mutating func atEnd() -> Bool {
    skipSpace()
    return b.isEmpty
  }

  mutating func int() -> Int? {
    skipSpace()
    var n = 0
    var negative = false
    if b.first == 0x2D {
      negative = true
      b = b.dropFirst()
    }
    guard let f = b.first, f >= 0x30 && f <= 0x39 else { return nil }
    while let c = b.first, c >= 0x30 && c <= 0x39 {
      n = n * 10 + Int(c - 0x30)
      b = b.dropFirst()
    }
    return negative ? -n : n
  }
}

extension Evidence {
  /// The stored JSON of an evidence list, compact: the matches of one rule that come together
  /// share one entry, `[{"rule":"any[connect*, meet*]","hits":[[4,11,"connect*","connect"],
  /// [20,24,"meet*"]]}]`, each hit `[start, end, pattern]` followed by the matched text when it
  /// is not the pattern itself. Half the size of one object per match (a million-tweet archive
  /// stores hundreds of thousands of these), and the list read back is exactly the list written.
  /// Stored evidence is compared as text to tell a changed suggestion from an unchanged one, so
  /// the same list always gives the same text.
  public static func json(_ list: [Evidence]) -> String {
    var o: [UInt8] = []
    o.reserveCapacity(48 * list.count + 64)
    appendJSON(list, to: &o)
    return String(decoding: o, as: UTF8.self)
  }

  /// `json(list)`'s bytes, appended to `o`.
  public static func appendJSON(_ list: [Evidence], to o: inout [UInt8]) {
    var writer = EvidenceJSONWriter()
    writer.begin(&o)
    for e in list {
      var text = e.text
      text.withUTF8 { writer.add(rule: e.rule, pattern: e.pattern, start: e.start, end: e.end, text: $0, to: &o) }
    }
    writer.end(&o)
  }

  static func appendInt(_ n: Int, to o: inout [UInt8]) { JSONText.appendInt(n, to: &o) }

  /// Reads a stored evidence list: the compact form `json` writes, or the one object per match
  /// (`[{"end":…,"pattern":…,"rule":…,"start":…,"text":…}]`) of projects made before it; nil
  /// when it is neither.
  public static func list(json: String) -> [Evidence]? {
    var r = FlatJSON(json)
    guard r.expect(0x5B) else { return nil }
    var out: [Evidence] = []
    if r.expect(0x5D) { return out }
    repeat {
      guard r.expect(0x7B) else { return nil }
      var e = Evidence(rule: "", pattern: "", start: 0, end: 0, text: "")
      var hits: [Evidence]? = nil
      if !r.expect(0x7D) {
        repeat {
          guard let key = r.string(), r.expect(0x3A) else { return nil }
          switch key {
          case "rule": guard let v = r.string() else { return nil }; e.rule = v
          case "pattern": guard let v = r.string() else { return nil }; e.pattern = v
          case "text": guard let v = r.string() else { return nil }; e.text = v
          case "start": guard let v = r.int() else { return nil }; e.start = v
          case "end": guard let v = r.int() else { return nil }; e.end = v
          case "hits":
            guard r.expect(0x5B) else { return nil }
            var list: [Evidence] = []
            if !r.expect(0x5D) {
              repeat {
                guard r.expect(0x5B), let start = r.int(), r.expect(0x2C), let end = r.int(), r.expect(0x2C),
                  let pattern = r.string()
                else { return nil }
                var text = pattern
                if r.expect(0x2C) {
                  guard let t = r.string() else { return nil }
                  text = t
                }
                guard r.expect(0x5D) else { return nil }
                list.append(Evidence(rule: "", pattern: pattern, start: start, end: end, text: text))
              } while r.expect(0x2C)
              guard r.expect(0x5D) else { return nil }
            }
            hits = list
          default: return nil
          }
        } while r.expect(0x2C)
        guard r.expect(0x7D) else { return nil }
      }
      if let hits {
        for var h in hits {
          h.rule = e.rule
          out.append(h)
        }
      } else {
        out.append(e)
      }
    } while r.expect(0x2C)
    return r.expect(0x5D) ? out : nil
  }
}

/// Reading back the small JSON the project file stores for a codebook (each rule's items, a
/// theme's speakers and examples) without `JSONDecoder`: a 500-theme codebook is read by every
/// `quire code` and `quire quotes`, and its 5,566 rules and 1,500 lists went through a decoder
/// each, a tenth of a second. Anything but the shapes `JSONEncoder` writes for them gives nil, and
/// callers fall back to `JSONDecoder`.
public enum StoredJSON {
  /// A list of strings: `["participants"]`.
  public static func strings(_ text: String) -> [String]? {
    var r = FlatJSON(text)
    guard let list = r.strings(), r.atEnd() else { return nil }
    return list
  }

  /// A rule's items as `JSONEncoder` writes them: `[{"pattern":{"_0":"connect*"}},
  /// {"regex":{"_0":{"caseSensitive":false,"pattern":"…"}}},{"oneOf":{"_0":[…]}}]`.
  public static func ruleItems(_ text: String) -> [RuleItem]? {
    var r = FlatJSON(text)
    guard let list = items(&r), r.atEnd() else { return nil }
    return list
  }

  static func items(_ r: inout FlatJSON) -> [RuleItem]? {
    guard r.expect(0x5B) else { return nil }
    var list: [RuleItem] = []
    if r.expect(0x5D) { return list }
    repeat {
      guard let item = item(&r) else { return nil }
      list.append(item)
    } while r.expect(0x2C)
    return r.expect(0x5D) ? list : nil
  }

  static func item(_ r: inout FlatJSON) -> RuleItem? {
    guard r.expect(0x7B), let kind = r.string(), r.expect(0x3A), r.expect(0x7B), r.string() == "_0", r.expect(0x3A) else { return nil }
    let item: RuleItem
    switch kind {
    case "pattern":
      guard let p = r.string() else { return nil }
      item = .pattern(p)
    case "regex":
      guard r.expect(0x7B) else { return nil }
      var pattern: String? = nil
      var caseSensitive: Bool? = nil
      repeat {
        guard let key = r.string(), r.expect(0x3A) else { return nil }
        switch key {
        case "pattern":
          guard let p = r.string() else { return nil }
          pattern = p
        case "caseSensitive":
          switch r.word() {
          case "true": caseSensitive = true
          case "false": caseSensitive = false
          default: return nil
          }
        default: return nil
        }
      } while r.expect(0x2C)
      guard r.expect(0x7D), let pattern, let caseSensitive else { return nil }
      item = .regex(RegexSpec(pattern: pattern, caseSensitive: caseSensitive))
    case "oneOf":
      guard let list = items(&r) else { return nil }
      item = .oneOf(list)
    default: return nil
    }
    return r.expect(0x7D) && r.expect(0x7D) ? item : nil
  }
}
