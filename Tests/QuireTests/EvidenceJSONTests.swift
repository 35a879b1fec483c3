import Foundation
import QuireCore
import Testing

@Suite struct EvidenceJSONTests {
  static var awkward: String {
    var s = ""
    for v in 0..<0x80 { s.unicodeScalars.append(Unicode.Scalar(v)!) }
    return s + "é\u{2028}\u{2029}\u{FEFF}😀/\u{FFFD}"
  }

  static let lists: [[Evidence]] = [
    [],
    [Evidence(rule: "any[connect*]", pattern: "connect*", start: 0, end: 9, text: "Connected")],
    [
      Evidence(rule: awkward, pattern: "\"q\" \\ /", start: 12, end: -3, text: "tab\there\nnew line"),
      Evidence(rule: "near[[meet*], [face to face]] within 3", pattern: "regex /\\bmeet-?ups?\\b/", start: 1 << 40, end: 7, text: "Straße ﬁsh 👩‍🏫"),
    ],
    // One rule's matches together, then another rule's, then the first again: order kept.
    [
      Evidence(rule: "any[speak*, podcast*]", pattern: "speak*", start: 65, end: 70, text: "speak"),
      Evidence(rule: "any[speak*, podcast*]", pattern: "podcast*", start: 77, end: 85, text: "podcasts"),
      Evidence(rule: "all[marking, week]", pattern: "week", start: 90, end: 94, text: "week"),
      Evidence(rule: "any[speak*, podcast*]", pattern: "speak*", start: 99, end: 104, text: "Speak"),
      Evidence(rule: "any[x]", pattern: "x", start: 3, end: 3, text: ""),
    ],
  ]

