import Foundation
import Testing

@testable import QuireCore
@testable import QuireImport

@Suite struct TranscriptImporterTests {
  @Test func turnsWithMultiWordNamesAndTimestampsBeforeOrAfter() throws {
    let text = """
      Interview 3 with J Dale
      Recorded 12 May 2019

      [00:00:05] Interviewer: How did you start?

      [00:00:09] J Dale: Well, I connected with people.
      It was slow at first.

      And then it grew.

      Interviewer: [00:01:10] Go on.
      S F Stead: Hello there.
      """
    let s = try readTranscript(text)
    #expect(s.kind == .interview)
    let turns = s.segments.filter { $0.kind == .turn }
    #expect(turns.map(\.speaker) == ["Interviewer", "J Dale", "Interviewer", "S F Stead"])
    #expect(turns.map(\.isInterviewer) == [true, false, true, false])
    #expect(turns.map(\.timeStart) == [5, 9, 70, nil])
    #expect(turns[1].timeEnd == 70)
    #expect(segmentText(of: turns[1], in: s) == "Well, I connected with people.\nIt was slow at first.\n\nAnd then it grew.")
    #expect(turns[1].lineStart == 6 && turns[1].lineEnd == 9)
    let preamble = s.segments.filter { $0.kind == .paragraph }
    #expect(preamble.map { segmentText(of: $0, in: s) } == ["Interview 3 with J Dale\nRecorded 12 May 2019"])
    #expect(s.cases.map(\.name) == ["J Dale", "S F Stead"])
  }

  @Test func aColonInsideATurnIsNotASpeaker() throws {
    let s = try readTranscript("Interviewer: Hi.\n\nAnn Lee: I said this: no.\nand that was it\n\nAnn Lee: More.\n")
    #expect(s.segments.map(\.speaker) == ["Interviewer", "Ann Lee", "Ann Lee"])
  }

  @Test func oneOffLowercaseLabelMidTurnStaysText() throws {
    let s = try readTranscript("Interviewer: Hi.\n\nAnn: One thing\nwhat i mean: this\n\nInterviewer: Ok.\n")
    #expect(s.segments.map(\.speaker) == ["Interviewer", "Ann", "Interviewer"])
    #expect(segmentText(of: s.segments[1], in: s) == "One thing\nwhat i mean: this")
  }

  @Test func crlfBomAndNFC() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Interviewer: Caf\u{65}\u{301}?\r\nJo: Oui.\r\n".utf8)
    let s = try PlainTranscriptImporter().read(url: URL(fileURLWithPath: "/tmp/x.txt"), bytes: bytes, options: ImportOptions())
    #expect(s.text == "Interviewer: Café?\nJo: Oui.\n")
    #expect(segmentText(of: s.segments[0], in: s) == "Café?")
  }

  @Test func utf16WithBOMIsRead() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for u in "Q: Hi\nAnn: Hello\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let s = try PlainTranscriptImporter().read(url: URL(fileURLWithPath: "/tmp/x.txt"), bytes: bytes, options: ImportOptions())
    #expect(s.segments.map(\.speaker) == ["Q", "Ann"])
    #expect(s.segments[0].isInterviewer)
  }

  @Test func invalidUTF8NamesByteLineAndColumn() {
    let bytes = Array("Q: Hi\nAnn: caf".utf8) + [0xE9] + Array(" ok\n".utf8)
    #expect(throws: QuireError.self) {
      try PlainTranscriptImporter().read(url: URL(fileURLWithPath: "/tmp/bad.txt"), bytes: bytes, options: ImportOptions())
    }
    do {
      _ = try PlainTranscriptImporter().read(url: URL(fileURLWithPath: "/tmp/bad.txt"), bytes: bytes, options: ImportOptions())
    } catch {
      #expect("\(error)".hasPrefix("bad.txt:2:9: error: invalid UTF-8 at byte offset 14"))
    }
  }

  @Test func textWithoutLabelsIsADocument() throws {
    let s = try readTranscript("First paragraph\ncontinues.\n\nSecond one.\n")
    #expect(s.kind == .document)
    #expect(s.segments.map { segmentText(of: $0, in: s) } == ["First paragraph\ncontinues.", "Second one."])
  }

  @Test func configurableInterviewerLabels() throws {
    let s = try readTranscript("IG: Hi.\nAnn: Hello.\n", options: ImportOptions(interviewerLabels: ["IG"]))
    #expect(s.segments.map(\.isInterviewer) == [true, false])
  }

  @Test func labelParser() {
    func parse(_ s: String) -> TranscriptLabel? { TranscriptLabelParser.parse(Array(s.unicodeScalars)) }
    #expect(parse("J Dale: hi")?.speaker == "J Dale")
    #expect(parse("[01:02:03] Ann: hi")?.time == 3723)
    #expect(parse("Ann (12:31): hi")?.time == 751)
    #expect(parse("Ann: [00:12:31.5] hi")?.time == 751.5)
    #expect(parse("http://x.org: hi") == nil)
    #expect(parse("This is a long sentence with many words: hi") == nil)
    #expect(parse("Ann:hi") == nil)
  }

  @Test func everyCorpusInterviewImports() throws {
    let dir = Fixtures.repository.appendingPathComponent("Corpus/interviews")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files.count >= 6)
    for f in files {
      let url = dir.appendingPathComponent(f)
      let s = try PlainTranscriptImporter().read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
      let turns = s.segments.filter { $0.kind == .turn }
      #expect(s.kind == .interview)
      #expect(turns.contains { $0.isInterviewer } && turns.contains { !$0.isInterviewer }, "\(f)")
      let speakers = Set(turns.compactMap(\.speaker))
      #expect(speakers.count >= 2 && speakers.count <= 3, "\(f): \(speakers)")
      // Nothing is lost: every non-blank line of the file lies inside some segment or is a label line.
      let words = s.text.split(whereSeparator: \.isWhitespace).count
      #expect(words >= 1500, "\(f) has \(words) words")
    }
  }

  @Test(.enabled(if: Fixtures.hasShared)) func realOtterAndQualCoderTranscripts() throws {
    let dir = try #require(Fixtures.shared).appendingPathComponent("transcripts")
    let otter = dir.appendingPathComponent("otter.txt")
    let s = try PlainTranscriptImporter().read(url: otter, bytes: [UInt8](try Data(contentsOf: otter)), options: ImportOptions())
    #expect(!s.segments.isEmpty)
    // Every word of the file is in the stored text.
    let raw = try String(contentsOf: otter, encoding: .utf8)
    #expect(s.text.split(whereSeparator: \.isWhitespace).count == raw.split(whereSeparator: \.isWhitespace).count)
    #expect(s.segments.compactMap(\.speaker) == ["Alice Chen", "Bob Ferreira"])
    let qc = dir.appendingPathComponent("qualcoder-example.txt")
    let q = try PlainTranscriptImporter().read(url: qc, bytes: [UInt8](try Data(contentsOf: qc)), options: ImportOptions())
    #expect(Set(q.segments.compactMap(\.speaker)) == ["id1", "id2", "id3"])
  }
}

