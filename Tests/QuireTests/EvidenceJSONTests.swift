import Foundation
import QuireCore
import Testing

@Suite struct EvidenceJSONTests {
  /// Stored evidence is compared as text to tell a changed suggestion from an unchanged one, so
  /// the hand-written encoding must be exactly what `JSONEncoder` (sorted keys, unescaped
  /// slashes) wrote into projects coded before it.
  @Test func handWrittenEvidenceIsWhatJSONEncoderWrites() throws {
    var awkward = ""
    for v in 0..<0x80 { awkward.unicodeScalars.append(Unicode.Scalar(v)!) }
    awkward += "é\u{2028}\u{2029}\u{FEFF}😀/\u{FFFD}"
    let lists: [[Evidence]] = [
      [],
      [Evidence(rule: "any[connect*]", pattern: "connect*", start: 0, end: 9, text: "Connected")],
      [
        Evidence(rule: awkward, pattern: "\"q\" \\ /", start: 12, end: -3, text: "tab\there\nnew line"),
        Evidence(rule: "near[[meet*], [face to face]] within 3", pattern: "regex /\\bmeet-?ups?\\b/", start: 1 << 40, end: 7, text: "Straße ﬁsh 👩‍🏫"),
      ],
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for list in lists {
      let expected = String(decoding: try encoder.encode(list), as: UTF8.self)
      #expect(Evidence.json(list) == expected)
      #expect(Evidence.list(json: Evidence.json(list)) == list)
    }
  }
}
