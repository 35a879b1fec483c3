import Foundation

/// What a token belongs to, which decides which patterns may match it (DESIGN §4).
public enum TokenRole: UInt8, Sendable {
  /// An ordinary word: word patterns match it.
  case word
  /// A word inside a hashtag's body: word patterns match it too.
  case hashtag
  /// A word inside a mention: only `@name` patterns match the mention as a whole.
  case mention
  /// A word inside a URL: never matched, but it keeps its position.
  case url

  var wordMatchable: Bool { self == .word || self == .hashtag }
}

/// A token of a unit: a maximal run of letters, digits and marks.
public struct Token: Sendable, Equatable {
  /// Lower-cased (and, when asked, diacritic-folded) text.
  public var text: String
  /// Scalar offsets into the source text.
  public var start: Int
  public var end: Int
  public var role: TokenRole
}

/// A hashtag or mention found in a unit.
public struct Structure: Sendable, Equatable {
  public enum Kind: Sendable { case hashtag, mention }
  public var kind: Kind
  /// The folded body without `#`/`@`.
  public var body: String
  /// Position of the body's first token (or of the next token when the body has none).
  public var position: Int
  /// Scalar offsets of the whole structure, `#` or `@` included.
  public var start: Int
  public var end: Int
}

/// The tokens and structures of one unit.
public struct TokenizedUnit: Sendable {
  public var tokens: [Token] = []
  public var structures: [Structure] = []
}

/// Splits text into tokens, hashtags, mentions and URLs in one left-to-right scan (DESIGN §4).
public struct Tokenizer: Sendable {
  public var foldDiacritics: Bool

  public init(foldDiacritics: Bool = false) {
    self.foldDiacritics = foldDiacritics
  }