@Suite struct TweetsJSImporterTests {
  func readFixture() throws -> ImportedSource {
    let url = Fixtures.url("archive/data/tweets.js")
    return try TweetsJSImporter().read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
  }

  /// Each entry walked on its bytes (how an import reads tweets.js) makes the post a parse of
  /// the whole entry makes, or the same problem; and an entry with a syntax error gives the
  /// parse's error, at the same place.
  @Test func walkingAnEntryReadsWhatParsingItReads() throws {
    let entries = [
      #"{"tweet": {"id_str": "1", "full_text": "hi &amp; https://t.co/x and https://t.co/m", "entities": {"urls": [{"url": "https://t.co/x", "expanded_url": "https://twitter.com/a/status/9", "indices": [0, 5]}], "media": [{"url": "https://t.co/m", "expanded_url": "https://x.com/a/photo/1", "sizes": {"large": {"w": 1}}}], "hashtags": [{"text": "edchat"}, 5, {"text": 7}, {}], "user_mentions": [{"screen_name": "bob", "name": "Bob"}, {}], "symbols": []}, "user": {"screen_name": "ann", "name": "Ann", "id": 3}, "created_at": "Mon Mar 13 10:00:00 +0000 2023", "favorite_count": "12", "retweet_count": 3.0, "is_quote_status": "true", "lang": "en"}}"#,
      #"{"id": 12345678901234567890, "text": "A bare tweet", "in_reply_to_status_id": 42, "in_reply_to_screen_name": "zed", "favorite_count": 1e400, "retweet_count": -0, "is_quote_status": true}"#,
      #"{"tweet": {"id_str": null, "id": "77", "full_text": "a", "full_text": "b", "in_reply_to_status_id_str": "43", "in_reply_to_status_id": 42, "entities": {"urls": [{"url": "https://t.co/b", "expanded_url": "https://e.org"}], "urls": [], "hashtags": [{"text": "x"}], "hashtags": 5}, "user": {"screen_name": "x"}, "user": null}}"#,
      #"{"tweet": {"id_str": "2", "full\u005ftext": "escaped key", "us\u0065r": {"name": "No Handle"}, "entities": {"urls": [{"url": "", "expanded_url": "https://e.org"}, {"url": "https://t.co/q"}]}, "entities": {"user_mentions": [{"screen_name": "later"}]}, "place": null, "extended_entities": {"media": [[[{"deep": [1, 2, {"a": "\"quoted\""}]}]]]}}}"#,
      #"{"tweet": {"id_str": "3", "full_text": "RT @someone_1: a retweet", "retweeted_status": {"id_str": "9", "full_text": "orig"}, "quoted_status_id_str": null, "favorite_count": "abc", "lang": 5, "created_at": 7}}"#,
      #"{"\u0074weet": {"id_str": "4", "full_text": "escaped tweet key", "user": {"screen_name": "s", "screen_name": ["list"]}}, "tweet": {"id_str": "5", "full_text": "the later tweet wins"}}"#,
      #"{"id_str": "6", "full_text": "outer", "tweet": {"id_str": "7", "full_text": "inner"}}"#,
      // A member passed over is checked as `skipValue` checks it (an escape is not looked into).
      #"{"tweet": {"id_str": "1", "full_text": "x", "source": "bad \q escape"}}"#,
      #"[1, 2]"#, #"{"tweet": "x"}"#, #"{"tweet": {"full_text": "no id"}}"#, #"{"tweet": {"id_str": "5"}}"#, #"{}"#, #""just a string""#,
    ]
    func outcome(_ f: TweetsJSImporter.TweetFields) -> String {
      do {
        let post = try TweetsJSImporter.makePost(f, owner: ("own", "Owner"))
        return "\(post.info) \(post.text)"
      } catch let p as TweetsJSImporter.EntryProblem {
        return "problem: \(p.text)"
      } catch {
        return "error: \(error)"
      }
    }
    for e in entries {
      let bytes = Array(e.utf8)
      let (value, end) = try JSONParser.parse(bytes, skipping: TweetsJSImporter.unusedKeys, trustedUTF8: true)
      let parsed = outcome(TweetsJSImporter.fields(of: value["tweet"] ?? value))
      let (walked, walkEnd) = try bytes.withUnsafeBufferPointer { b in
        try JSONParser.reading(b, from: 0, trustedUTF8: true) { try TweetsJSImporter.walkEntry(&$0) }
      }
      #expect(outcome(walked) == parsed, "\(e)")
      #expect(walkEnd == end)
    }
    #expect(outcome(try Array(entries[0].utf8).withUnsafeBufferPointer { try TweetsJSImporter.readEntry($0, at: 0).0 }).contains("isQuote: true"))
    let broken = [
      #"{"tweet": {"id_str": "1", "full_text": "x",}}"#, #"{"tweet": {"id_str": "1" "full_text": "x"}}"#,
      #"{"tweet": {"entities": {"urls": [{"url": "u"}}}}"#,
      #"{"tweet": {"id_str": "1", "full_text": "cut off"#, #"{"tweet": {"favorite_count": 1.}}"#, #"{"tweet": {"user": {"name": tru}}}"#,
    ]
    for e in broken {
      let bytes = Array(e.utf8)
      var expected = ""
      do { _ = try JSONParser.parse(bytes, skipping: TweetsJSImporter.unusedKeys, trustedUTF8: true) } catch { expected = "\(error.offset) \(error.message)" }
      #expect(!expected.isEmpty)
      do {
        _ = try bytes.withUnsafeBufferPointer { try TweetsJSImporter.readEntry($0, at: 0) }
        Issue.record("no error for \(e)")
      } catch let error as JSONSyntaxError {
        #expect("\(error.offset) \(error.message)" == expected, "\(e)")
      }
    }
  }