  /// Quoting told eight bytes at a time equals quoting byte by byte (read back by
  /// `JSONSerialization`), for an escape at every place of strings of every length up to 40.
  @Test func quotedStringsReadBackAtEveryPlaceAndLength() throws {
    for n in 0...40 {
      for place in -1..<n {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "é", " "] where place >= 0 || special == " " {
          var s = String(repeating: "a", count: n)
          if place >= 0 {
            s = String(s.prefix(place)) + special + String(s.dropFirst(place + 1))
          }
          var out: [UInt8] = []
          JSONText.appendQuoted(s, to: &out)
          let back = try JSONSerialization.jsonObject(with: Data(("[" + String(decoding: out, as: UTF8.self) + "]").utf8)) as? [String]
          #expect(back == [s])
        }
      }
    }
    for n in [0, 7, 9, 10, 99, 100, 12_345, -1, -10, -987_654_321, Int.max, Int.min] {
      var out: [UInt8] = []
      JSONText.appendInt(n, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(n))
    }
  }

  @Test func compactEvidenceReadsBackExactly() throws {
    for list in Self.lists {
      let json = Evidence.json(list)
      #expect(Evidence.list(json: json) == list)
      // Valid JSON that any reader can take.
      #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
      // The same list always gives the same text (stored evidence is compared as text).
      #expect(Evidence.json(Evidence.list(json: json) ?? []) == json)
    }
    #expect(
      Evidence.json(Self.lists[3])
        == #"[{"rule":"any[speak*, podcast*]","hits":[[65,70,"speak*","speak"],[77,85,"podcast*","podcasts"]]},"#
        + #"{"rule":"all[marking, week]","hits":[[90,94,"week"]]},{"rule":"any[speak*, podcast*]","hits":[[99,104,"speak*","Speak"]]},"#
        + #"{"rule":"any[x]","hits":[[3,3,"x",""]]}]"#)
  }

  /// Projects coded before the compact form hold one object per match, as `JSONEncoder` wrote it.
  @Test func evidenceOfOlderProjectsStillReads() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for list in Self.lists {
      let old = String(decoding: try encoder.encode(list), as: UTF8.self)
      #expect(Evidence.list(json: old) == list)
      #expect(Evidence.json(list).utf8.count <= old.utf8.count)
    }
    // Matches of one rule share it: much shorter.
    let old = String(decoding: try encoder.encode(Self.lists[3]), as: UTF8.self)
    #expect(Evidence.json(Self.lists[3]).utf8.count < old.utf8.count * 2 / 3)
    // Escaped surrogate pairs, as other writers put them.
    #expect(Evidence.list(json: #"[{"rule":"r","hits":[[0,2,"\ud83d\ude00x"]]}]"#)?.first?.pattern == "😀x")
    #expect(Evidence.list(json: #"[{"rule":"r","hits":[[0,2]]}]"#) == nil)
    #expect(Evidence.list(json: #"[{"rule":"r","hits":[]}]"#) == [])
  }

  /// The JSON as it was written before `EvidenceJSONWriter`: matches grouped by rule, the text
  /// left out when `String` says it equals the pattern. The writer must give the same bytes.
  static func plainJSON(_ list: [Evidence]) -> String {
    func quoted(_ s: String) -> String {
      var o: [UInt8] = []
      JSONText.appendQuoted(s, to: &o)
      return String(decoding: o, as: UTF8.self)
    }
    var groups: [(rule: String, hits: [String])] = []
    for e in list {
      var hit = "[\(e.start),\(e.end),\(quoted(e.pattern))"
      if e.text != e.pattern { hit += "," + quoted(e.text) }
      hit += "]"
      if let last = groups.last, last.rule == e.rule {
        groups[groups.count - 1].hits.append(hit)
      } else {
        groups.append((e.rule, [hit]))
      }
    }
    return "[" + groups.map { #"{"rule":"# + quoted($0.rule) + #","hits":["# + $0.hits.joined(separator: ",") + "]}" }.joined(separator: ",") + "]"
  }

  @Test func writerGivesThePlainJSON() {
    // Texts that are their pattern in other bytes: composed and decomposed, the Kelvin sign.
    let equivalent = [
      Evidence(rule: "any[café]", pattern: "cafe\u{301}", start: 0, end: 4, text: "caf\u{E9}"),
      Evidence(rule: "any[café]", pattern: "caf\u{E9}", start: 5, end: 9, text: "caf\u{E9}"),
      Evidence(rule: "any[k]", pattern: "K", start: 10, end: 11, text: "\u{212A}"),
      Evidence(rule: "any[k]", pattern: "k", start: 12, end: 13, text: "K"),
      Evidence(rule: "any[café]", pattern: "cafe\u{301}", start: 14, end: 18, text: "cafe"),
    ]
    for list in Self.lists + [equivalent] {
      #expect(Evidence.json(list) == Self.plainJSON(list))
      var o: [UInt8] = []
      var writer = EvidenceJSONWriter()
      writer.begin(&o)
      for e in list {
        Array(e.text.utf8).withUnsafeBufferPointer { writer.add(rule: e.rule, pattern: e.pattern, start: e.start, end: e.end, text: $0, to: &o) }
      }
      writer.end(&o)
      #expect(String(decoding: o, as: UTF8.self) == Self.plainJSON(list))
    }
    // The canonically equal texts are left out, the others kept.
    #expect(Evidence.json(equivalent).contains(#"[0,4,"cafe\#u{301}"]"#))
    #expect(Evidence.json(equivalent).contains(#"[10,11,"K"]"#) == ("K" == "\u{212A}"))
    #expect(Evidence.json(equivalent).contains(#"[12,13,"k","K"]"#))
    #expect(Evidence.json(equivalent).contains(#"[14,18,"cafe\#u{301}","cafe"]"#))
  }

  /// Codings as batches and back: every field, evidence included, for runs of sources that
  /// come back (A, B, A), and codings without a segment.
  @Test func suggestionBatchesGiveTheCodingsBack() {
    func coding(_ source: String, _ n: Int, _ code: String, ordinal: Int?) -> Coding {
      Coding(
        sourceID: source, segmentOrdinal: ordinal, start: n * 10, end: n * 10 + 7, codeKey: code, coder: "rules", origin: .rule,
        status: .suggested, evidence: Self.lists[n % Self.lists.count])
    }
    let codings = [
      coding("A", 0, "t1", ordinal: 0), coding("A", 1, "t2", ordinal: 1), coding("A", 2, "t1", ordinal: nil),
      coding("B", 3, "t3", ordinal: 4), coding("A", 4, "t2", ordinal: 9),
    ]
    let batches = SuggestionBatch.batches(codings)
    #expect(batches.map(\.sourceID) == ["A", "B", "A"])
    #expect(batches.map(\.count) == [3, 1, 1])
    #expect(batches.flatMap { $0.codings(coder: "rules") } == codings)
    #expect(batches[0].evidenceJSON(1) == Evidence.json(Self.lists[1]))
    #expect(batches[0].ordinal(2) == nil)
    #expect(SuggestionBatch.batches([]).isEmpty)
  }
}
