import Testing

@testable import QuireCoding
@testable import QuireCore
@testable import QuireImport

@Suite struct CodingUnitTests {
  func sentences(_ s: String) -> [String] {
    let sc = Array(s.unicodeScalars)
    return SentenceSplitter.sentences(sc, 0..<sc.count).map { r in
      var v = String.UnicodeScalarView()
      v.append(contentsOf: sc[r])
      return String(v)
    }
  }

  @Test func sentenceBoundaries() {
    #expect(sentences("I met Dr. Smith at 3.30 today. She said “hi!” Then we left… And so on?  yes")
      == ["I met Dr. Smith at 3.30 today.", "She said “hi!”", "Then we left…", "And so on?  yes"])
    #expect(sentences("J. Dale wrote it, e.g. in May. Next one.") == ["J. Dale wrote it, e.g. in May.", "Next one."])
    #expect(sentences("First para\nstill going.\n\nSecond para") == ["First para\nstill going.", "Second para"])
  }

  @Test func sentenceUnitCodesOnlyTheSentence() throws {
    let yaml = codebook([#"any: ["connect*"]"#], options: "{unit: sentence}")
    let result = try codings(yaml, on: "We talked. Then I connected with Ann. Fine.")
    #expect(result.count == 1)
    #expect(result.first.map { ($0.start, $0.end) }! == (11, 37))
  }

  @Test func paragraphUnit() throws {
    let yaml = codebook([#"any: ["connect*"]"#], options: "{unit: paragraph}")
    let result = try codings(yaml, on: "One.\n\nI connect.\n\nconnect again")
    #expect(result.map(\.start) == [6, 18])
  }

  /// A source large enough to be coded in chunks on two cores gives exactly the codings of one
  /// pass, with units split into sentences inside each chunk.
  @Test func chunkedCodingIsOnePass() throws {
    let cb = try CodebookLoader.parse(yaml: codebook([#"any: ["connect*", "meet*"]"#], options: "{unit: sentence}"), file: "c.yml")
    let engine = try CodingEngine(codebook: cb)
    var text = ""
    var length = 0
    var segments: [Segment] = []
    let n = CodingEngine.parallelThreshold + 5
    for i in 0..<n {
      let speaker = i % 2 == 0 ? "Interviewer" : "Ann Lee"
      let body = i % 3 == 0 ? "Hello. We connect at meetups — café \(i). Done." : "Nothing \(i) here. 😀 Still nothing."
      let scalars = body.unicodeScalars.count
      text += body + "\n"
      segments.append(
        Segment(
          ordinal: i, kind: .turn, start: length, end: length + scalars, lineStart: i + 1, lineEnd: i + 1, speaker: speaker,
          isInterviewer: speaker == "Interviewer"))
      length += scalars + 1
    }
    let source = Source(
      id: "s", name: "s", kind: .interview, format: "text", text: text, originalName: "s.txt", sha256: "x", importerVersion: "t",
      importedAt: "t", serial: 1, number: 1)
    let chunked = engine.code(source: source, segments: segments, coder: "rules", parallel: true)
    let single = engine.code(source: source, segments: segments, coder: "rules", parallel: false)
    #expect(chunked.count == (0..<n).filter { $0 % 3 == 0 }.count)
    #expect(chunked == single)
    // Added to an open stream in runs of any length, as `quire code` reads them (with an empty
    // source between), the suggestions are again those of one pass, in order.
    let stream = engine.openStream(coder: "rules")
    stream.add(stream.plan(source), segments: [])  // a source without segments adds nothing
    let plan = stream.plan(source)
    var first = segments.startIndex
    var run = 1
    while first < segments.count {
      let end = min(segments.count, first + run)
      stream.add(plan, segments: Array(segments[first..<end]))
      first = end
      run = run * 3 + 1
    }
    stream.close()
    #expect(stream.all() == single)
    // A stream closed with nothing added ends at once.
    let empty = engine.openStream(coder: "rules")
    empty.close()
    #expect(empty.next() == nil)
  }

  @Test func interviewerLabels() {
    let o = ImportOptions()
    #expect(o.isInterviewer("Interviewer"))
    #expect(o.isInterviewer("INTERVIEWER 2"))
    #expect(o.isInterviewer("Interviewers"))
    #expect(o.isInterviewer("researcher (IG)"))
    #expect(o.isInterviewer("Q"))
    #expect(!o.isInterviewer("Quentin"))
    #expect(!o.isInterviewer("J Dale"))
  }
}

@Suite struct RegexPrefilterTests {
  @Test(arguments: [
    (#"\bmeet-?ups?\b"#, ["meet"] as [String]?),
    (#"colleague|staff ?room"#, ["colleague", "staff"]),
    (#"(?-i:researchED)"#, nil),
    (#"\b(?:people|teachers)\s+who\s+think"#, ["people", "teachers"]),
    (#"a.b"#, nil),
    (#"follow(ed)? back"#, ["follow"]),
    (#"x+yz"#, ["yz"]),
    (#"[abc]+de\.fg"#, ["de.fg"]),
  ])
  func literals(pattern: String, expected: [String]?) {
    #expect(RegexPrefilter.requiredLiterals(pattern) == expected)
  }

  @Test func everyMandatoryLiteralOfABranchIsRequired() throws {
    #expect(RegexPrefilter.requiredLiteralSets(#"teach ?meets?"#) == [["teach", "meet"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"colleague|staff ?room"#) == [["colleague"], ["staff", "room"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"a.b|cd"#) == nil)
    let cb = codebook([#"regex: "teach ?meets?""#])
    #expect(try themes(cb, on: "our TeachMeet on Friday") == ["t"])
    #expect(try themes(cb, on: "teach meets") == ["t"])
    #expect(try themes(cb, on: "the teacher met us").isEmpty)
    let branches = codebook([#"regex: "colleague|staff ?room""#])
    #expect(try themes(branches, on: "the STAFFROOM") == ["t"])
    #expect(try themes(branches, on: "the staff meeting").isEmpty)
  }

  @Test func groupsThatMustMatchGiveTheirWays() throws {
    #expect(
      RegexPrefilter.requiredLiteralSets(#"\b(filter|echo) (bubble|chamber)s?\b"#)
        == [["filter", "bubble"], ["filter", "chamber"], ["echo", "bubble"], ["echo", "chamber"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"connect(ed|ing)\s+with"#) == [["connect", "ed", "with"], ["connect", "ing", "with"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"(?:Staff|Teachers?)+ ?room"#) == [["staff", "room"], ["teacher", "room"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"(ab|cd){2}x"#) == [["ab"], ["cd"]])
    // Optional groups, lookarounds, flag groups and a way without a literal add nothing.
    #expect(RegexPrefilter.requiredLiteralSets(#"(?:ab|cd)?ef"#) == [["ef"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"(ab|cd){0,2}ef"#) == [["ef"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"(?!foo)bar(?<=ar)"#) == [["bar"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"(s|es)yz"#) == [["yz"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"([)|]|ab)cd"#) == [["cd"]])
    #expect(RegexPrefilter.requiredLiteralSets(#"(ab|c)"#) == nil)
    // Free spacing: spaces and comments are no text to find.
    #expect(RegexPrefilter.requiredLiteralSets(#"(?x) teach \s meets # the event"#) == nil)
    #expect(RegexPrefilter.requiredLiteralSets(#"(?ix: teach meets )"#) == nil)
    // Too many ways: the group is passed over.
    let wide = "(" + (0..<40).map { "w\($0)x" }.joined(separator: "|") + ") end"
    #expect(RegexPrefilter.requiredLiteralSets(wide) == [["end"]])

    let cb = codebook([#"regex: "\\b(filter|echo) (bubble|chamber)s?\\b""#])
    #expect(try themes(cb, on: "an Echo Chamber, really") == ["t"])
    #expect(try themes(cb, on: "filter bubbles everywhere") == ["t"])
    #expect(try themes(cb, on: "echo bubble") == ["t"])
    #expect(try themes(cb, on: "an echo, then a chamberlain").isEmpty)
    #expect(try themes(cb, on: "filter and bubble").isEmpty)
    #expect(try codings(cb, on: "FILTER BUBBLE and echo chambers").first?.evidence.count == 2)
  }

  @Test func literalsSharedByRegexesAreLookedForAgainInEachUnit() throws {
    // Two regexes need `teach`; what one unit had (or lacked) says nothing of the next.
    let yaml = codebook([#"regex: "teach ?meets?""#], extra: []) + """
        - name: U
          key: u
          rules:
            - regex: "teach(ers?|ing) ?rocks?"

      """
    let engine = try CodingEngine(codebook: try CodebookLoader.parse(yaml: yaml, file: "t.yml"))
    let lines = ["no such word here", "our TeachMeet on Friday", "nothing again", "teaching rocks", "a teacher"]
    let text = lines.joined(separator: "\n")
    var segments: [Segment] = []
    var start = 0
    for (i, line) in lines.enumerated() {
      let n = line.unicodeScalars.count
      segments.append(Segment(ordinal: i, kind: .paragraph, start: start, end: start + n, lineStart: i + 1, lineEnd: i + 1))
      start += n + 1
    }
    let source = Source(
      id: "s1", name: "s", kind: .document, format: "text", text: text, originalName: "s.txt", sha256: "x",
      importerVersion: "t", importedAt: "t", serial: 1, number: 1)
    let coded = engine.code(source: source, segments: segments, coder: "rules").map { "\($0.codeKey)@\($0.segmentOrdinal ?? -1)" }
    #expect(coded.sorted() == ["t@1", "u@3"])
    // Literals at the very start and end of a unit, and as short as two bytes.
    #expect(try themes(codebook([#"regex: "ok""#]), on: "OK") == ["t"])
    #expect(try themes(codebook([#"regex: "^te(a|e)""#]), on: "Tea time") == ["t"])
    #expect(try themes(codebook([#"regex: "the (end|stop)$""#]), on: "and that is the END") == ["t"])
    #expect(try themes(codebook([#"regex: "the (end|stop)$""#]), on: "and that is the EN").isEmpty)
  }

  @Test func prefilteredRegexStillFindsEveryMatch() throws {
    let cb = codebook([#"regex: "\\bMeet-?ups?\\b""#])
    #expect(try themes(cb, on: "great MEETUPS and meet-ups") == ["t"])
    #expect(try codings(cb, on: "great MEETUPS and meet-ups").first?.evidence.count == 2)
    #expect(try themes(cb, on: "no such thing") == [])
  }
}