  @Test func readsTheExportShape() throws {
    let s = try readFixture()
    #expect(s.name == "Tweets of @kim_teaches")
    #expect(s.kind == .tweets)
    #expect(s.cases == [Case(name: "Kim Osei", attributes: ["twitter_handle": "kim_teaches", "twitter_account_id": "998877", "twitter_joined": "2011-09-01"])])
    #expect(s.segments.count == 2)
    // Time order: the 2018 retweet first.
    let rt = try #require(s.segments[0].tweet)
    #expect(rt.id == "1010000000000000001" && rt.isRetweet && rt.retweetedHandle == "ana_ele")
    #expect(rt.retweetCount == 12 && rt.language == "es")
    let reply = try #require(s.segments[1].tweet)
    #expect(reply.id == "1130000000000000002")
    #expect(reply.createdAt == "2019-05-03T09:12:44Z")
    #expect(reply.replyToId == "1129999999999999999" && reply.replyToHandle == "samray")
    #expect(reply.hashtags == ["edchat"] && reply.mentions == ["samray"])
    #expect(reply.likeCount == 4)
    #expect(reply.url == "https://x.com/kim_teaches/status/1130000000000000002")
    #expect(reply.authorName == "Kim Osei")
    #expect(segmentText(of: s.segments[1], in: s) == "@samray you need to speak to Jo & Lee about this #edchat https://example.org/blog/connecting")
    #expect(segmentText(of: s.segments[0], in: s) == "RT @ana_ele: Conectar con otros profes me cambió la vida 🙌")
  }

  @Test func truncatedFileNamesLineAndColumn() throws {
    let url = Fixtures.url("archive/data/tweets.js")
    let bytes = Array([UInt8](try Data(contentsOf: url)).prefix(900))
    do {
      _ = try TweetsJSImporter().read(url: URL(fileURLWithPath: "/tmp/tweets.js"), bytes: bytes, options: ImportOptions())
      Issue.record("a truncated file must fail")
    } catch {
      let message = "\(error)"
      #expect(message.hasPrefix("tweets.js:"))
      #expect(message.contains("cut off"))
    }
  }

  @Test func entryWithoutTextNamesTheEntry() {
    let js = "window.YTD.tweets.part0 = [\n { \"tweet\" : { \"id_str\" : \"1\", \"full_text\" : \"hi\" } },\n { \"tweet\" : { \"id_str\" : \"2\" } }\n]"
    do {
      _ = try TweetsJSImporter().read(url: URL(fileURLWithPath: "/tmp/tweets.js"), bytes: Array(js.utf8), options: ImportOptions())
      Issue.record("must fail")
    } catch {
      #expect("\(error)" == "tweets.js:3:2: error: entry 2: tweet 2 has no `full_text` or `text`")
    }
  }

