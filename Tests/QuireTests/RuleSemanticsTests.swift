import Testing

@testable import QuireCoding
@testable import QuireCore
@testable import QuireStore

/// DESIGN §4, rule by rule.
@Suite struct RuleSemanticsTests {
  /// A regex that backtracks without end (`(a+)+$` before a character that is not `a`) stops the
  /// run at its time limit, saying which regex and where, instead of hanging; the units before it
  /// were coded, and a well-behaved regex on the same text is not stopped.
  @Test func aRegexThatBacktracksWithoutEndStopsTheRun() throws {
    func run(_ yaml: String) throws -> (CodingStream, [Coding]) {
      var engine = try CodingEngine(codebook: CodebookLoader.parse(yaml: yaml, file: "t.yml"))
      engine.regexTimeLimit = 5
      let units = ["we connect", "we connect " + String(repeating: "a", count: 40) + "!", "we connect again"]
      let text = units.joined(separator: "\n")
      var segments: [Segment] = []
      var at = 0
      for (k, u) in units.enumerated() {
        let n = u.unicodeScalars.count
        segments.append(Segment(ordinal: k, kind: .turn, start: at, end: at + n, lineStart: k + 1, lineEnd: k + 1, speaker: "Ann"))
        at += n + 1
      }
      let source = Source(
        id: "s1", name: "s", kind: .interview, format: "text", text: text, originalName: "s.txt", sha256: "x",
        importerVersion: "t", importedAt: "t", serial: 1, number: 1)
      let stream = engine.stream(sources: [(source, segments)], coder: "rules")
      return (stream, stream.all())
    }
    let (stopped, _) = try run(codebook([#"regex: "(a+)+$""#, #"any: ["connect*"]"#]))
    let timeOut = try #require(stopped.timeOut)
    #expect(timeOut.pattern == "regex /(a+)+$/" && timeOut.sourceID == "s1" && timeOut.offset == 11)
    let (fine, codings) = try run(codebook([#"regex: "a+!""#, #"any: ["connect*"]"#]))
    #expect(fine.timeOut == nil && codings.count == 3)
  }

  @Test(arguments: [
    ("I want to connect with people", true),
    ("so CONNECTED now", true),
    ("we met at #ConnectedEducators", true),
    ("say hi to @connector", false),
    ("see https://connect.example.org/x", false),
    ("a disconnect", false),
  ])
  func prefixWildcard(text: String, fires: Bool) throws {
    #expect(try themes(codebook([#"any: ["connect*"]"#]), on: text) == (fires ? ["t"] : []))
  }

  @Test(arguments: [
    ("she is like-minded", true),
    ("like minded folk", true),
    ("like—minded folk", true),
    ("likeminded folk", false),
    ("I like my mind", false),
  ])
  func phrasesIgnoreWhatSeparatesTokens(text: String, fires: Bool) throws {
    #expect(try themes(codebook([#"any: ["like-minded"]"#]), on: text) == (fires ? ["t"] : []))
  }

  @Test func apostrophesMatchAcrossQuoteStyles() throws {
    let cb = codebook([#"any: ["don't", "teacher"]"#])
    #expect(try themes(cb, on: "I don’t know") == ["t"])
    #expect(try themes(cb, on: "the teacher's desk") == ["t"])
  }

  @Test func phraseWithWildcardAtTheEnd() throws {
    let cb = codebook([#"any: ["filter bubble*"]"#])
    #expect(try themes(cb, on: "in our Filter Bubbles again") == ["t"])
    #expect(try themes(cb, on: "a filter—bubbles") == ["t"])  // punctuation separates like a space
    #expect(try themes(cb, on: "a filter, then bubbles") == [])
    #expect(try themes(cb, on: "filter the bubbles") == [])
  }

  @Test func hashtagPatternsMatchWholeBodies() throws {
    let cb = codebook([##"any: ["#edchat"]"##])
    #expect(try themes(cb, on: "join #EdChat tonight") == ["t"])
    #expect(try themes(cb, on: "join #edchatuk tonight") == [])
    #expect(try themes(cb, on: "an edchat without a hash") == [])
    #expect(try themes(codebook([##"any: ["#edchat*"]"##]), on: "join #edchatuk") == ["t"])
  }

  @Test func mentionPatternsMatchMentionsOnly() throws {
    let cb = codebook([#"any: ["@sthomas"]"#])
    #expect(try themes(cb, on: "thanks @SThomas!") == ["t"])
    #expect(try themes(cb, on: "sthomas said") == [])
    #expect(try themes(cb, on: "mail me@sthomas.org") == [])
  }

  @Test func allNeedsEveryItem() throws {
    let cb = codebook([#"all: ["follow*", "back"]"#])
    #expect(try themes(cb, on: "she came back and then followed me") == ["t"])
    #expect(try themes(cb, on: "she followed me") == [])
  }

  @Test func nearCountsTokenDistance() throws {
    let cb = codebook([#"{near: ["meet*", "face to face"], within: 3}"#])
    #expect(try themes(cb, on: "we met up face to face") == [])  // 'met' does not match meet*
    #expect(try themes(cb, on: "meeting them face to face") == ["t"])  // distance 2
    #expect(try themes(cb, on: "face to face at last, meeting") == ["t"])  // 'face' (pos 2) to meeting (pos 5): 3
    #expect(try themes(cb, on: "meeting a b c d face to face") == [])  // 5
  }

  @Test func nearTakesListsOfAlternatives() throws {
    let cb = codebook([#"{near: [["moved", "changed"], ["network", "tribe"]], within: 4}"#])
    #expect(try themes(cb, on: "I changed school but my tribe stayed") == ["t"])
    #expect(try themes(cb, on: "we moved house") == [])
  }

  @Test func notVetoesTheTheme() throws {
    let cb = codebook([#"any: ["connect*"]"#, #"not: ["internet connection"]"#])
    #expect(try themes(cb, on: "connect with teachers") == ["t"])
    #expect(try themes(cb, on: "my internet connection dropped") == [])
  }

  @Test func minHitsCountsPositions() throws {
    let cb = codebook([#"any: ["tweet*"]"#], extra: ["min_hits: 3"])
    #expect(try themes(cb, on: "tweet, tweets and tweeting") == ["t"])
    #expect(try themes(cb, on: "tweet and tweets") == [])
  }

  @Test func regexRunsOnRawTextCaseInsensitively() throws {
    let cb = codebook([#"regex: "\\bmeet-?ups?\\b""#])
    #expect(try themes(cb, on: "the Meet-ups were great") == ["t"])
    #expect(try themes(cb, on: "we meet upstairs") == [])
    let sensitive = codebook([#"{regex: "researchED", case_sensitive: true}"#])
    #expect(try themes(sensitive, on: "at researchED") == ["t"])
    #expect(try themes(sensitive, on: "I researched it") == [])
  }

  @Test func speakerParticipantsSkipsInterviewers() throws {
    let cb = codebook([#"any: ["connect*"]"#], extra: ["speaker: participants"])
    #expect(try themes(cb, on: "do you connect?", speaker: "Interviewer") == [])
    #expect(try themes(cb, on: "do you connect?", speaker: "Researcher 2") == [])
    #expect(try themes(cb, on: "I connect", speaker: "J Dale") == ["t"])
    #expect(try themes(cb, on: "I connect", speaker: nil, kind: .tweets) == ["t"])
  }

  @Test func speakerNamesAndSourceKind() throws {
    let cb = codebook([#"any: ["connect*"]"#], extra: ["speaker: [J Dale]", "source_kind: interview"])
    #expect(try themes(cb, on: "I connect", speaker: "j dale") == ["t"])
    #expect(try themes(cb, on: "I connect", speaker: "S Ramm") == [])
  }

  /// A regex match's span in scalars (and its text), in an ASCII unit and in one with accents,
  /// emoji and other scripts before it; one entry per span and pattern.
  @Test func regexEvidenceSpansInAnyText() throws {
    let cb = codebook([#"regex: "\\bmeet-?ups?\\b""#, #"any: ["meet*"]"#])
    for prefix in ["We had ", "Café 😀 日本語 — ", ""] {
      let text = prefix + "Meet-ups and meetups, then a meet-up."
      let evidence = try #require(try codings(cb, on: text).first?.evidence)
      let regex = evidence.filter { $0.pattern.hasPrefix("regex") || $0.pattern.contains("meet-?") }
      #expect(regex.map(\.text) == ["Meet-ups", "meetups", "meet-up"])
      let scalars = Array(text.unicodeScalars)
      for e in evidence {
        #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
      }
      // Each span once per pattern, in text order.
      let keys = evidence.map { "\($0.pattern)@\($0.start)-\($0.end)" }
      #expect(Set(keys).count == keys.count)
      #expect(evidence.map(\.start) == evidence.map(\.start).sorted())
    }
  }

  @Test func evidenceListsRulesAndSpans() throws {
    let cb = codebook([##"any: ["connect*", "#edchat"]"##])
    let result = try codings(cb, on: "Connecting via #edchat")
    let evidence = try #require(result.first?.evidence)
    #expect(evidence.map(\.text) == ["Connecting", "#edchat"])
    #expect(evidence.map(\.pattern) == ["connect*", "#edchat"])
    #expect(evidence.first?.rule == "any[connect*, #edchat]")
  }

  @Test func childThemesAreIndependent() throws {
    let yaml = """
      name: Test
      themes:
        - name: Connecting
          rules: ["connect*"]
          children:
            - name: Brokering
              rules: ["introduc*"]
      """
    #expect(try themes(yaml, on: "let me introduce you") == ["brokering"])
    #expect(try themes(yaml, on: "connecting people") == ["connecting"])
  }

  @Test func oneMatcherServesManyThemes() throws {
    var yaml = "name: Many\nthemes:\n"
    for i in 0..<200 { yaml += "  - name: Theme \(i)\n    rules: [\"word\(i)\", \"shar*\"]\n" }
    let found = try themes(yaml, on: "word7 and word150")
    #expect(found == ["theme_7", "theme_150"])
    #expect(try themes(yaml, on: "sharing").count == 200)
  }
}

/// Cases the Python baselines of the performance issue found, where the regex prefilter skipped
/// units ICU would match, or a NUL cut a stored text short.
@Suite struct PrefilterEdgeTests {
  @Test func escapesAreNotLiterals() throws {
    #expect(try themes(codebook([#"regex: "caf\\u00e9""#]), on: "Un café noir") == ["t"])
    #expect(try themes(codebook([#"regex: "\\x41BC""#]), on: "ABC") == ["t"])
    #expect(try themes(codebook([#"regex: "\\x{41}BC""#]), on: "ABC") == ["t"])
    #expect(try themes(codebook([#"regex: "\\0101BC""#]), on: "ABC") == ["t"])
    #expect(try themes(codebook([#"regex: "\\N{LATIN SMALL LETTER E WITH ACUTE}t\\u00e9""#]), on: "été") == ["t"])
    #expect(try themes(codebook([#"regex: "caf\\u00e9""#]), on: "Un thé noir").isEmpty)
  }

  @Test func fullCaseFoldingIsNotSkipped() throws {
    #expect(try themes(codebook([#"regex: "strasse""#]), on: "Die Straße") == ["t"])
    #expect(try themes(codebook([#"regex: "fish""#]), on: "a ﬁsh") == ["t"])
    #expect(try themes(codebook([#"regex: "ff""#]), on: "the ﬀ ligature") == ["t"])
    #expect(try themes(codebook([#"regex: "kelvin""#]), on: "\u{212A}elvin") == ["t"])
    #expect(try themes(codebook([#"regex: "strasse""#]), on: "Die Straßenbahn über die Brücke").count == 1)
    #expect(try themes(codebook([#"regex: "strasse""#]), on: "Die Brücke").isEmpty)
  }

  @Test func foldedUnitsStillRuleOutAbsentLiterals() throws {
    // A unit with `ß` is searched in its full case folding: a literal it lacks still rules out.
    #expect(try themes(codebook([#"regex: "fish""#]), on: "Die Straße").isEmpty)
    #expect(try themes(codebook([#"regex: "asse""#]), on: "Die STRAßE") == ["t"])
  }

  @Test func aRegexInsideAllOrNearRunsOnlyWithItsCompanions() throws {
    let all = codebook([#"all: [{regex: "\\d{3,}"}, "lesson"]"#])
    #expect(try themes(all, on: "lesson 1234") == ["t"])
    #expect(try codings(all, on: "lesson 1234").first?.evidence.map(\.text) == ["lesson", "1234"])
    #expect(try themes(all, on: "room 1234").isEmpty)
    let near = codebook([#"{near: [{regex: "\\d{3,}"}, "pupils"], within: 2}"#])
    #expect(try themes(near, on: "pupils 1234") == ["t"])
    #expect(try themes(near, on: "teachers 1234").isEmpty)
    // With min_hits every positive hit counts, so the regex runs whatever its companions.
    let counted = codebook([#"any: ["lesson"]"#, #"all: [{regex: "\\d{3,}"}, "rota"]"#], extra: ["min_hits: 2"])
    #expect(try themes(counted, on: "lesson 1234") == ["t"])
    #expect(try themes(counted, on: "lesson only").isEmpty)
    // In a `not` rule too.
    let negated = codebook([#"any: ["lesson"]"#, #"not: [{regex: "\\d{3,}"}]"#])
    #expect(try themes(negated, on: "lesson 1234").isEmpty)
    #expect(try themes(negated, on: "lesson plan") == ["t"])
  }

  @Test func aNULDoesNotCutTheStoredText() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("n.quire"))
    let source = try readTranscript("Interviewer: Hi\n\nAnn Lee: abc\u{0} I connect with people\n")
    guard case .imported(let stored, _) = try store.importSource(source) else { Issue.record("not imported"); return }
    let back = try #require(try store.sources().first)
    #expect(back.text.unicodeScalars.count == source.text.unicodeScalars.count)
    #expect(back.text.contains("\u{FFFD} I connect"))
    let cb = try CodebookLoader.parse(yaml: codebook(["connect*"]), file: "t.yml")
    let found = try CodingEngine(codebook: cb).code(source: back, segments: try store.segments(of: stored.id), coder: "rules")
    #expect(found.count == 1)
  }
}

@Suite struct ParallelCodingTests {
  /// A source large enough to be coded on two cores gives exactly the suggestions of one pass.
  @Test func twoHalvesEqualOnePass() throws {
    let words = ["connect with people", "a quiet lesson", "meet face to face soon", "#edchat tonight", "nothing here", "we meet up"]
    var text = ""
    var length = 0
    var segments: [Segment] = []
    for i in 0..<(CodingEngine.parallelThreshold + 1_000) {
      if i > 0 {
        text += "\n\n"
        length += 2
      }
      let post = "Post \(i): " + words[i % words.count]
      text += post
      segments.append(Segment(ordinal: i, kind: .tweet, start: length, end: length + post.unicodeScalars.count, lineStart: 2 * i + 1, lineEnd: 2 * i + 1, speaker: "@ann"))
      length += post.unicodeScalars.count
    }
    let source = Source(
      id: "s", name: "s", kind: .tweets, format: "tweets-js", text: text, originalName: "s", sha256: "x", importerVersion: "t",
      importedAt: "t", serial: 1, number: 1)
    let cb = try CodebookLoader.parse(yaml: codebook([#"{near: ["meet*", "face to face"], within: 3}"#, "connect*", "\"#edchat\"", #"regex: "\\bmeet-?ups?\\b""#]), file: "t.yml")
    let engine = try CodingEngine(codebook: cb)
    let parallel = engine.code(source: source, segments: segments, coder: "rules")
    let single = engine.code(source: source, segments: segments, coder: "rules", parallel: false)
    #expect(parallel.count > 10_000)
    #expect(parallel == single)
  }

  @Test func manySourcesCodedOnTwoThreadsGiveTheSuggestionsOfOnePass() throws {
    let words = ["We meet face to face", "connecting at #edchat", "meetups weekly", "nothing here"]
    var inputs: [(source: Source, segments: [Segment])] = []
    for n in 0..<9 {
      var text = ""
      var segments: [Segment] = []
      for i in 0..<(40 + n * 7) {
        let turn = "Ann: " + words[(i + n) % words.count]
        let start = text.unicodeScalars.count
        text += turn + "\n"
        segments.append(Segment(ordinal: i, kind: .turn, start: start, end: start + turn.unicodeScalars.count, lineStart: i + 1, lineEnd: i + 1, speaker: "Ann"))
      }
      let source = Source(
        id: "s\(n)", name: "s\(n)", kind: .interview, format: "text", text: text, originalName: "s\(n).txt", sha256: "x\(n)",
        importerVersion: "t", importedAt: "t", serial: n + 1, number: n + 1)
      inputs.append((source, segments))
    }
    let cb = try CodebookLoader.parse(yaml: codebook([#"{near: ["meet*", "face to face"], within: 3}"#, "connect*", "\"#edchat\"", #"regex: "\\bmeet-?ups?\\b""#]), file: "t.yml")
    let engine = try CodingEngine(codebook: cb)
    let together = engine.code(sources: inputs, coder: "rules")
    let oneByOne = inputs.flatMap { engine.code(source: $0.source, segments: $0.segments, coder: "rules", parallel: false) }
    #expect(together.count > 200)
    #expect(together == oneByOne)
  }
}
