import Testing

@testable import QuireCoding

@Suite struct TokenizerTests {
  func tokens(_ s: String, fold: Bool = false) -> [String] {
    Tokenizer(foldDiacritics: fold).tokenize(Array(s.unicodeScalars), 0..<s.unicodeScalars.count).tokens.map(\.text)
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
