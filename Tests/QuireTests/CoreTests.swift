import Foundation
import Testing

@testable import QuireCore
@testable import QuireImport
@testable import QuireXML

@Suite struct CoreTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
  ])
  func sha256MatchesFIPSVectors(input: String, digest: String) {
    #expect(SHA256.hex(Array(input.utf8)) == digest)
  }

  @Test func sha256OfAMillionAs() {
    #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func citations() {
    #expect(Citation.interview(speaker: "J Dale", number: 3, lineStart: 12, lineEnd: 14, time: nil) == "(J Dale, Interview 3, lines 12–14)")
    #expect(Citation.interview(speaker: "J Dale", number: 3, lineStart: 12, lineEnd: 12, time: 751) == "(J Dale, Interview 3, [00:12:31])")
    #expect(Citation.attribution("Wes Heberlein") == "W Heberlein")
    let t = TweetInfo(id: "1", authorHandle: "rachel_codes_ed", authorName: "Rachel Adeyemi", createdAt: "2019-05-03T09:12:44Z", url: "https://x.com/rachel_codes_ed/status/1")
    #expect(Citation.tweet(t, text: "Hello #edchat") == "Adeyemi, R. [@rachel_codes_ed]. (2019, May 3). Hello #edchat [Tweet]. X. https://x.com/rachel_codes_ed/status/1")
    #expect(Citation.apaDate("2011-12-31") == "(2011, December 31)")
    #expect(Citation.apaDate("2019-13-03") == "(n.d.)")
    #expect(Citation.apaDate("2019-05") == "(n.d.)")
    #expect(Citation.apaDate("Thu May 03 2019") == "(n.d.)")
    #expect(Citation.apaDate("") == "(n.d.)")
    #expect(Citation.apaAuthor(name: "ACME teachers", handle: "acme") == "ACME teachers [@acme]")
    #expect(Citation.apaAuthor(name: "rachel adeyemi", handle: "") == "rachel adeyemi")
    #expect(Citation.apaAuthor(name: "Éva Nagy", handle: "eva") == "Nagy, É. [@eva]")
    #expect(Citation.firstWords(Array(repeating: "w", count: 25).joined(separator: " ")).hasSuffix("w…"))
    #expect(Citation.firstWords(Array(repeating: "w", count: 25).joined(separator: " ")).split(separator: " ").count == 20)
    #expect(Citation.firstWords("  one\u{00A0}two\n\tthree  ", limit: 2) == "one two…")
    #expect(Citation.firstWords("one two", limit: 2) == "one two")
    #expect(Citation.firstWords("héllo 😀 wörld", limit: 3) == "héllo 😀 wörld")
    // White space beyond ASCII: em space, ideographic space, line separator; none at all.
    #expect(Citation.firstWords("a\u{2003}b\u{3000}c\u{2028}d", limit: 3) == "a b c…")
    #expect(Citation.firstWords("", limit: 3) == "")
    #expect(Citation.firstWords(" \u{3000} ", limit: 3) == "")
    #expect(Citation.firstWords("日本語のツイート 😀", limit: 1) == "日本語のツイート…")
  }

  @Test func errorsRenderLikeACompiler() {
    #expect(QuireError("boom", at: SourceLocation(file: "a.txt", line: 3, column: 7)).description == "a.txt:3:7: error: boom")
    #expect(QuireError("boom").description == "error: boom")
  }

  @Test func xmlParsingNeverExpandsExternalEntities() throws {
    let xxe = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><x>&e;</x>"#
    let doc = try XMLDoc(xml: Array(xxe.utf8), file: "x.xml")
    #expect(doc.rootName == "x")
    #expect(doc.texts(xpath: "/x") == [""])
  }

  @Test func xmlErrorsHaveLineAndColumn() {
    do {
      _ = try XMLDoc(xml: Array("<a>\n  <b></c>\n</a>".utf8), file: "bad.xml")
      Issue.record("must fail")
    } catch let e as XMLError {
      #expect(e.file == "bad.xml" && e.line == 2)
      #expect(e.description.contains("mismatch"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func billionLaughsIsRejected() {
    var dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">" }
    let xml = "<?xml version=\"1.0\"?>" + dtd + "]><lolz>&lol9;</lolz>"
    let doc = try? XMLDoc(xml: Array(xml.utf8), file: "lol.xml")
    // Either refused outright or parsed without substituting: never expanded to gigabytes.
    #expect((doc?.texts(xpath: "/lolz").first?.count ?? 0) < 1000)
  }

  @Test func htmlParsing() throws {
    let doc = try XMLDoc(html: Array("<p>First<p>Second &amp; last<script>x()</script>".utf8), file: "p.html")
    #expect(doc.texts(xpath: "//p") == ["First", "Second & lastx()"])
  }
}

