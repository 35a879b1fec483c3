import Testing

@testable import QuireCoding

@Suite struct TokenizerTests {
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

  @Test func offsetsAreUnicodeScalarOffsets() {
    let s = "👩‍🏫 teach"
    let unit = Tokenizer().tokenize(Array(s.unicodeScalars), 0..<s.unicodeScalars.count)
    #expect(unit.tokens.first?.start == 4)
  }
}
