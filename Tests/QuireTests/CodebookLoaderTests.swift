import Foundation
import Testing

@testable import QuireCoding
@testable import QuireCore

@Suite struct CodebookLoaderTests {
  func error(_ yaml: String) -> String {
    do {
      _ = try CodebookLoader.parse(yaml: yaml, file: "cb.yml")
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  @Test func readsTheDesignExample() throws {
    let yaml = """
      name: Teachers on Twitter
      version: 1
      options: { unit: turn, fold_diacritics: false }
      themes:
        - name: Connecting
          key: connecting
          color: "#3b7dd8"
          definition: Making or seeking links with other educators in order to learn.
          include: when to use
          exclude: when not to
          examples: ["an example"]
          speaker: participants
          min_hits: 1
          rules:
            - any: ["connect*", "like-minded", "#edchat"]
            - all: ["follow*", "back"]
            - near: ["meet*", "face to face"]
              within: 8
            - regex: "\\\\bmeet-?ups?\\\\b"
            - not: ["disconnect*"]
          children:
            - name: Brokering
              rules: ["introduc*", "you need to speak to"]
      """
    let cb = try CodebookLoader.parse(yaml: yaml, file: "cb.yml")
    #expect(cb.themes.map(\.key) == ["connecting", "brokering"])
    #expect(cb.themes[1].parentKey == "connecting")
    #expect(cb.themes[0].rules.map(\.kind) == [.any, .all, .near, .regex, .not])
    #expect(cb.themes[0].rules[2].within == 8)
    #expect(cb.themes[0].speaker == .participants)
    #expect(cb.path(of: "brokering") == "Connecting > Brokering")
    #expect(cb.themes[1].rules[1] == Rule(kind: .any, items: [.pattern("you need to speak to")], line: cb.themes[1].rules[1].line))
  }

  @Test func unknownKeyNamesLineAndExpectedKeys() {
    let e = error("name: X\nthemes:\n  - name: A\n    rulez: [a]\n")
    #expect(e.hasPrefix("cb.yml:4:5: error: unknown key 'rulez' in a theme: expected one of name, key,"))
  }

  @Test func duplicateNamesAndKeys() {
    #expect(error("name: X\nthemes:\n  - name: A\n    rules: [a]\n  - name: a\n    rules: [b]\n")
      .contains("cb.yml:5:11: error: duplicate theme name 'a' (first used on line 3)"))
    #expect(error("name: X\nthemes:\n  - name: A\n    key: k\n  - name: B\n    key: k\n").contains("duplicate theme key 'k'"))
  }

  @Test func brokenRegexIsAnErrorWithItsLine() {
    let e = error("name: X\nthemes:\n  - name: A\n    rules:\n      - regex: \"(unclosed\"\n")
    #expect(e.hasPrefix("cb.yml:5:"))
    #expect(e.contains("regex '(unclosed' does not compile"))
  }

  @Test func badPatterns() {
    #expect(error("name: X\nthemes:\n  - name: A\n    rules: [\"con*nect\"]\n").contains("'*' may only end a word"))
    #expect(error("name: X\nthemes:\n  - name: A\n    rules: [\"*\"]\n").contains("'*' must follow a letter or digit"))
    #expect(error("name: X\nthemes:\n  - name: A\n    rules: [\"follow @bob\"]\n").contains("stand alone"))
    #expect(error("name: X\nthemes:\n  - name: A\n    rules: [\"#\"]\n").contains("expected a hashtag body"))
  }

  @Test func ruleShapes() {
    #expect(error("name: X\nthemes:\n  - name: A\n    rules:\n      - near: [a, b]\n").contains("needs `within: N`"))
    #expect(error("name: X\nthemes:\n  - name: A\n    rules:\n      - {near: [a, b, c], within: 2}\n").contains("exactly two items"))
    #expect(error("name: X\nthemes:\n  - name: A\n    rules:\n      - {any: [a], all: [b]}\n").contains("exactly one of any"))
    #expect(error("name: X\nthemes:\n  - name: A\n    rules:\n      - {any: [a], within: 3}\n").contains("`within` belongs to a `near` rule"))
    #expect(error("name: X\nthemes:\n  - name: A\n    min_hits: 0\n").contains("min_hits of theme 'A' to be a whole number ≥ 1"))
  }

  @Test func versionsAndOptions() {
    #expect(error("name: X\nversion: 2\nthemes:\n  - name: A\n").contains("codebook version 2 is newer"))
    #expect(error("name: X\noptions: {unit: chapter}\nthemes:\n  - name: A\n").contains("unit 'chapter' is not supported"))
    #expect(error("themes:\n  - name: A\n").contains("no `name:`"))
    #expect(error("name: X\nthemes: []\n").contains("has no themes"))
  }

  @Test func invalidYAMLNamesThePlace() {
    let e = error("name: X\nthemes:\n  - name: [unclosed\n")
    #expect(e.hasPrefix("cb.yml:"))
    #expect(e.contains("invalid YAML"))
  }

  @Test func keysDerivedFromNames() {
    #expect(CodebookLoader.Reader.derivedKey("Echo chamber / filter bubble") == "echo_chamber_filter_bubble")
    #expect(CodebookLoader.Reader.derivedKey("Réseau") == "reseau")
  }

  @Test func shippedCodebookLoads() throws {
    let path = Fixtures.repository.appendingPathComponent("Codebooks/teachers-on-twitter.yml").path
    let cb = try CodebookLoader.load(path: path)
    #expect(cb.themes.count >= 10)
    for t in cb.themes {
      #expect(!t.definition.isEmpty, "\(t.name) has a definition")
      #expect(!(t.include ?? "").isEmpty && !(t.exclude ?? "").isEmpty && !t.examples.isEmpty, "\(t.name) is documented")
      #expect(!t.rules.isEmpty, "\(t.name) has rules")
    }
    // Each theme's own examples are coded with it.
    let engine = try CodingEngine(codebook: cb)
    for t in cb.themes {
      for example in t.examples {
        let n = example.unicodeScalars.count
        let source = Source(id: "s", name: "s", kind: .interview, format: "text", text: example, originalName: "s", sha256: "s", importerVersion: "t", importedAt: "t")
        let seg = Segment(ordinal: 0, kind: .turn, start: 0, end: n, lineStart: 1, lineEnd: 1, speaker: "P")
        let keys = engine.code(source: source, segments: [seg], coder: "r").map(\.codeKey)
        #expect(keys.contains(t.key), "example of \(t.name) not coded with it: \(example)")
      }
    }
  }
}