  @inline(__always) static func isTokenScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 {
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
      return true
    default:
      return false
    }
  }

  @inline(__always) static func isMentionScalar(_ s: Unicode.Scalar) -> Bool {
    if s == "_" { return true }
    let v = s.value
    if v < 0x80 {
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  @inline(__always) static func isHashtagScalar(_ s: Unicode.Scalar) -> Bool {
    s == "_" || isTokenScalar(s)
  }

  @inline(__always) static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
    isMentionScalar(s) && s != "_"
  }

  /// Folds a token's scalars: Unicode lower case, then optionally without diacritics.
  func fold(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> String {
    var ascii = true
    for k in a..<b where sc[k].value >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      // Written straight into the string's storage: no intermediate array, and tokens of up
      // to 15 bytes stay inside the String value itself.
      return String(unsafeUninitializedCapacity: b - a) { buffer in
        for k in a..<b {
          let v = UInt8(truncatingIfNeeded: sc[k].value)
          buffer[k - a] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
        }
        return b - a
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: sc[a..<b])
    let lowered = String(view).lowercased()
    return foldDiacritics ? Self.stripDiacritics(lowered) : lowered
  }

  /// `café` → `cafe`: canonical decomposition without nonspacing marks, then NFC.
  static func stripDiacritics(_ s: String) -> String {
    let decomposed = s.decomposedStringWithCanonicalMapping
    var view = String.UnicodeScalarView()
    for u in decomposed.unicodeScalars where u.properties.generalCategory != .nonspacingMark {
      view.append(u)
    }
    return String(view).precomposedStringWithCanonicalMapping
  }

  /// Tokenises `scalars[range]`; offsets stay those of the whole array. (The coding engine scans
  /// UTF-8 bytes with `scan`; this form, with each token's text as a string, is for inspection.)
  public func tokenize(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> TokenizedUnit {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars)
    var string = String(text)
    var byteStart = 0
    for u in scalars[..<range.lowerBound] { byteStart += UTF8.width(u) }
    var byteEnd = byteStart
    for u in scalars[range] { byteEnd += UTF8.width(u) }
    var scanned = ScannedUnit()
    string.withUTF8 { scan($0, bytes: byteStart..<byteEnd, scalarStart: range.lowerBound, into: &scanned) }
    var unit = TokenizedUnit()
    unit.tokens = scanned.tokens.map { t in
      Token(text: scanned.string(t.foldStart, t.foldEnd), start: t.start, end: t.end, role: t.role)
    }
    unit.structures = scanned.structures.map { s in
      Structure(kind: s.kind, body: scanned.string(s.foldStart, s.foldEnd), position: s.position, start: s.start, end: s.end)
    }
    return unit
  }

  // MARK: Scanning UTF-8

  /// The scalar at byte `i` of valid UTF-8, and its length in bytes.
  @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    let b0 = UInt32(b[i])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: b0)), 1) }
    let n = b.count
    var v: UInt32
    var len: Int
    if b0 < 0xE0 {
      v = b0 & 0x1F
      len = 2
    } else if b0 < 0xF0 {
      v = b0 & 0x0F
      len = 3
    } else {
      v = b0 & 0x07
      len = 4
    }
    var k = 1
    while k < len, i + k < n {
      v = v << 6 | UInt32(b[i + k] & 0x3F)
      k += 1
    }
    return (Unicode.Scalar(v) ?? "\u{FFFD}", k)
  }

  /// ASCII letters and digits, as bits by byte value (0–63, 64–127).
  static let asciiWordLow: UInt64 = 0x03FF_0000_0000_0000
  static let asciiWordHigh: UInt64 = 0x07FF_FFFE_07FF_FFFE
  /// The same less `h` and `w`, where a URL may start.
  static let asciiWordHighNoURL: UInt64 = asciiWordHigh & ~(1 << (0x68 - 64)) & ~(1 << (0x77 - 64))

  /// Whether the byte is an ASCII letter or digit (with `urlLetters: false`, not `h` or `w`).
  @inline(__always) static func isASCIIWordByte(_ v: UInt8, urlLetters: Bool = true) -> Bool {
    if v < 64 { return (asciiWordLow >> UInt64(v)) & 1 != 0 }
    guard v < 128 else { return false }
    return ((urlLetters ? asciiWordHigh : asciiWordHighNoURL) >> UInt64(v - 64)) & 1 != 0
  }

  /// Whether `word` (ASCII) starts at byte `i`, before `end`, exactly as written.
  @inline(__always) static func bytesMatch(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard i + n <= end else { return false }
    let w = word.utf8Start
    for k in 0..<n where b[i + k] != w[k] { return false }
    return true
  }

  /// Whether a URL (`http://`, `https://` or `www.`, as DESIGN §4 writes them) starts at byte `i`.
  @inline(__always) static func urlStarts(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let first = b[i]
    if first == 0x68 { return bytesMatch(b, i, end, "http://") || bytesMatch(b, i, end, "https://") }
    if first == 0x77 { return bytesMatch(b, i, end, "www.") }
    return false
  }

  /// Appends the folded form of the token at bytes `a..<b` to `out`: ASCII letters lower-cased
  /// in place; any other token through Unicode lower case (and optionally without diacritics).
  @inline(__always) func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, ascii: Bool, into out: inout [UInt8]) {
    if ascii {
      // Copied whole, then lower-cased in place: appending byte by byte checked the array's
      // uniqueness and capacity for every byte of every unit.
      let from = out.count
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[a..<b]))
      out.withUnsafeMutableBufferPointer { o in
        for k in from..<o.count where o[k] &- 0x41 < 26 { o[k] += 0x20 }
      }
      return
    }
    let lowered = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self).lowercased()
    out.append(contentsOf: (foldDiacritics ? Self.stripDiacritics(lowered) : lowered).utf8)
  }

  /// Tokenises the UTF-8 `bytes` of a unit (whose first scalar is scalar `scalarStart` of the
  /// source) into `unit`, reusing its storage: one left-to-right scan, no string per token.
  func scan(_ b: UnsafeBufferPointer<UInt8>, bytes range: Range<Int>, scalarStart: Int, into unit: inout ScannedUnit) {
    unit.tokens.removeAll(keepingCapacity: true)
    unit.structures.removeAll(keepingCapacity: true)
    unit.folded.removeAll(keepingCapacity: true)
    let end = range.upperBound
    var i = range.lowerBound
    var s = scalarStart
    // The word being read: its first byte and scalar, and whether it is all ASCII.
    var wordStart = -1
    var wordScalar = 0
    var wordASCII = true

    func flushWord(_ at: Int, _ atScalar: Int) {
      guard wordStart >= 0 else { return }
      let f = unit.folded.count
      fold(b, wordStart, at, ascii: wordASCII, into: &unit.folded)
      unit.tokens.append(
        ScannedToken(
          start: wordScalar, end: atScalar, byteStart: wordStart, byteEnd: at, foldStart: f, foldEnd: unit.folded.count,
          word: -1, role: .word))
      wordStart = -1
    }
    // Adds the tokens of `a..<e` as runs of `accept` scalars; returns the scalar offset of `e`.
    func addRuns(_ a: Int, _ sa: Int, _ e: Int, role: TokenRole, accept: (Unicode.Scalar) -> Bool) -> Int {
      var k = a
      var sk = sa
      var runStart = -1
      var runScalar = 0
      var runASCII = true
      func close() {
        guard runStart >= 0 else { return }
        let f = unit.folded.count
        fold(b, runStart, k, ascii: runASCII, into: &unit.folded)
        unit.tokens.append(
          ScannedToken(start: runScalar, end: sk, byteStart: runStart, byteEnd: k, foldStart: f, foldEnd: unit.folded.count, word: -1, role: role))
        runStart = -1
      }
      while k < e {
        let (u, n) = Self.decode(b, k)
        if accept(u) {
          if runStart < 0 {
            runStart = k
            runScalar = sk
            runASCII = true
          }
          if n > 1 { runASCII = false }
        } else {
          close()
        }
        k += n
        sk += 1
      }
      close()
      return sk
    }
    // A hashtag or mention whose `#` or `@` is at byte `i` (scalar `si`): its folded body and its
    // tokens; returns the byte and scalar offsets just after it.
    func structure(
      _ kind: Structure.Kind, at i: Int, _ si: Int, body: (Unicode.Scalar) -> Bool, tokens role: TokenRole,
      accept: (Unicode.Scalar) -> Bool
    ) -> (Int, Int) {
      var j = i + 1
      var ascii = true
      while j < end {
        let (u, m) = Self.decode(b, j)
        guard body(u) else { break }
        if m > 1 { ascii = false }
        j += m
      }
      let position = unit.tokens.count
      let f = unit.folded.count
      fold(b, i + 1, j, ascii: ascii, into: &unit.folded)
      let fe = unit.folded.count
      let e = addRuns(i + 1, si + 1, j, role: role, accept: accept)
      unit.structures.append(
        ScannedStructure(kind: kind, foldStart: f, foldEnd: fe, position: position, start: si, end: e, byteStart: i, byteEnd: j))
      return (j, e)
    }
    // The scalar before byte `i` (a mention may not follow a letter or digit).
    func previous(_ i: Int) -> Unicode.Scalar {
      var k = i - 1
      while k > 0, b[k] & 0xC0 == 0x80 { k -= 1 }
      return Self.decode(b, k).0
    }

    while i < end {
      // An ASCII letter or digit: the word goes on through the letters and digits after it in
      // one tight loop, stopping at an `h` or `w` (where a URL may start, even inside a word).
      if let p = b.baseAddress, Self.isASCIIWordByte(p[i]), !Self.urlStarts(b, i, end) {
        if wordStart < 0 {
          wordStart = i
          wordScalar = s
          wordASCII = true
        }
        var j = i + 1
        while j < end, Self.isASCIIWordByte(p[j], urlLetters: false) { j += 1 }
        s += j - i
        i = j
        continue
      }
      let (c, n) = Self.decode(b, i)
      if n == 1 {
        let v = b[i]
        // URL: up to the next white space.
        if (v == 0x68 || v == 0x77), Self.urlStarts(b, i, end) {
          flushWord(i, s)
          var j = i
          while j < end {
            // ASCII white space told by its byte (asking the scalar's properties cost a lookup
            // for every character of every link).
            let v = b[j]
            if v < 0x80 {
              if v == 0x20 || (v >= 0x09 && v <= 0x0D) { break }
              j += 1
              continue
            }
            let (u, m) = Self.decode(b, j)
            if u.properties.isWhitespace { break }
            j += m
          }
          s = addRuns(i, s, j, role: .url, accept: Self.isTokenScalar)
          i = j
          continue
        }
        // Mention: `@` + letters, digits or `_`, not after a letter or digit.
        if v == 0x40, i + 1 < end, Self.isMentionScalar(Self.decode(b, i + 1).0),
          i == range.lowerBound || !Self.isLetterOrDigit(previous(i))
        {
          flushWord(i, s)
          (i, s) = structure(.mention, at: i, s, body: Self.isMentionScalar, tokens: .mention, accept: Self.isLetterOrDigit)
          continue
        }
        // Hashtag: `#` + letters, digits, marks or `_`.
        if v == 0x23, i + 1 < end, Self.isHashtagScalar(Self.decode(b, i + 1).0) {
          flushWord(i, s)
          (i, s) = structure(.hashtag, at: i, s, body: Self.isHashtagScalar, tokens: .hashtag, accept: Self.isTokenScalar)
          continue
        }
      }
      if Self.isTokenScalar(c) {
        if wordStart < 0 {
          wordStart = i
          wordScalar = s
          wordASCII = true
        }
        if n > 1 { wordASCII = false }
      } else {
        flushWord(i, s)
      }
      i += n
      s += 1
    }
    flushWord(end, s)
    // Eight bytes past the last folded token, so a word's hash may read its last bytes whole.
    unit.folded.append(contentsOf: repeatElement(0, count: 8))
  }
}

/// A token found on UTF-8 bytes: where it is (scalars and bytes) and its folded text in the
/// unit's `folded` bytes.
struct ScannedToken {
  var start: Int
  var end: Int
  var byteStart: Int
  var byteEnd: Int
  var foldStart: Int
  var foldEnd: Int
  /// The vocabulary id of the folded text (set by the matcher), or -1.
  var word: Int32
  var role: TokenRole
}

/// A hashtag or mention found on UTF-8 bytes; its folded body in the unit's `folded` bytes.
struct ScannedStructure {
  var kind: Structure.Kind
  var foldStart: Int
  var foldEnd: Int
  var position: Int
  var start: Int
  var end: Int
  var byteStart: Int
  var byteEnd: Int
}

/// The tokens and structures of one unit scanned on bytes; reused from unit to unit.
struct ScannedUnit {
  var tokens: [ScannedToken] = []
  var structures: [ScannedStructure] = []
  /// The folded texts of all tokens and structure bodies, one after the other, then eight zero
  /// bytes (see `WordTable.hash`).
  var folded: [UInt8] = []

  func string(_ a: Int, _ b: Int) -> String { String(decoding: folded[a..<b], as: UTF8.self) }
}