@Suite struct TweetJSONTests {
  @Test func handWrittenEncodingRoundTripsThroughCodable() throws {
    let t = TweetInfo(
      id: "1", authorHandle: "a\"b", authorName: "Ann \\ Lee\n", createdAt: "2020-01-01T00:00:00Z", url: "https://x.com/a/status/1",
      replyToId: nil, replyToHandle: "bob", isRetweet: true, isQuote: false, retweetedHandle: nil, likeCount: 3,
      retweetCount: 4, language: "en", hashtags: ["edchat", "ü"], mentions: [], urls: ["u\u{1}"])
    let decoded = try JSONDecoder().decode(TweetInfo.self, from: Data(t.jsonString.utf8))
    #expect(decoded == t)
    #expect(TweetInfo(json: t.jsonString) == t)
    #expect(TweetInfo(json: "{\"id\":\"1\",\"unknown\":2}") == nil)
    // Defaults are left out of what is stored, and come back: the canonical URL, false, 0, [].
    let plain = TweetInfo(
      id: "9", authorHandle: "ann", authorName: "Ann", createdAt: "2020-01-01T00:00:00Z", url: TweetInfo.canonicalURL(handle: "ann", id: "9"),
      replyToId: nil, replyToHandle: nil, isRetweet: false, isQuote: false, retweetedHandle: nil, likeCount: 0,
      retweetCount: 0, language: nil, hashtags: [], mentions: [], urls: [])
    #expect(!plain.jsonString.contains("url") && !plain.jsonString.contains("isQuote") && !plain.jsonString.contains("hashtags"))
    #expect(TweetInfo(json: plain.jsonString) == plain)
    #expect(try JSONDecoder().decode(TweetInfo.self, from: Data(plain.jsonString.utf8)) == plain)
    var other = plain
    other.url = "https://mastodon.social/@ann/9"
    #expect(TweetInfo(json: other.jsonString) == other)
    // Appended in place from a segment's optional post: the same bytes, after what is there;
    // no post, nothing appended.
    var post: TweetInfo? = t
    var none: TweetInfo? = nil
    var out: [UInt8] = [0x5B]
    #expect(post.appendJSONInPlace(to: &out) && out == [0x5B] + t.jsonBytes)
    #expect(!none.appendJSONInPlace(to: &out) && out == [0x5B] + t.jsonBytes)
    #expect(post == t)
  }

