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
}
