import Foundation
import Testing

@testable import QuireCore

/// The codebook's stored JSON read without `JSONDecoder` must read as `JSONDecoder` reads it.
@Suite struct StoredJSONTests {
  static let awkward = ["connect*", "echo chamber", "#edchat", "@j_dale", "café", "a/b\\c \"q\"", "tab\there", "😀 Straße", "", "\u{1}"]

  /// Random rule items: patterns, regexes (either case setting), alternatives nested two deep.
  static func items(_ rng: inout SystemRandomNumberGenerator, depth: Int = 0) -> [RuleItem] {
    (0..<Int.random(in: 0...4, using: &rng)).map { _ in
      switch Int.random(in: 0..<(depth < 2 ? 3 : 2), using: &rng) {
      case 0: return .pattern(awkward.randomElement(using: &rng)!)
      case 1:
        return .regex(RegexSpec(pattern: "\\b" + awkward.randomElement(using: &rng)! + "(s|es)?/\\d+", caseSensitive: Bool.random(using: &rng)))
      default: return .oneOf(items(&rng, depth: depth + 1))
      }
    }
  }

  @Test func ruleItemsReadAsTheDecoderReadsThem() throws {
    var rng = SystemRandomNumberGenerator()
    let stored = JSONEncoder()
    stored.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let plain = JSONEncoder()
    for _ in 0..<500 {
      let list = Self.items(&rng)
      for encoder in [stored, plain] {
        let json = String(decoding: try encoder.encode(list), as: UTF8.self)
        #expect(StoredJSON.ruleItems(json) == list)
        #expect(try JSONDecoder().decode([RuleItem].self, from: Data(json.utf8)) == list)
      }
    }
    let speakers = ["participants", "J Dale", "a/b\\c \"q\"", "😀"]
    #expect(StoredJSON.strings(String(decoding: try stored.encode(speakers), as: UTF8.self)) == speakers)
    #expect(StoredJSON.strings("[]") == [])
    // Other shapes give nil, so that the caller falls back to the decoder.
    for bad in [
      "", "[", "[{}]", #"[{"pattern":"x"}]"#, #"[{"pattern":{"_0":"x"}}"#, #"[{"pattern":{"_0":"x"}}] x"#,
      #"[{"regex":{"_0":{"pattern":"x"}}}]"#, #"[{"regex":{"_0":{"pattern":"x","caseSensitive":1}}}]"#,
      #"[{"words":{"_0":"x"}}]"#, #"[{"pattern":{"_1":"x"}}]"#,
    ] {
      #expect(StoredJSON.ruleItems(bad) == nil)
    }
    #expect(StoredJSON.strings(#"["a", 1]"#) == nil)
  }
}