  @Test func emptyPartAndDetection() throws {
    let s = try TweetsJSImporter().read(url: URL(fileURLWithPath: "/tmp/t/tweets.js"), bytes: Array("window.YTD.tweets.part1 = [ ]".utf8), options: ImportOptions())
    #expect(s.segments.isEmpty)
    #expect(TweetsJSImporter().confidence(path: "x.js", head: Array("window.YTD.tweets.part0 = [".utf8)) == 1)
    #expect(TweetsJSImporter().confidence(path: "x.txt", head: Array("Interviewer: hi".utf8)) == 0)
  }

  @Test(.enabled(if: Fixtures.hasShared)) func realXArchive() throws {
    let url = try #require(Fixtures.shared).appendingPathComponent("twitter/x-archive-2023/tweets_first1200.js")
    let s = try TweetsJSImporter().read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
    #expect(s.segments.count == 1200)
    #expect(Set(s.segments.compactMap { $0.tweet?.id }).count == 1200)
    #expect(s.segments.allSatisfy { $0.tweet?.createdAt.count == 20 })
    #expect(!s.text.contains("&amp;"))
  }

  @Test func folderPlanSkipsCompanionsAndUnknownFiles() throws {
    let plan = try ImportPlanner().plan(paths: [Fixtures.url("archive").path])
    #expect(plan.files.map { $0.url.lastPathComponent } == ["tweets.js"])
    #expect(plan.skipped.map(\.reason) == ["X archive companion file (account), read with its tweets"])
  }
}

