import Foundation
import GRDB
import Testing

@testable import QuireStore

/// Runs the built `quire` executable, as a user would.
struct QuireRun {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CLI {
  static var binary: URL {
    // The test bundle sits beside the products in .build/<triple>/debug.
    var dir = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = dir.appendingPathComponent("quire")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return Fixtures.repository.appendingPathComponent(".build/debug/quire")
  }

  static func run(_ args: [String], in dir: URL, env: [String: String] = [:]) throws -> QuireRun {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = dir
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "QUIRE_PROJECT")
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return QuireRun(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }
}

@Suite(.serialized) struct EndToEndTests {
  @Test func demoBuildsTheThreeFilesWithResolvingLinksAndVerbatimQuotes() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let r = try CLI.run(["demo", "--out", dir.path("demo")], in: Fixtures.repository)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("report.html"))
    for f in ["quotes.csv", "quotes.md", "report.html", "quotes.json", "demo.quire"] {
      #expect(FileManager.default.fileExists(atPath: dir.path("demo/\(f)")), "\(f)")
    }
    let html = try String(contentsOfFile: dir.path("demo/report.html"), encoding: .utf8)
    let ids = Set(matches(of: ##"id="([^"]+)""##, in: html))
    #expect(ids.count == matches(of: ##"id="([^"]+)""##, in: html).count, "ids are unique")
    let links = matches(of: ##"href="#([^"]+)""##, in: html)
    #expect(links.count > 50)
    #expect(links.allSatisfy { ids.contains($0) })
    // Every quote is verbatim in its source: the interview file itself, or the stored archive text.
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("demo/quotes.json")))) as? [[String: Any]])
    #expect(json.count > 50)
    let store = try ProjectStore.open(at: dir.path("demo/demo.quire"))
    let texts = Dictionary(uniqueKeysWithValues: try store.sources().map { ($0.name, $0.text) })
    var kinds = Set<String>()
    for q in json {
      let text = try #require(q["text"] as? String)
      let source = try #require(q["source"] as? String)
      kinds.insert(q["source_kind"] as? String ?? "")
      #expect(texts[source]?.contains(text) == true)
      if q["source_kind"] as? String == "interview" {
        let file = Fixtures.repository.appendingPathComponent("Corpus/interviews/\(source).txt")
        #expect(try String(contentsOf: file, encoding: .utf8).contains(text), "\(source): \(text.prefix(40))")
      }
    }
    #expect(kinds.contains("interview"))
    let csv = try String(contentsOfFile: dir.path("demo/quotes.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("key,code,code_path,quote,speaker,attribution,source,location,citation"))
    #expect(csv.contains("Adeyemi"))
    // With pseudonyms, no real name or handle is left in the report or the quote table.
    _ = try dir.write("p.csv", "real,pseudonym\nRachel Adeyemi,Teacher A\nR Adeyemi,T A\nAdeyemi,A\n@rachel_codes_ed,@teacher_a\n")
    let project = dir.path("demo/demo.quire")
    #expect(try CLI.run(["report", "--project", project, "--out", dir.path("p.html"), "--pseudonyms", dir.path("p.csv")], in: dir.url).status == 0)
    #expect(try CLI.run(["quotes", "--project", project, "--out", dir.path("p.csv.out"), "--pseudonyms", dir.path("p.csv")], in: dir.url).status == 0)
    // Filtering by a case attribute (from Corpus/cases.csv) keeps only that case's quotes.
    let primary = try CLI.run(["quotes", "--project", project, "--where", "phase=Primary", "--format", "json"], in: dir.url)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(primary.stdout.utf8)) as? [[String: Any]])
    #expect(!rows.isEmpty && rows.count < json.count)
    let primarySpeakers = Set(rows.compactMap { $0["speaker"] as? String })
    #expect(primarySpeakers.isSubset(of: ["Rachel Adeyemi", "Gareth", "Gareth Pryce"]), "\(primarySpeakers)")
    #expect(try CLI.run(["quotes", "--project", project, "--where", "nonsense"], in: dir.url).status == 2)
    // `quire cite` guards a chapter: 0 when every quote is verbatim, 1 otherwise.
    _ = try dir.write("good.md", "Text.\n\nI connect people … they go off and talk\n(R Adeyemi)\n")
    let good = try CLI.run(["cite", dir.path("good.md"), "--project", project, "--json"], in: dir.url)
    #expect(good.status == 0, "\(good.stdout)")
    #expect(good.stdout.contains("\"status\" : \"verbatim\""))
    // The chapter's appendix links each quote to its passage in the report, by stable key.
    let linked = try CLI.run(["cite", dir.path("good.md"), "--project", project, "--out", dir.path("app.md"), "--report", "report.html"], in: dir.url)
    #expect(linked.status == 0)
    let app = try String(contentsOfFile: dir.path("app.md"), encoding: .utf8)
    let target = try #require(app.firstMatch(of: /\(report\.html#(ctx-[A-Z]+-\d+\.\d+)\)/)).1
    let report = try String(contentsOfFile: dir.path("demo/report.html"), encoding: .utf8)
    #expect(report.contains("id=\"\(target)\""))
    _ = try dir.write("bad.md", "“A sentence that nobody in the corpus ever said at all.” (J Dale)\n")
    #expect(try CLI.run(["cite", dir.path("bad.md"), "--project", project], in: dir.url).status == 1)
    for f in ["p.html", "p.csv.out"] {
      let text = try String(contentsOfFile: dir.path(f), encoding: .utf8)
      #expect(!text.contains("Adeyemi") && !text.contains("rachel_codes_ed"), "\(f)")
      #expect(text.contains("Teacher A"), "\(f)")
    }
  }

  @Test func exitCodesAndErrorsForBadInput() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    #expect(try CLI.run(["init"], in: dir.url).status == 0)
    #expect(try CLI.run(["init"], in: dir.url).status == 1)  // never overwrite
    let missing = try CLI.run(["import", "nope.txt"], in: dir.url)
    #expect(missing.status == 1 && missing.stderr.contains("nope.txt: error: no such file or folder"))
    let usage = try CLI.run(["quotes", "--format", "pdf"], in: dir.url)
    #expect(usage.status == 2 && usage.stderr.contains("--format must be"))
    #expect(try CLI.run(["frobnicate"], in: dir.url).status == 2)
    #expect(try CLI.run(["--help"], in: dir.url).status == 0)
    #expect(try CLI.run(["code"], in: dir.url).stderr.contains("no codebook yet"))

    // A good file imports; then a truncated archive and a non-UTF-8 transcript fail, naming the place.
    _ = try dir.write("in/good.txt", "Interviewer: Hi\n\nAnn Lee: I connect a lot.\n")
    #expect(try CLI.run(["import", "in/good.txt"], in: dir.url).status == 0)
    let before = try CLI.run(["sources", "--json"], in: dir.url).stdout
    _ = try dir.write("bad/data/tweets.js", "window.YTD.tweets.part0 = [ { \"tweet\" : { \"id_str\" : \"1\", \"full_text\" : \"cut")
    let truncated = try CLI.run(["import", "bad/data/tweets.js"], in: dir.url)
    #expect(truncated.status == 1)
    #expect(truncated.stderr.contains("tweets.js:1:"), "\(truncated.stderr)")
    try Data([0x51, 0x3A, 0x20, 0xC3, 0x28, 0x0A]).write(to: dir.url.appendingPathComponent("latin1.txt"))
    let notUTF8 = try CLI.run(["import", "latin1.txt"], in: dir.url)
    #expect(notUTF8.status == 1 && notUTF8.stderr.contains("latin1.txt:1:4: error: invalid UTF-8 at byte offset 3"))
    #expect(try CLI.run(["sources", "--json"], in: dir.url).stdout == before)

    // A broken codebook changes nothing.
    _ = try dir.write("cb.yml", "name: X\nthemes:\n  - name: A\n    rules:\n      - regex: \"(oops\"\n")
    let bad = try CLI.run(["codebook", "load", "cb.yml"], in: dir.url)
    #expect(bad.status == 1 && bad.stderr.hasPrefix("cb.yml:5:"))
    #expect(try CLI.run(["codebook", "show"], in: dir.url).status == 1)

    // A codebook regex that backtracks without end stops `quire code` at its time limit, naming
    // the regex and the place; nothing is stored.
    _ = try dir.write("hostile.yml", "name: H\nthemes:\n  - name: B\n    rules:\n      - regex: \"(a+)+$\"\n")
    #expect(try CLI.run(["codebook", "load", "hostile.yml"], in: dir.url).status == 0)
    _ = try dir.write("in/long.txt", "Interviewer: Hi\n\nAnn Lee: " + String(repeating: "a", count: 40) + "!\n")
    #expect(try CLI.run(["import", "in/long.txt"], in: dir.url).status == 0)
    let hung = try CLI.run(["code"], in: dir.url)
    #expect(hung.status == 1 && hung.stderr.contains("long.txt:3: error: the codebook's regex /(a+)+$/ ran past its time limit"), "\(hung.stderr)")
    #expect(try CLI.run(["quotes", "--format", "csv"], in: dir.url).stdout.split(separator: "\n").count == 1)

    // A folder with one bad file imports the rest and exits 1.
    _ = try dir.write("mixed/a.txt", "Interviewer: Hi\n\nBo Chen: Hello there.\n")
    _ = try dir.write("mixed/b/data/tweets.js", "window.YTD.tweets.part0 = [ {")
    // Files are read ahead of storing on another thread: still stored in order, the bad one
    // named, the rest imported.
    for name in ["c", "d", "e", "f"] {
      _ = try dir.write("mixed/\(name).txt", "Interviewer: Hi\n\nBo \(name.uppercased()): Hello from \(name).\n")
    }
    let mixed = try CLI.run(["import", "mixed"], in: dir.url)
    #expect(mixed.status == 1)
    #expect(mixed.stdout.contains("5 imported"))
    #expect(mixed.stderr.contains("tweets.js"))
    let listed = try CLI.run(["sources", "--json"], in: dir.url)
    let names = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.compactMap { $0["name"] as? String }
    #expect(names?.suffix(5) == ["a", "c", "d", "e", "f"])
  }

  /// Themes that name their speakers find posts by their author's handle or name, read from
  /// the stored posts, also where the name needs escaping in JSON.
  @Test func themesNamingSpeakersFindPostsByAuthor() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let lines = [
      #"{"id_str":"1","created_at":"Wed Mar 13 09:12:44 +0000 2019","full_text":"I connect with teachers","user":{"screen_name":"ann_t","name":"Ann T"}}"#,
      #"{"id_str":"2","created_at":"Wed Mar 13 09:13:44 +0000 2019","full_text":"We connect online","user":{"screen_name":"bob","name":"Bob \"B\" Jones"}}"#,
      #"{"id_str":"3","created_at":"Wed Mar 13 09:14:44 +0000 2019","full_text":"They connect too","user":{"screen_name":"cy","name":"Cy"}}"#,
    ]
    _ = try dir.write("posts.jsonl", lines.joined(separator: "\n") + "\n")
    _ = try dir.write(
      "cb.yml",
      """
      name: Speakers
      themes:
        - name: Ann's
          key: ann
          speaker: ["@ann_t"]
          rules: ["connect*"]
        - name: Bob's
          key: bob
          speaker: ['Bob "B" Jones']
          rules: ["connect*"]
        - name: Anyone's
          key: all
          rules: ["connect*"]

      """)
    for args in [["init"], ["import", "posts.jsonl"], ["codebook", "load", "cb.yml"]] {
      let r = try CLI.run(args, in: dir.url)
      #expect(r.status == 0, "\(args): \(r.stderr)")
    }
    let coded = try CLI.run(["code"], in: dir.url)
    #expect(coded.status == 0, "\(coded.stderr)")
    #expect(coded.stdout.contains("Ann's: 1") && coded.stdout.contains("Bob's: 1") && coded.stdout.contains("Anyone's: 3"), "\(coded.stdout)")
    let store = try ProjectStore.open(at: dir.path("project.quire"))
    let speakers = try store.quotes().filter { $0.codeKey != "all" }.map { "\($0.codeKey) \($0.speaker ?? "")" }
    #expect(speakers.sorted() == ["ann Ann T", #"bob Bob "B" Jones"#])
    let keys = try store.quotes().filter { $0.codeKey == "all" }.map { String($0.key.prefix(3)) }
    #expect(keys.sorted() == ["AT-", "BBJ", "CY-"], "\(keys)")
    // Posts are stored with short keys; posts stored before them (long keys, as an older Quire
    // wrote them) are read the same: speakers found by author, quote keys by author's initials.
    let stored = try store.db.read { db in try String.fetchAll(db, sql: "SELECT tweet FROM segment ORDER BY ordinal") }
    #expect(stored.allSatisfy { $0.contains(#""h":"#) && $0.contains(#""n":"#) && !$0.contains("authorName") }, "\(stored)")
    try store.db.write { db in
      try db.execute(
        sql: """
          UPDATE segment SET tweet = json_object('id', json_extract(tweet, '$.id'), 'authorHandle', json_extract(tweet, '$.h'),
            'authorName', json_extract(tweet, '$.n'), 'createdAt', json_extract(tweet, '$.at'))
          """)
      try db.execute(sql: "DELETE FROM coding; DELETE FROM quote")
    }
    #expect(try store.db.read { db in try String.fetchAll(db, sql: "SELECT tweet FROM segment") }.allSatisfy { $0.contains("authorName") })
    let again = try CLI.run(["code"], in: dir.url)
    #expect(again.stdout.contains("Ann's: 1") && again.stdout.contains("Bob's: 1") && again.stdout.contains("Anyone's: 3"), "\(again.stdout)")
    #expect(try store.quotes().filter { $0.codeKey != "all" }.map { "\($0.codeKey) \($0.speaker ?? "")" }.sorted() == speakers.sorted())
    #expect(try store.quotes().filter { $0.codeKey == "all" }.map { String($0.key.prefix(3)) }.sorted() == ["AT-", "BBJ", "CY-"])
    #expect(try store.quotes().compactMap { $0.tweet?.authorHandle }.sorted() == ["ann_t", "ann_t", "bob", "bob", "cy"])
  }

  @Test func projectFromEnvironmentAndJSONListing() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let env = ["QUIRE_PROJECT": dir.path("env.quire")]
    #expect(try CLI.run(["init"], in: dir.url, env: env).status == 0)
    #expect(FileManager.default.fileExists(atPath: dir.path("env.quire")))
    _ = try dir.write("t.txt", "Interviewer: Hi\n\nAnn Lee: I connect.\n")
    #expect(try CLI.run(["import", "t.txt", "--case", "Participant 1", "--attribute", "role=teacher"], in: dir.url, env: env).status == 0)
    let list = try CLI.run(["sources", "--json"], in: dir.url, env: env)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    #expect(json.first?["name"] as? String == "t")
    #expect(json.first?["segments"] as? Int == 2)
    for key in ["name", "kind", "format", "segments", "characters", "sha256"] { #expect(json.first?[key] != nil) }
    let store = try ProjectStore.open(at: dir.path("env.quire"))
    #expect(try store.cases().first?.attributes == ["role": "teacher"])
  }

  @Test func refiProjectsAndCodebooksThroughTheCommandLine() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let a = ["--project", dir.path("a.quire")], b = ["--project", dir.path("b.quire")]
    #expect(try CLI.run(["init"] + a, in: dir.url).status == 0)
    _ = try dir.write("t.txt", "Interviewer: Hi\n\nAnn Lee: I connect with like-minded people.\n")
    let cb = Fixtures.repository.appendingPathComponent("Codebooks/teachers-on-twitter.yml").path
    #expect(try CLI.run(["codebook", "load", cb] + a, in: dir.url).status == 0)
    #expect(try CLI.run(["import", "t.txt"] + a, in: dir.url).status == 0)
    #expect(try CLI.run(["code"] + a, in: dir.url).status == 0)
    // The codebook as .qdc, loaded into another project with its rules.
    let qdc = try CLI.run(["codebook", "export", "--format", "qdc", "--out", dir.path("cb.qdc")] + a, in: dir.url)
    #expect(qdc.status == 0, "\(qdc.stderr)")
    #expect(try CLI.run(["init"] + b, in: dir.url).status == 0)
    let load = try CLI.run(["codebook", "load", dir.path("cb.qdc")] + b, in: dir.url)
    #expect(load.status == 0 && load.stdout.contains("16 themes") && load.stdout.contains("100 rules"), "\(load.stdout)\(load.stderr)")
    #expect(try CLI.run(["export", "qdc", "--out", dir.path("cb2.qdc")] + a, in: dir.url).status == 0)
    #expect(try String(contentsOfFile: dir.path("cb2.qdc"), encoding: .utf8) == String(contentsOfFile: dir.path("cb.qdc"), encoding: .utf8))
    // The project as .qdpx (suggestions included), read back into the second project.
    let ex = try CLI.run(["export", "qdpx", "--out", dir.path("a.qdpx"), "--suggestions"] + a, in: dir.url)
    #expect(ex.status == 0, "\(ex.stderr)")
    let im = try CLI.run(["import", dir.path("a.qdpx")] + b, in: dir.url)
    #expect(im.status == 0 && im.stdout.contains("1 sources"), "\(im.stdout)\(im.stderr)")
    #expect(im.stdout.contains("16 already in the codebook"))
    // A bad project fails with exit 1, names the file, and changes nothing.
    _ = try dir.write("bad.qde", "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources><TextSource guid=\"50000000-0000-4000-8000-000000000001\"><PlainTextContent>Hi</PlainTextContent><PlainTextSelection guid=\"5E100000-0000-4000-8000-000000000001\" startPosition=\"0\" endPosition=\"99\"/></TextSource></Sources></Project>\n")
    let bad = try CLI.run(["import", dir.path("bad.qde")] + b, in: dir.url)
    #expect(bad.status == 1 && bad.stderr.contains("bad.qde:2") && bad.stderr.contains("5E100000"), "\(bad.stderr)")
    let store = try ProjectStore.open(at: dir.path("b.quire"))
    #expect(try store.sources().count == 1)
  }
}
