import Testing

@testable import QuireCoding

@Suite struct TokenizerTests {
  /// The blocks the literal prefilter passes over without asking a scalar's properties hold no
  /// scalar that case folding changes.
  @Test func blocksWithoutCaseHaveNone() {
    var checked = 0
    for v in UInt32(0)...0x1FFFF where Matcher.hasNoCase(v) {
      guard let u = Unicode.Scalar(v) else { continue }
      #expect(!u.properties.changesWhenCaseFolded && !Matcher.foldsToOtherLetters(u), "U+\(String(v, radix: 16))")
      checked += 1
    }
    #expect(checked > 20_000)
  }

  /// The prefix trie finds every prefix of a token, as comparing each prefix would, whatever
  /// the shortest prefix's length (its gate on a token's first bytes rules out only tokens no
  /// prefix starts).
  @Test func prefixTrieFindsWhatComparingFinds() {
    var rng = SystemRandomNumberGenerator()
    let alphabet = Array("abcdeé".utf8)
    func word(_ n: Int) -> [UInt8] { (0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] } }
    for shortest in [0, 1, 2, 3, 4] {
      var trie = ByteTrie()
      var prefixes: [[UInt8]] = []
      for id in 0..<40 {
        let p = id == 0 ? word(shortest) : word(Int.random(in: max(shortest, 1)...6, using: &rng))
        prefixes.append(p)
        trie.insert(p, id: id)
      }
      trie.freeze()
      for _ in 0..<400 {
        let token = word(Int.random(in: 0...8, using: &rng))
        var found: [Int] = []
        token.withUnsafeBufferPointer { b in
          let base = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
          trie.matches(base, b.count, into: &found)
        }
        let expected = prefixes.indices.filter { !prefixes[$0].isEmpty && token.starts(with: prefixes[$0]) }
        #expect(Set(found) == Set(expected), "\(String(decoding: token, as: UTF8.self))")
      }
    }
  }

  /// A link runs to the next white space, whether that is ASCII or not.
  @Test func linksEndAtWhiteSpace() {
    let s = "see https://t.co/abc\tnext https://x.org/y\u{3000}after https://a.b/c\u{2003}end"
    let words = tokens(s)
    #expect(words.contains("next") && words.contains("after") && words.contains("end"), "\(words)")
  }

  func tokens(_ s: String, fold: Bool = false) -> [String] {
    Tokenizer(foldDiacritics: fold).tokenize(Array(s.unicodeScalars), 0..<s.unicodeScalars.count).tokens.map(\.text)
  }

  @Test func paddedWordHashEqualsTheByteByByteOne() {
    var rng = SystemRandomNumberGenerator()
    for n in 1...40 {
      for _ in 0..<20 {
        let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) } + [UInt8](repeating: 0xAB, count: 8)
        bytes.withUnsafeBufferPointer { b in
          #expect(WordTable.hash(b.baseAddress!, n, padded: true) == WordTable.hash(b.baseAddress!, n))
        }
      }
    }
    // A scanned unit's folded bytes end with the padding the lookup reads.
    var unit = ScannedUnit()
    let text = Array("Meet up at the TeachMeet".utf8)
    text.withUnsafeBufferPointer { Tokenizer(foldDiacritics: false).scan($0, bytes: 0..<text.count, scalarStart: 0, into: &unit) }
    #expect(unit.folded.count == unit.tokens.last!.foldEnd + 8)
  }

  @Test func splitsOnApostrophesHyphensUnderscoresAndEmoji() {
    #expect(tokens("Don’t be like-minded_ok 🙌 fine") == ["don", "t", "be", "like", "minded", "ok", "fine"])
  }

  @Test func lowercasesUnicodeAndKeepsMarks() {
    #expect(tokens("ÉCOLE Straße") == ["école", "straße"])
    #expect(tokens("Café", fold: true) == ["cafe"])
  }

  @Test func findsHashtagsMentionsAndURLs() {
    let s = "Thanks @ann_b! See #EdChat https://t.co/AbC and a@b.com #_x"
    let unit = Tokenizer().tokenize(Array(s.unicodeScalars), 0..<s.unicodeScalars.count)
    #expect(unit.structures.map(\.body) == ["ann_b", "edchat", "_x"])
    #expect(unit.structures.map(\.kind) == [.mention, .hashtag, .hashtag])
    let roles = Dictionary(unit.tokens.map { ($0.text, $0.role) }, uniquingKeysWith: { a, _ in a })
    #expect(roles["ann"] == .mention)
    #expect(roles["edchat"] == .hashtag)
    #expect(roles["abc"] == .url)
    // An e-mail address is no mention: `@` after a letter.
    #expect(roles["com"] == .word)
    #expect(roles["x"] == .hashtag)
  }

  @Test func positionsCountTokensInsideURLsAndMentions() {
    let s = "go @bob now"
    let unit = Tokenizer().tokenize(Array(s.unicodeScalars), 0..<s.unicodeScalars.count)
    #expect(unit.tokens.map(\.text) == ["go", "bob", "now"])
    #expect(unit.structures.first?.position == 1)
  }

  /// DESIGN §4's tokens read the plain way, one scalar at a time, for comparison: at each
  /// offset a URL, then a mention, then a hashtag; else runs of letters, digits and marks.
  /// Each token as (start, end, role) in scalars, each structure as (kind, start, end).
  static func plainReading(_ u: [Unicode.Scalar]) -> (tokens: [String], structures: [String]) {
    func cat(_ c: Unicode.Scalar) -> Unicode.GeneralCategory { c.properties.generalCategory }
    func letterOrDigit(_ c: Unicode.Scalar) -> Bool {
      switch cat(c) {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
        .otherNumber:
        return true
      default: return false
      }
    }
    func token(_ c: Unicode.Scalar) -> Bool {
      letterOrDigit(c) || [.nonspacingMark, .spacingMark, .enclosingMark].contains(cat(c))
    }
    func starts(_ i: Int, _ w: String) -> Bool {
      let p = Array(w.unicodeScalars)
      return i + p.count <= u.count && Array(u[i..<i + p.count]) == p
    }
    var tokens: [String] = [], structures: [String] = []
    func runs(_ a: Int, _ e: Int, _ role: String, _ accept: (Unicode.Scalar) -> Bool) {
      var k = a
      while k < e {
        guard accept(u[k]) else {
          k += 1
          continue
        }
        let start = k
        while k < e, accept(u[k]) { k += 1 }
        tokens.append("\(start)-\(k) \(role)")
      }
    }
    var i = 0
    while i < u.count {
      if starts(i, "http://") || starts(i, "https://") || starts(i, "www.") {
        var j = i
        while j < u.count, !u[j].properties.isWhitespace { j += 1 }
        runs(i, j, "url", token)
        i = j
      } else if u[i] == "@", i + 1 < u.count, letterOrDigit(u[i + 1]) || u[i + 1] == "_", i == 0 || !letterOrDigit(u[i - 1]) {
        var j = i + 1
        while j < u.count, letterOrDigit(u[j]) || u[j] == "_" { j += 1 }
        structures.append("mention \(i)-\(j)")
        runs(i + 1, j, "mention", letterOrDigit)
        i = j
      } else if u[i] == "#", i + 1 < u.count, token(u[i + 1]) || u[i + 1] == "_" {
        var j = i + 1
        while j < u.count, token(u[j]) || u[j] == "_" { j += 1 }
        structures.append("hashtag \(i)-\(j)")
        runs(i + 1, j, "hashtag", token)
        i = j
      } else if token(u[i]) {
        let start = i
        while i < u.count, token(u[i]), !(starts(i, "http://") || starts(i, "https://") || starts(i, "www.")) { i += 1 }
        tokens.append("\(start)-\(i) word")
      } else {
        i += 1
      }
    }
    return (tokens, structures)
  }

  /// Random text from the pieces tokenising turns on (letters around `h` and `w`, URL starts
  /// inside and outside words, `@` and `#` after letters or not, marks, digits, emoji, other
  /// scripts) is tokenised as the plain reading does, offsets and roles alike.
  @Test func scanningAgreesWithThePlainReadingOnRandomText() {
    let pieces = [
      "a", "h", "w", "hw", "wh", "x", "Z", "7", "_", " ", "  ", "\n", "\t", ".", ",", "-", "'", "’", "http://", "https://",
      "www.", "ww", "htt", "http", "@", "#", "é", "ß", "e\u{301}", "日本", "Привет", "🙌", "❤️", "\u{FE0F}", "٣", "ABCdef",
      "connecting", "www.x.org/p?q=1", "http://t.co/Ab9", "@user_1", "#EdChat", "a@b", "#_", "@_x",
    ]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      let text = (0..<Int.random(in: 1...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      let scalars = Array(text.unicodeScalars)
      let unit = Tokenizer().tokenize(scalars, 0..<scalars.count)
      let got = (
        tokens: unit.tokens.map { "\($0.start)-\($0.end) \($0.role)" },
        structures: unit.structures.map { "\($0.kind) \($0.start)-\($0.end)" }
      )
      let want = Self.plainReading(scalars)
      #expect(got.tokens == want.tokens, "\(text.debugDescription)")
      #expect(got.structures == want.structures, "\(text.debugDescription)")
    }
  }

  @Test func offsetsAreUnicodeScalarOffsets() {
    let s = "👩‍🏫 teach"
    let unit = Tokenizer().tokenize(Array(s.unicodeScalars), 0..<s.unicodeScalars.count)
    #expect(unit.tokens.first?.start == 4)
  }
}