@Suite struct JSONParserTests {
  @Test func parsesValuesAndKeepsBigNumbersExact() throws {
    let v = try JSONParser.parseDocument(Array(#"{"id": 1130000000000000002, "s": "a\u00e9\ud83d\ude4c\n", "a": [true, null, -1.5e3]}"#.utf8))
    #expect(v["id"]?.string == "1130000000000000002")
    #expect(v["s"]?.string == "aé🙌\n")
    #expect(v["a"]?.array?.count == 3)
  }

  @Test(arguments: [
    (#"{"a": 1,}"#, "expected a quoted key"),
    (#"[1 2]"#, "expected ',' or ']'"),
    (#"{"a": "x"#, "unterminated string"),
    (#"[tru]"#, "expected 'true'"),
    ("[\"a\nb\"]", "control character"),
  ])
  func errors(json: String, message: String) {
    do {
      _ = try JSONParser.parseDocument(Array(json.utf8))
      Issue.record("must fail: \(json)")
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  /// Strings scanned eight bytes at a time: a quote, backslash escape or control character
  /// at every place of strings of every length is found, in built and in skipped values, with
  /// the offset of a control character exact.
  @Test func stringsAtEveryLengthAndPlace() throws {
    let skipping = JSONKeySet(["skip"])
    for n in 0...24 {
      for place in 0..<max(n, 1) {
        let plain = String(repeating: "x", count: n)
        let escaped = n == 0 ? "\\\"" : String(plain.prefix(place)) + "\\n" + String(plain.dropFirst(place + 1))
        let expected = n == 0 ? "\"" : String(plain.prefix(place)) + "\n" + String(plain.dropFirst(place + 1))
        for text in [plain, escaped] {
          let doc = "{\"skip\": [\"\(text)\", {\"k\": \"\(text)\"}],   \"keep\":        \"\(text)\"}"
          let (v, end) = try JSONParser.parse(Array(doc.utf8), skipping: skipping)
          #expect(end == doc.utf8.count)
          #expect(v["keep"]?.string == (text == plain ? plain : expected))
          #expect(v["skip"] == nil)
        }
        // A raw control character: an error at its byte, built or skipped.
        let raw = String(plain.prefix(place)) + "\u{1}" + String(plain.dropFirst(place + 1))
        for key in ["keep", "skip"] {
          let doc = "{\"\(key)\": \"\(raw)\"}"
          do {
            _ = try JSONParser.parse(Array(doc.utf8), skipping: skipping)
            Issue.record("must fail: \(doc)")
          } catch {
            #expect(error.message.contains("control character"))
            #expect(error.offset == key.utf8.count + 6 + place)
          }
        }
      }
    }
  }

  @Test func deepNestingIsRefused() {
    let deep = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parseDocument(Array(deep.utf8)) }
  }
}

@Suite struct TranscriptLabelFormTests {
  @Test func otterNameAndTimeOnTheirOwnLine() throws {
    let s = try readTranscript("Alice Chen  0:01\nRight, let's start with the renewal. They came\nback asking.\n\nBob Ferreira  0:09\nTwelve? That's well above.\n", name: "otter.txt")
    #expect(s.segments.map(\.speaker) == ["Alice Chen", "Bob Ferreira"])
    #expect(s.segments.map(\.timeStart) == [1, 9])
    #expect(segmentText(of: s.segments[0], in: s) == "Right, let's start with the renewal. They came\nback asking.")
  }

  @Test func bracketLabelsAsQualCoderWrites() throws {
    let s = try readTranscript("[id1] hello, I like it.\n\n[id2] I am struggling.\n\n[00:01:02] [id1] yes\n\n[id2] ok\n", name: "q.txt")
    #expect(s.segments.map(\.speaker) == ["id1", "id2", "id1", "id2"])
    #expect(s.segments[2].timeStart == 62)
    #expect(segmentText(of: s.segments[0], in: s) == "hello, I like it.")
  }

  @Test func labelsFollowedByRunsOfSpaces() throws {
    let s = try readTranscript("Speaker 1    Hello there.\nSpeaker 2    Hi.\nSpeaker 1    How are you?\nIt was  fine.\n", name: "s.txt")
    #expect(s.segments.map(\.speaker) == ["Speaker 1", "Speaker 2", "Speaker 1"])
    #expect(segmentText(of: s.segments[2], in: s) == "How are you?\nIt was  fine.")
  }

  @Test func otherTimestampForms() {
    func time(_ s: String) -> Double? { TranscriptLabelParser.parse(Array(s.unicodeScalars))?.time }
    #expect(time("{00:12:31} Ann: hi") == 751)
    #expect(time("#00:12:31.250# Ann: hi") == 751.25)
    #expect(time("(12:31) Ann: hi") == 751)
    #expect(time("NAME: hi") == nil)
    #expect(TranscriptLabelParser.parse(Array("NAME: hi".unicodeScalars))?.speaker == "NAME")
  }
}

@Suite struct TranscriptAnnotationTests {
  @Test func bracketedAnnotationsAreNotSpeakers() throws {
    let s = try readTranscript("Interviewer: Hi.\n\nAnn: Well.\n\n[laughs] Anyway, it was fine.\n\n[pause] Yes.\n\n[laughs] Again.\n", name: "a.txt")
    #expect(s.segments.map(\.speaker) == ["Interviewer", "Ann"])
    #expect(segmentText(of: s.segments[1], in: s).hasSuffix("[laughs] Again."))
  }
}

@Suite struct SubtitleImporterTests {
  func read(_ text: String, _ flavor: SubtitleImporter.Flavor, bytes: [UInt8]? = nil) throws -> ImportedSource {
    try SubtitleImporter(flavor).read(url: URL(fileURLWithPath: "/tmp/x.\(flavor == .vtt ? "vtt" : "srt")"), bytes: bytes ?? Array(text.utf8), options: ImportOptions())
  }

  @Test func voiceTagsMergeConsecutiveCuesOfOneSpeaker() throws {
    let vtt = "WEBVTT\r\n\r\nNOTE made by hand\r\n\r\n1\r\n00:00:01.000 --> 00:00:04.500 align:start\r\n<v Alice Chen>Right, let's <i>start</i>.</v>\r\n\r\n2\r\n00:00:04.500 --> 00:00:09.200\r\n<v Alice Chen>Twelve &amp; more.</v>\r\n\r\n00:00:09.200 --> 00:00:12.000\r\n<v.loud Bob Ferreira>Twelve?</v>\r\n"
    let s = try read(vtt, .vtt, bytes: [0xEF, 0xBB, 0xBF] + Array(vtt.utf8))
    #expect(s.segments.map(\.speaker) == ["Alice Chen", "Bob Ferreira"])
    #expect(s.segments.map(\.timeStart) == [1, 9.2])
    #expect(s.segments.map(\.timeEnd) == [9.2, 12])
    #expect(segmentText(of: s.segments[0], in: s) == "Right, let's start. Twelve & more.")
    #expect(s.text.hasPrefix("[00:00:01] Alice Chen: Right"))
  }

  @Test func zoomNameColonCues() throws {
    let s = try read("WEBVTT\n\n1\n00:00:04.160 --> 00:00:15.370\nCaleob King: Hello, everybody.\n\n2\n00:00:15.560 --> 00:00:18.550\nInterviewer: And then?\n", .vtt)
    #expect(s.segments.map(\.speaker) == ["Caleob King", "Interviewer"])
    #expect(s.segments.map(\.isInterviewer) == [false, true])
  }

  @Test func srtWithNamePrefixes() throws {
    let s = try read("1\n00:00:01,000 --> 00:00:03,500\nAlice: The contract renews.\n\n2\n00:00:03,500 --> 00:00:06,000\nBob: <i>Only</i> if\nneither party gives notice.\n", .srt)
    #expect(s.segments.map(\.speaker) == ["Alice", "Bob"])
    #expect(segmentText(of: s.segments[1], in: s) == "Only if neither party gives notice.")
    #expect(s.segments[1].timeStart == 3.5)
  }

  @Test func malformedTimingNamesTheLine() {
    #expect(throws: QuireError("malformed cue timing '00:00:01 --> soon': expected `hh:mm:ss.mmm --> hh:mm:ss.mmm`", at: SourceLocation(file: "x.vtt", line: 3, column: 1))) {
      try read("WEBVTT\n\n00:00:01 --> soon\nhi\n", .vtt)
    }
    #expect(throws: QuireError.self) { try read("NOT VTT\n", .vtt) }
  }

  @Test func detection() {
    #expect(SubtitleImporter(.vtt).confidence(path: "a.txt", head: Array("\u{FEFF}WEBVTT\n".utf8)) == 1)
    #expect(SubtitleImporter(.srt).confidence(path: "a", head: Array("1\n00:00:01,000 --> 00:00:02,000\nx".utf8)) == 0.95)
    #expect(SubtitleImporter(.srt).confidence(path: "a.txt", head: Array("Interviewer: hi".utf8)) == 0)
  }

  @Test(.enabled(if: Fixtures.hasShared)) func realSubtitleFiles() throws {
    let dir = try #require(Fixtures.shared).appendingPathComponent("transcripts")
    for (name, flavor, speakers) in [("teams.vtt", SubtitleImporter.Flavor.vtt, ["Alice Chen", "Bob Ferreira"]), ("basic.srt", .srt, ["Alice", "Bob"]), ("PLC_Fishbowl_transcript.vtt", .vtt, ["Caleob King"])] {
      let url = dir.appendingPathComponent(name)
      let s = try SubtitleImporter(flavor).read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
      #expect(Set(s.segments.compactMap(\.speaker)).isSuperset(of: speakers), "\(name)")
      #expect(!s.segments.isEmpty)
      // Consecutive cues of one speaker are merged: no two neighbouring turns share a speaker.
      #expect(zip(s.segments, s.segments.dropFirst()).allSatisfy { $0.speaker != $1.speaker }, "\(name)")
    }
  }
}

@Suite struct XArchiveFolderTests {
  @Test func multiPartArchiveWithLongPostsAndProfile() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    func tweet(_ id: String, _ text: String, _ date: String) -> String {
      "{ \"tweet\" : { \"id_str\" : \"\(id)\", \"full_text\" : \"\(text)\", \"created_at\" : \"\(date)\", \"lang\" : \"en\" } }"
    }
    _ = try dir.write("data/account.js", "window.YTD.account.part0 = [ { \"account\" : { \"username\" : \"ann\", \"accountDisplayName\" : \"Ann Lee\", \"accountId\" : \"42\", \"createdAt\" : \"2010-01-02T00:00:00.000Z\" } } ]")
    _ = try dir.write("data/profile.js", "window.YTD.profile.part0 = [ { \"profile\" : { \"description\" : { \"bio\" : \"Teacher &amp; reader\", \"location\" : \"Leeds\" } } } ]")
    let cut = "This is a long post about connecting with other teachers that goes on and on … https://t.co/abcdefghij"
    _ = try dir.write("data/tweets.js", "window.YTD.tweets.part0 = [ " + tweet("2", cut, "Tue Mar 14 10:00:00 +0000 2023") + " ]")
    _ = try dir.write("data/tweets-part1.js", "window.YTD.tweets.part1 = [ " + tweet("1", "An older one", "Mon Mar 13 10:00:00 +0000 2023") + " ]")
    _ = try dir.write("data/tweets-part2.js", "window.YTD.tweets.part2 = [ ]")
    _ = try dir.write("data/note-tweet.js", "window.YTD.note_tweet.part0 = [ { \"noteTweet\" : { \"noteTweetId\" : \"9\", \"createdAt\" : \"2023-03-14T10:00:00.000Z\", \"core\" : { \"text\" : \"This is a long post about connecting with other teachers that goes on and on and on, well past the limit.\", \"urls\" : [ ] } } } ]")
    let plan = try ImportPlanner().plan(paths: [dir.url.path])
    #expect(plan.files.map { $0.url.lastPathComponent } == ["tweets.js"])
    #expect(Set(plan.skipped.map { URL(fileURLWithPath: $0.path).lastPathComponent }) == ["account.js", "profile.js", "tweets-part1.js", "tweets-part2.js", "note-tweet.js"])
    let url = dir.url.appendingPathComponent("data/tweets.js")
    let s = try TweetsJSImporter().read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
    #expect(s.segments.compactMap { $0.tweet?.id } == ["1", "2"])
    #expect(segmentText(of: s.segments[1], in: s).hasSuffix("well past the limit."))
    #expect(s.cases.first?.name == "Ann Lee")
    #expect(s.cases.first?.attributes["twitter_bio"] == "Teacher & reader")
    #expect(s.cases.first?.attributes["twitter_location"] == "Leeds")
  }
}

@Suite struct LargeArchiveTests {
  func archive(_ n: Int, brokenAt: Int? = nil) -> [UInt8] {
    var s = "window.YTD.tweets.part0 = [ "
    for i in 0..<n {
      if i > 0 { s += ",\n" }
      let text = i == brokenAt ? "" : "\"full_text\" : \"Tweet number \(i) about connecting { \\\"tweet\\\" : x }, with padding \(String(repeating: "x", count: 200))\","
      s += "{\n    \"tweet\" : {\n      \(text)\n      \"id_str\" : \"\(1_000_000 + i)\",\n      \"created_at\" : \"Mon Jan 01 00:00:00 +0000 2018\"\n    }\n  }"
    }
    return Array((s + " ]").utf8)
  }

  @Test func largeFilesAreParsedInTwoHalvesWithTheSameResult() throws {
    let bytes = archive(20_000)
    #expect(bytes.count > 4 << 20)
    let s = try TweetsJSImporter().read(url: URL(fileURLWithPath: "/tmp/big/tweets.js"), bytes: bytes, options: ImportOptions())
    #expect(s.segments.count == 20_000)
    #expect(s.segments.map { $0.tweet?.id } == (0..<20_000).map { String(1_000_000 + $0) })
  }

  /// A large file is cut into pieces that two cores take in turn: with sixteen pieces the posts
  /// are those of one pass, and an error, a bad entry or invalid UTF-8 in any piece is reported
  /// as reading (and checking) the file from the top would: the first one in the file.
  @Test func piecesParseAsOnePass() throws {
    let one = try TweetsJSImporter.parseTweets(archive(20_000), file: "tweets.js", owner: nil, pieceSize: 64 << 20)
    let many = try TweetsJSImporter.parseTweets(archive(20_000), file: "tweets.js", owner: nil, validating: true, pieceSize: 1 << 20)
    #expect(many.count == 20_000)
    #expect(many.map(\.info) == one.map(\.info) && many.map(\.text) == one.map(\.text))
    func failure(_ bytes: [UInt8], pieceSize: Int) -> String {
      do {
        _ = try TweetsJSImporter.parseTweets(bytes, file: "tweets.js", owner: nil, validating: true, pieceSize: pieceSize)
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    for broken in [0, 1_234, 9_999, 19_999] {
      let bytes = archive(20_000, brokenAt: broken)
      let plain = failure(bytes, pieceSize: 64 << 20)
      #expect(plain.contains("entry \(broken + 1):"), "\(plain)")
      #expect(failure(bytes, pieceSize: 1 << 20) == plain)
    }
    // Invalid UTF-8 late in the file and a bad entry early: the UTF-8 is the error, as when the
    // whole file is checked before parsing; two invalid bytes: the first is named.
    var bytes = archive(20_000, brokenAt: 300)
    let late = bytes.count - 5_000
    let early = bytes.count / 3
    bytes[late] = 0xFF
    let expected = "invalid UTF-8 at byte offset \(late)"
    #expect(failure(bytes, pieceSize: 1 << 20).contains(expected))
    #expect(failure(bytes, pieceSize: 64 << 20).contains(expected))
    bytes[early] = 0xC3
    bytes[early + 1] = 0x28
    let first = failure(bytes, pieceSize: 1 << 20)
    #expect(first.contains("invalid UTF-8 at byte offset \(early)"), "\(first)")
    #expect(first == failure(bytes, pieceSize: 64 << 20))
    let (line, column) = TextDecoding.lineAndColumn(of: early, in: bytes)
    #expect(first.hasPrefix("tweets.js:\(line):\(column): error:"), "\(first)")
  }

  /// An entry holding an object with a `"tweet"` key of its own after a comma (what the cutting
  /// looks for) wherever a cut may fall: the pieces are found not to join, and the file is read
  /// in one pass instead, to the same posts.
  @Test func aCutInsideAnEntryIsCaught() throws {
    var s = "window.YTD.tweets.part0 = [ "
    for i in 0..<20_000 {
      if i > 0 { s += ",\n" }
      s += "{\n  \"tweet\" : {\n    \"full_text\" : \"Post \(i) \(String(repeating: "y", count: 150))\",\n"
      s += "    \"extra\" : [ {\"a\" : 1},\n      { \"tweet\" : { \"full_text\" : \"nested \(i)\" } } ],\n"
      s += "    \"id_str\" : \"\(5_000_000 + i)\",\n    \"created_at\" : \"Mon Jan 01 00:00:00 +0000 2018\"\n  }\n}"
    }
    let bytes = Array((s + " ]").utf8)
    #expect(bytes.count > 4 << 20)
    let one = try TweetsJSImporter.parseTweets(bytes, file: "tweets.js", owner: nil, pieceSize: 64 << 20)
    #expect(one.count == 20_000)
    #expect(one.allSatisfy { $0.text.hasPrefix("Post ") })
    for size in [1 << 20, 3 << 20] {
      let many = try TweetsJSImporter.parseTweets(bytes, file: "tweets.js", owner: nil, validating: true, pieceSize: size)
      #expect(many.map(\.info) == one.map(\.info) && many.map(\.text) == one.map(\.text))
    }
  }

  /// Pieces parsed while the hash still reads the bytes keep them, and give them back once it
  /// is through; the posts are the same whenever it ends.
  @Test func bytesHeldUntilTheHashIsThrough() throws {
    let bytes = archive(20_000)
    try bytes.withUnsafeBufferPointer { b in
      let hash = DispatchGroup()
      hash.enter()
      var held = ReleasedBytes(base: UnsafeRawPointer(b.baseAddress!), from: 0, gate: hash, step: 1)
      let end = 5 * LineIndex.block + 100
      held.passed(4 * LineIndex.block)
      #expect(held.releasedUpTo == 0)
      #expect(held.finish(end) == false)
      hash.leave()
      #expect(held.finish(end) == true)
      #expect(held.releasedUpTo == 5 * LineIndex.block)
    }
    #expect(bytes[2 * LineIndex.block + 5] == 0)
    #expect(bytes[5 * LineIndex.block + 50] != 0)
    let expected = try TweetsJSImporter.parseTweets(archive(20_000), file: "tweets.js", owner: nil)
    let late = DispatchGroup()
    late.enter()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { late.leave() }
    let parsed = try TweetsJSImporter.parseTweets(
      archive(20_000), file: "tweets.js", owner: nil, release: late, releaseFrom: 0, releaseStep: 1, pieceSize: 1 << 20)
    #expect(parsed.map(\.info) == expected.map(\.info) && parsed.map(\.text) == expected.map(\.text))
  }

  /// Parsing may hand the bytes it has passed back to the system: the posts are the same, and an
  /// error late in the file still names its entry and exact line and column.
  @Test func releasingParsedBytesKeepsPostsAndErrorPlaces() throws {
    let done = DispatchGroup()
    let expected = try TweetsJSImporter.parseTweets(archive(20_000), file: "tweets.js", owner: nil)
    let bytes = archive(20_000)
    let released = try TweetsJSImporter.parseTweets(bytes, file: "tweets.js", owner: nil, release: done, releaseFrom: 0, releaseStep: 1)
    // The pages of a passed block were handed back: they read as zeros now.
    #expect(bytes[LineIndex.block + 3 * 4096 + 17] == 0)
    #expect(released.count == 20_000)
    #expect(released.map(\.info) == expected.map(\.info) && released.map(\.text) == expected.map(\.text))
    for broken in [8_000, 17_500] {
      func failure(_ release: DispatchGroup?) -> String {
        do {
          _ = try TweetsJSImporter.parseTweets(archive(20_000, brokenAt: broken), file: "tweets.js", owner: nil, release: release, releaseFrom: 0, releaseStep: 1)
          return "no error"
        } catch {
          return "\(error)"
        }
      }
      let plain = failure(nil)
      #expect(plain.contains("entry \(broken + 1):"), "\(plain)")
      #expect(failure(done) == plain)
    }
  }

  /// A mapped archive (how `quire import` reads tweets.js) gives the posts a copy gives, with
  /// its parsed pages handed back while parsing; a mapped page handed back reads as the file.
  @Test func mappedArchiveReadsAsACopyDoes() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let bytes = archive(20_000)
    let url = try dir.write("data/tweets.js", String(decoding: bytes, as: UTF8.self))
    let copy = try TweetsJSImporter().read(url: url, bytes: bytes, options: ImportOptions())
    let buffer = try FileBuffer.map(url.path)
    #expect(Array(buffer.bytes) == bytes)
    let done = DispatchGroup()
    #expect(buffer.isMapped)
    let released = try TweetsJSImporter.parseTweets(
      buffer.bytes, file: "tweets.js", owner: nil, release: done, releaseFrom: 0, releaseStep: 1, rereadable: true)
    let probe = LineIndex.block + 3 * 4096 + 17
    #expect(buffer.bytes[probe] == bytes[probe] && bytes[probe] != 0)
    #expect(released.count == 20_000)
    // An error late in a mapped file, its passed pages handed back and no line index made: the
    // same entry, line and column as a copy read from the top.
    for broken in [8_000, 17_500] {
      let brokenBytes = archive(20_000, brokenAt: broken)
      let brokenURL = try dir.write("broken\(broken)/tweets.js", String(decoding: brokenBytes, as: UTF8.self))
      func failure(_ body: () throws -> Void) -> String {
        do {
          try body()
          return "no error"
        } catch {
          return "\(error)"
        }
      }
      let plain = failure { _ = try TweetsJSImporter.parseTweets(brokenBytes, file: "tweets.js", owner: nil) }
      #expect(plain.contains("entry \(broken + 1):"), "\(plain)")
      let brokenMap = try FileBuffer.map(brokenURL.path)
      let mappedFailure = failure {
        _ = try TweetsJSImporter.parseTweets(
          brokenMap.bytes, file: "tweets.js", owner: nil, release: done, releaseFrom: 0, releaseStep: 1, rereadable: true)
      }
      #expect(mappedFailure == plain)
    }
    let mapped = try TweetsJSImporter().readOwning(url: url, buffer: try FileBuffer.map(url.path), options: ImportOptions(), hashed: done)
    #expect(mapped.text == copy.text)
    #expect(mapped.segments == copy.segments)
    // An empty file has no pages to map; a missing one is named.
    #expect(try FileBuffer.map(dir.write("empty.js", "").path).bytes.isEmpty)
    #expect {
      _ = try FileBuffer.map(dir.path("missing.js"))
    } throws: { ($0 as? QuireError)?.description.contains("missing.js") == true }
  }

  @Test func lineIndexPlacesEveryOffsetAsAScanFromTheTopWould() {
    var bytes = [UInt8](repeating: 0x61, count: 3 * LineIndex.block + 777)
    var seed: UInt64 = 7
    for i in bytes.indices {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      if seed >> 58 == 0 { bytes[i] = 0x0A }
    }
    // A long stretch without a newline across a block boundary.
    for i in (LineIndex.block - 100)..<(2 * LineIndex.block + 100) where bytes[i] == 0x0A { bytes[i] = 0x62 }
    let index = LineIndex(bytes)
    for offset in [0, 1, 5000, LineIndex.block - 1, LineIndex.block, LineIndex.block + 1, 2 * LineIndex.block + 50, 3 * LineIndex.block + 776, bytes.count] {
      let (l1, c1) = index.locate(offset, in: bytes)
      let (l2, c2) = TextDecoding.lineAndColumn(of: offset, in: bytes)
      #expect(l1 == l2 && c1 == c2, "offset \(offset)")
    }
  }

  @Test func anErrorInTheSecondHalfNamesItsEntry() throws {
    let bytes = archive(20_000, brokenAt: 15_000)
    do {
      _ = try TweetsJSImporter().read(url: URL(fileURLWithPath: "/tmp/big/tweets.js"), bytes: bytes, options: ImportOptions())
      Issue.record("must fail")
    } catch {
      #expect("\(error)".contains("entry 15001: tweet 1015000 has no `full_text` or `text`"), "\(error)")
    }
  }
}
