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

  /// Whether a URL (`http://`, `https://` or `www.`, as DESIGN §4 writes them) starts at `i`.
  static func urlStarts(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int) -> Bool {
    func lower(_ k: Int) -> UInt32 { sc[k].value }
    func matches(_ word: String) -> Bool {
      let u = Array(word.unicodeScalars)
      guard i + u.count <= end else { return false }
      for (k, c) in u.enumerated() where lower(i + k) != c.value { return false }
      return true
    }
    let first = lower(i)
    if first == 0x68 { return matches("http://") || matches("https://") }
    if first == 0x77 { return matches("www.") }
    return false
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

  /// Tokenises `scalars[range]`; offsets stay those of the whole array.
  public func tokenize(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> TokenizedUnit {
    scalars.withUnsafeBufferPointer { tokenize($0, range) }
  }

  public func tokenize(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> TokenizedUnit {
    var unit = TokenizedUnit()
    tokenize(sc, range, into: &unit)
    return unit
  }

  /// Tokenises into `unit`, reusing its arrays' storage (a coding run calls this per unit).
  public func tokenize(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into unit: inout TokenizedUnit) {
    unit.tokens.removeAll(keepingCapacity: true)
    unit.structures.removeAll(keepingCapacity: true)
    let end = range.upperBound
    var i = range.lowerBound
    var wordStart = -1

    func flushWord(_ at: Int) {
      if wordStart >= 0 {
        unit.tokens.append(Token(text: fold(sc, wordStart, at), start: wordStart, end: at, role: .word))
        wordStart = -1
      }
    }
    // Adds the tokens of a structure's body as runs of `accept` scalars.
    func addRuns(_ a: Int, _ b: Int, role: TokenRole, accept: (Unicode.Scalar) -> Bool) {
      var k = a
      while k < b {
        if accept(sc[k]) {
          var j = k + 1
          while j < b, accept(sc[j]) { j += 1 }
          unit.tokens.append(Token(text: fold(sc, k, j), start: k, end: j, role: role))
          k = j
        } else {
          k += 1
        }
      }
    }

    while i < end {
      let c = sc[i]
      // URL
      if (c == "h" || c == "w"), Self.urlStarts(sc, i, end) {
        flushWord(i)
        var j = i
        while j < end, !sc[j].properties.isWhitespace { j += 1 }
        addRuns(i, j, role: .url, accept: Self.isTokenScalar)
        i = j
        continue
      }
      // Mention: `@` + letters, digits or `_`, not after a letter or digit.
      if c == "@", i + 1 < end, Self.isMentionScalar(sc[i + 1]),
        i == range.lowerBound || !Self.isLetterOrDigit(sc[i - 1])
      {
        flushWord(i)
        var j = i + 1
        while j < end, Self.isMentionScalar(sc[j]) { j += 1 }
        let position = unit.tokens.count
        unit.structures.append(
          Structure(kind: .mention, body: fold(sc, i + 1, j), position: position, start: i, end: j))
        addRuns(i + 1, j, role: .mention, accept: Self.isLetterOrDigit)
        i = j
        continue
      }
      // Hashtag: `#` + letters, digits, marks or `_`.
      if c == "#", i + 1 < end, Self.isHashtagScalar(sc[i + 1]) {
        flushWord(i)
        var j = i + 1
        while j < end, Self.isHashtagScalar(sc[j]) { j += 1 }
        let position = unit.tokens.count
        unit.structures.append(
          Structure(kind: .hashtag, body: fold(sc, i + 1, j), position: position, start: i, end: j))
        addRuns(i + 1, j, role: .hashtag, accept: Self.isTokenScalar)
        i = j
        continue
      }
      if Self.isTokenScalar(c) {
        if wordStart < 0 { wordStart = i }
      } else {
        flushWord(i)
      }
      i += 1
    }
    flushWord(end)
  }
}
