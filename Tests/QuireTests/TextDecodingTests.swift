import Foundation
import Testing

@testable import QuireImport

@Suite struct TextDecodingTests {
  @Test func nfcLeavesStableScriptsAndComposesTheRest() {
    let stable = ["Ελληνικά ώρα", "Привет, ёжик", "Tiếng Việt", "ひらがな カタカナ 漢字", "한국어", "plain — “quoted” 👩‍🏫"]
    for s in stable {
      #expect(NFC.normalize(s) == s.precomposedStringWithCanonicalMapping)
    }
    // Decomposed forms are composed: a combining mark, a kana voicing mark, Hangul jamo.
    #expect(NFC.normalize("cafe\u{301}") == "café")
    #expect(NFC.normalize("か\u{3099}") == "が")
    #expect(NFC.normalize("\u{1100}\u{1161}") == "가")
    // Singletons that NFC replaces: the Greek question mark and the Ohm sign.
    #expect(NFC.normalize("τι\u{37E}").unicodeScalars.last == ";")
    #expect(NFC.normalize("5 \u{2126}") == "5 \u{3A9}")
  }

  @Test func lineEndsBecomeLineFeeds() throws {
    let bytes = Array("one\r\ntwo\rthree\n\r\nfour é\r".utf8)
    #expect(try TextDecoding.decode(bytes, file: "t.txt") == "one\ntwo\nthree\n\nfour é\n")
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb".utf8)
    #expect(try TextDecoding.decode(bom, file: "t.txt") == "a\nb")
  }

  @Test func invalidUTF8NamesTheOriginalByte() {
    let bytes: [UInt8] = Array("ok\r\nbad ".utf8) + [0xC3, 0x28]
    #expect(throws: (any Error).self) { try TextDecoding.decode(bytes, file: "t.txt") }
    do {
      _ = try TextDecoding.decode(bytes, file: "t.txt")
    } catch {
      #expect(error.message.contains("byte offset 8"))
    }
  }
}
