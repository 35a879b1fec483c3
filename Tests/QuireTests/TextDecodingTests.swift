import Foundation
import Testing

@testable import QuireImport
@testable import quire

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

  /// The eight-bytes-at-a-time counts (scalars and newlines of a post, words of a source) equal
  /// a byte-by-byte count on text of every kind, at every length and alignment.
  @Test func wordAndScalarCountsEqualAPlainCount() {
    let pieces = ["a", " ", "\n", "\t", "\r", "é", "日本", "😀", "  ", "word", "\n\n", "ß", "x y"]
    var generator = SystemRandomNumberGenerator()
    for length in 0..<60 {
      for _ in 0..<20 {
        var text = ""
        for _ in 0..<length { text += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
        let bytes = Array(text.utf8)
        var words = 0
        var inWord = false
        for c in bytes {
          let space = c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
          if !space && !inWord { words += 1 }
          inWord = !space
        }
        let counted = bytes.withUnsafeBufferPointer { (ImportRunner.countWords($0), TextBuilder.count($0)) }
        #expect(counted.0 == words, "\(text.debugDescription)")
        #expect(counted.1.scalars == text.unicodeScalars.count, "\(text.debugDescription)")
        #expect(counted.1.newlines == bytes.filter { $0 == 0x0A }.count, "\(text.debugDescription)")
      }
    }
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