  @Test func storedPostsHaveShortKeysAndReadBackWhole() throws {
    var full = TweetInfo(
      id: "1", authorHandle: "a\"b", authorName: "Ann \\ Lee\n", createdAt: "2020-01-01T00:00:00Z", url: "https://example.org/1",
      replyToId: "0", replyToHandle: "bob", isRetweet: true, isQuote: true, retweetedHandle: "cy", likeCount: 3,
      retweetCount: 4, language: "en", hashtags: ["edchat", "ü"], mentions: ["dee"], urls: ["u\u{1}"])
    let plain = TweetInfo(
      id: "9", authorHandle: "ann", authorName: "Ann", createdAt: "2020-01-01T00:00:00Z", url: TweetInfo.canonicalURL(handle: "ann", id: "9"))
    for post in [full, plain] {
      var bytes: [UInt8] = []
      post.appendJSON(to: &bytes, stored: true)
      let json = String(decoding: bytes, as: UTF8.self)
      #expect(TweetInfo(json: json) == post, "\(json)")
      #expect(bytes.count < post.jsonBytes.count)
      for long in ["authorHandle", "authorName", "createdAt", "likeCount", "language", "replyTo", "retweet"] { #expect(!json.contains(long), "\(json)") }
    }
    var bytes: [UInt8] = []
    full.appendJSON(to: &bytes, stored: true)
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(#"{"id":"1","h":"a\"b","n":"Ann \\ Lee\n","at":"2020-01-01T00:00:00Z","url":"#))
    // The URL is left out only when it is the canonical one, compared byte for byte.
    full.url = "https://x.com/a\"b/status/1"
    #expect(!String(decoding: full.jsonBytes, as: UTF8.self).contains("\"url\""))
    full.url = "https://x.com/a\"b/status/12"
    #expect(String(decoding: full.jsonBytes, as: UTF8.self).contains("\"url\""))
    #expect(TweetInfo(json: full.jsonString) == full)
    #expect(!TweetInfo.isCanonicalURL("", handle: "a", id: "1") && TweetInfo.isCanonicalURL("", handle: "", id: "1"))
  }
}

@Suite struct FlatJSONTests {
  @Test func evidenceReaderAgreesWithJSONDecoder() throws {
    let list = [
      Evidence(rule: "any[connect*, \"q\"]", pattern: "connect*", start: 3, end: 10, text: "Connect\\ed\n\t😀 é"),
      Evidence(rule: "near[a, b] within 3", pattern: "b", start: 0, end: 1, text: ""),
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = String(decoding: try encoder.encode(list), as: UTF8.self)
    #expect(Evidence.list(json: json) == list)
    #expect(Evidence.list(json: "[]") == [])
    #expect(Evidence.list(json: "[{\"start\": 1, \"end\": 2, \"rule\": \"r\", \"pattern\": \"p\", \"text\": \"\\u00e9\"}]")?.first?.text == "é")
    // Shapes it does not know are left to JSONDecoder.
    #expect(Evidence.list(json: "[{\"start\": 1.5}]") == nil)
    #expect(Evidence.list(json: "{}") == nil)
  }
}

@Suite struct TweetDateTests {
  @Test func fixedLayoutDatesMatchTheGeneralReader() {
    for s in ["Wed Oct 10 20:19:24 +0000 2018", "Mon Jan 01 00:00:00 +0000 2012", "Sun Dec 31 23:59:59 -0530 2023", "Fri Feb 29 12:00:00 +0100 2008"] {
      let fast = TweetText.fixedISODate(s)
      #expect(fast != nil)
      // The general reader, reached with the fast path off.
      let parts = s.split(separator: " ")
      let m = TweetText.months.firstIndex(of: String(parts[1]))! + 1
      let zone = parts[4] == "+0000" ? "Z" : "\(parts[4].prefix(3)):\(parts[4].suffix(2))"
      #expect(fast == "\(parts[5])-\(m < 10 ? "0" : "")\(m)-\(parts[2])T\(parts[3])\(zone)")
    }
    #expect(TweetText.isoDate("Wed Oct 10 20:19:24 +0000 2018") == "2018-10-10T20:19:24Z")
    #expect(TweetText.fixedISODate("Wed Xyz 10 20:19:24 +0000 2018") == nil)
    #expect(TweetText.fixedISODate("2013-01-31 22:39:14 +0000") == nil)
    #expect(TweetText.isoDate("2013-01-31 22:39:14 +0000") == "2013-01-31T22:39:14Z")
  }
}

@Suite struct UTF8ValidationTests {
  @Test func findsTheFirstBadByteWhereverItFallsInTheASCIIRuns() {
    for length in 1..<40 {
      for bad in 0..<length {
        var bytes = [UInt8](repeating: 0x61, count: length)
        bytes[bad] = 0xFF
        #expect(UTF8Validation.firstInvalidOffset(bytes) == bad)
        // A truncated two-byte sequence is bad where it starts.
        bytes[bad] = 0xC3
        #expect(UTF8Validation.firstInvalidOffset(bytes) == bad)
      }
      for at in 0..<length {
        var valid = [UInt8](repeating: 0x61, count: length)
        valid.insert(contentsOf: [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80], at: at)  // é 😀
        #expect(UTF8Validation.firstInvalidOffset(valid) == nil)
      }
    }
    #expect(UTF8Validation.firstInvalidOffset([0xED, 0xA0, 0x80]) == 0)  // a surrogate
    #expect(UTF8Validation.firstInvalidOffset([0x61, 0xC0, 0x80]) == 1)  // overlong
    #expect(UTF8Validation.firstInvalidOffset([]) == nil)
  }
}
