import Foundation
import Testing

@testable import QuireCoding
@testable import QuireCore
@testable import QuireExport
@testable import QuireImport
@testable import QuireStore

let goldenCodebook = """
  name: Golden
  themes:
    - name: Connecting
      key: connecting
      speaker: participants
      definition: Links with other teachers.
      rules: ["connect*", "you need to speak to"]
      children:
        - name: Reciprocity
          key: reciprocity
          rules: [{all: ["follow*", "back"]}, "#edchat"]
    - name: Face-to-face
      key: f2f
      rules: [{near: ["meet*", "face to face"], within: 3}]
  """

@Suite struct ExporterTests {
  /// A CSV cell is quoted exactly when it holds a quote, the separator or a line break, with
  /// its quotes doubled, wherever in the cell (and in its eight-byte words) they fall.
  @Test func csvCellsQuotedWhereverTheSpecialBytesFall() {
    let pieces = ["a", "é", "\"", ",", ";", "\n", "\r", " ", "😀", "text", "=1"]
    var generator = SystemRandomNumberGenerator()
    for separator in [",", ";"] as [Character] {
      let exporter = CSVExporter(separator: separator)
      for length in 0..<40 {
        var cell = ""
        for _ in 0..<length { cell += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
        var out: [UInt8] = []
        exporter.appendField(cell, formulaGuard: false, to: &out)
        let quoted = cell.contains("\"") || cell.contains(separator) || cell.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
        let expected = quoted ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        #expect(String(decoding: out, as: UTF8.self) == expected, "\(cell.debugDescription)")
      }
    }
  }

  /// A project with one interview and one archive, coded: the quotes every exporter test uses.
  func quotes() throws -> ([Quote], Codebook, ProjectStore, TempDir) {
    let dir = try TempDir()
    let store = try ProjectStore.create(at: dir.path("g.quire"))
    for url in [Fixtures.url("golden-interview.txt"), Fixtures.url("archive/data/tweets.js")] {
      let bytes = [UInt8](try Data(contentsOf: url))
      let importer: any Importer = url.pathExtension == "js" ? TweetsJSImporter() : PlainTranscriptImporter()
      _ = try store.importSource(try importer.read(url: url, bytes: bytes, options: ImportOptions()))
    }
    try codeEverySource(store, yaml: goldenCodebook, file: "golden.yml")
    return (try store.quotes(), try CodebookLoader.parse(yaml: goldenCodebook, file: "golden.yml"), store, dir)
  }

  @Test func csvGolden() throws {
    let (q, _, _, dir) = try quotes()
    defer { dir.cleanup() }
    try assertSnapshot(CSVExporter().export(q), named: "quotes.csv")
  }

  @Test func markdownGolden() throws {
    let (q, _, _, dir) = try quotes()
    defer { dir.cleanup() }
    try assertSnapshot(MarkdownExporter(title: "Quotes — Golden").export(q), named: "quotes.md")
  }

  @Test func csvIsRFC4180AndGuardsFormulas() throws {
    let (q, _, _, dir) = try quotes()
    defer { dir.cleanup() }
    let csv = CSVExporter().export(q)
    #expect(csv.hasPrefix("key,code,code_path,quote,speaker,attribution,source,location,citation,"))
    #expect(csv.contains("\"'-We meet face to face"))
    #expect(csv.contains("'@samray you need to speak to"))
    #expect(!CSVExporter(raw: true).export(q).contains("'@samray"))
    #expect(CSVExporter(excel: true).export(q).hasPrefix("\u{FEFF}key,"))
    // Every record has the header's number of fields.
    let rows = parseCSV(csv)
    #expect(rows.count == q.count + 1)
    #expect(rows.allSatisfy { $0.count == QuoteColumn.standard.count })
    #expect(rows[1][3] == q[0].text)
  }

  @Test func jsonHasTheDesignFields() throws {
    let (q, _, _, dir) = try quotes()
    defer { dir.cleanup() }
    let data = Data(JSONExporter().export(q).utf8)
    let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(array.count == q.count)
    for key in ["key", "code", "text", "source", "speaker", "start", "end", "location", "citation", "status", "coder", "origin"] {
      #expect(array.allSatisfy { $0[key] != nil }, "field \(key)")
    }
  }

  @Test func quotesAreVerbatimAndKeysStable() throws {
    let (q, _, store, dir) = try quotes()
    defer { dir.cleanup() }
    let sources = Dictionary(uniqueKeysWithValues: try store.sources().map { ($0.id, $0.text) })
    for quote in q {
      #expect(sources[quote.sourceID]?.contains(quote.text) == true)
    }
    let interview = q.filter { $0.sourceKind == .interview }
    #expect(interview.first?.citation == "(Ana Sofía Ruiz, Interview 1, [00:00:10])")
    #expect(interview.first?.location == "[00:00:10], lines 6–7")
    let tweet = try #require(q.first { $0.sourceKind == .tweets })
    #expect(tweet.citation.hasPrefix("Osei, K. [@kim_teaches]. (2019, May 3). @samray you need to speak to Jo & Lee"))
  }

  @Test func htmlReportLinksResolveAndTextIsEscaped() throws {
    let (q, cb, store, dir) = try quotes()
    defer { dir.cleanup() }
    var contexts: [String: PassageContext] = [:]
    for x in q { contexts[x.key] = try store.context(sourceID: x.sourceID, start: x.start, end: x.end) }
    let html = HTMLReport().render(ReportData(title: "Golden <report>", codebook: cb, quotes: q, contexts: contexts, sourceCount: 2, generatedAt: "now"))
    #expect(html.contains("<title>Golden &lt;report&gt;</title>"))
    #expect(html.contains("&lt;b&gt;really&lt;/b&gt;"))
    #expect(!html.contains("<b>really</b>"))
    let ids = Set(matches(of: ##"id="([^"]+)""##, in: html))
    let targets = matches(of: ##"href="#([^"]+)""##, in: html)
    #expect(!targets.isEmpty)
    for t in targets { #expect(ids.contains(t), "dangling link #\(t)") }
    // Every quote links to its passage in context and back.
    for x in q {
      #expect(html.contains("href=\"#ctx-\(HTML.anchor(x.key))\""))
      #expect(html.contains("href=\"#q-\(HTML.anchor(x.key))-\(HTML.anchor(x.codeKey))\""))
    }
    #expect(html.contains("<mark>connect</mark>"))
  }

  @Test func htmlHighlightMergesOverlaps() {
    #expect(HTML.highlight("a <b> c", spans: [0..<1, 2..<5, 3..<4]) == "<mark>a</mark> <mark>&lt;b&gt;</mark> c")
  }

  @Test func markdownEscapesCells() {
    let md = MarkdownExporter(title: "t")
    #expect(md.escape("a|b\nc *d*") == "a\\|b<br>c \\*d\\*")
  }

  @Test func atomicWriteReplacesWholeFiles() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let path = dir.path("out.csv")
    try AtomicWrite.write("one", to: path)
    try AtomicWrite.write("two", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["out.csv"])
    #expect(throws: QuireError.self) { try AtomicWrite.write("x", to: dir.path("missing/out.csv")) }
  }

  @Test func streamedWriteThatFailsLeavesTheOldFile() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let path = dir.path("out.csv")
    try AtomicWrite.write("old", to: path)
    struct Stop: Error {}
    #expect(throws: Stop.self) {
      try AtomicWrite.stream(to: path) { emit in
        try Array("half".utf8).withUnsafeBytes { try emit($0) }
        throw Stop()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["out.csv"])
    try AtomicWrite.stream(to: path) { emit in
      for piece in ["a", "b", "c"] { try Array(piece.utf8).withUnsafeBytes { try emit($0) } }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "abc")
  }

  @Test func csvInPiecesIsTheSameTable() throws {
    let (q, _, _, dir) = try quotes()
    defer { dir.cleanup() }
    let whole = CSVExporter().exportBytes(q)
    var pieces: [UInt8] = []
    var count = 0
    CSVExporter().export(q, chunk: 64) { pieces += $0; count += 1 }
    #expect(pieces == whole)
    #expect(count > 1)
    #expect(String(decoding: whole, as: UTF8.self) == CSVExporter().export(q))
  }
}

func matches(of pattern: String, in text: String) -> [String] {
  guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
  let ns = text as NSString
  return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
}

/// A small RFC 4180 reader for checking our own output.
func parseCSV(_ s: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var quoted = false
  var chars = Array(s)
  if chars.first == "\u{FEFF}" { chars.removeFirst() }
  var i = 0
  while i < chars.count {
    let c = chars[i]
    if quoted {
      if c == "\"" {
        if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
      } else { field.append(c) }
    } else if c == "\"" {
      quoted = true
    } else if c == "," {
      row.append(field); field = ""
    } else if c == "\r\n" || c == "\n" {
      row.append(field); field = ""; rows.append(row); row = []
    } else {
      field.append(c)
    }
    i += 1
  }
  if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
  return rows
}

@Suite struct MoreExporterTests {
  @Test func htmlTableEscapesAndGroupsByTheme() throws {
    let (q, _, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let html = HTMLTableExporter(title: "Quotes <x>").export(q)
    #expect(html.contains("<title>Quotes &lt;x&gt;</title>"))
    #expect(html.contains("&lt;b&gt;really&lt;/b&gt;") && !html.contains("<b>really</b>"))
    #expect(html.components(separatedBy: "<table>").count - 1 == Set(q.map(\.codeKey)).count)
  }

  @Test func presenceMatrixHasOneRowPerPassage() throws {
    let (q, cb, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let csv = PresenceMatrixExporter(codes: cb.themes.map { ($0.key, $0.name) }).export(q)
    let rows = parseCSV(csv)
    #expect(rows[0] == ["key", "source", "speaker", "location", "quote", "Connecting", "Reciprocity", "Face-to-face"])
    #expect(rows.count - 1 == Set(q.map(\.key)).count)
    let first = try #require(rows.first { $0.first == "ASR-01.01" })
    #expect(Array(first.suffix(3)) == ["1", "1", "0"])
  }

  @Test func codebookTable() throws {
    let cb = try CodebookLoader.parse(yaml: goldenCodebook, file: "g.yml")
    let t = CodebookTableExporter(codebook: cb, counts: ["connecting": 2])
    let md = t.markdown()
    #expect(md.contains("| Connecting | Links with other teachers. |  |  |  | 2 |"))
    #expect(md.contains("| ↳ Reciprocity |"))
    #expect(t.html().contains("<th scope=\"row\" class=\"child\">Reciprocity</th>"))
    let tex = t.latex()
    #expect(tex.contains("Connecting & Links with other teachers. &  &  &  & 2 \\\\"))
    #expect(tex.contains("\\quad Reciprocity"))
  }
}

@Suite struct LaTeXExporterTests {
  @Test func escapesEverySpecialCharacter() {
    #expect(LaTeXExporter.escape(##"\ { } $ & # ^ _ % ~"##) == ##"\textbackslash{} \{ \} \$ \& \# \textasciicircum{} \_ \% \textasciitilde{}"##)
    #expect(LaTeXExporter.escape("a\nb") == "a\\newline{}b")
  }

  @Test func standaloneDeclaresCharactersPDFLaTeXLacks() throws {
    let (q, _, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let tex = LaTeXExporter(title: "T & Q", standalone: true).export(q)
    #expect(LaTeXExporter.unknownToPDFLaTeX(["a 🙌 b—c “d” 石"]) == ["石", "🙌"])
    #expect(tex.contains("\\begin{longtable}") && tex.contains("\\endhead"))
    #expect(tex.contains("\\title{T \\& Q}"))
  }

  static var hasPDFLaTeX: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/pdflatex") }

  /// The real consumer: pdflatex must build the document without an error.
  @Test(.enabled(if: hasPDFLaTeX)) func compilesWithPDFLaTeX() throws {
    let (q, _, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    _ = try dir.write("q.tex", LaTeXExporter(title: "Quotes", standalone: true).export(q))
    #expect(try runTool("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "q.tex"], in: dir.url) == 0)
    #expect(FileManager.default.fileExists(atPath: dir.path("q.pdf")))
  }
}

@Suite struct AppendixTests {
  @Test func appendixLabelsQuotesByKeyAndCitesTheirSources() throws {
    let (q, _, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let a = AppendixExporter(title: "Appendix")
    let md = a.markdown(q)
    #expect(md.contains("**ASR-01.01** []{#q-ASR-01.01}"))
    #expect(md.contains("[@interview01]") && md.contains("[@tweet1130000000000000002]"))
    let tex = a.latex(q)
    #expect(tex.contains("\\label{q:ASR-01.01}") && tex.contains("\\cite{interview01}"))
    let bib = a.bibtex(q)
    #expect(bib.contains("@misc{interview01,") && bib.contains("@misc{tweet1130000000000000002,"))
    // Each post is its own APA 7 entry: author with handle, date, first words [Tweet], X, URL.
    #expect(bib.contains("[Tweet]},") && bib.contains("howpublished = {X},") && bib.contains("url = {https://"))
    // A passage coded with two themes appears under both but is labelled once.
    #expect(tex.components(separatedBy: "\\label{q:KO-02.01}").count - 1 == 1)
    #expect(tex.components(separatedBy: "\\item[\\texttt{KO-02.01}]").count - 1 == 2)
  }

  /// The real consumers: pdflatex and bibtex build a document that inputs the appendix.
  @Test(.enabled(if: LaTeXExporterTests.hasPDFLaTeX && FileManager.default.isExecutableFile(atPath: "/usr/bin/bibtex")))
  func appendixBuildsWithPDFLaTeXAndBibTeX() throws {
    let (q, _, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let a = AppendixExporter(title: "Appendix")
    _ = try dir.write("app.tex", a.latex(q))
    _ = try dir.write("sources.bib", a.bibtex(q))
    _ = try dir.write("main.tex", "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\begin{document}\n\\input{app}\n\\bibliographystyle{plain}\n\\bibliography{sources}\n\\end{document}\n")
    func run(_ tool: String, _ args: [String]) throws -> Int32 { try runTool(tool, args, in: dir.url) }
    #expect(try run("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "main.tex"]) == 0)
    #expect(try run("bibtex", ["main"]) == 0)
    #expect(try run("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "main.tex"]) == 0)
    let bbl = try String(contentsOfFile: dir.path("main.bbl"), encoding: .utf8)
    #expect(bbl.contains("\\bibitem{interview01}"))
  }
}

@Suite struct DOCXExporterTests {
  @Test func wordTableReadsBackThroughOurDOCXImporter() throws {
    let (q, _, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let data = try DOCXExporter(title: "Quotes <&>").export(q)
    let url = dir.url.appendingPathComponent("q.docx")
    try data.write(to: url)
    let back = try OfficeDocumentImporter(.docx).read(url: url, bytes: [UInt8](data), options: ImportOptions())
    #expect(back.text.hasPrefix("Quotes <&>"))
    for quote in q { #expect(back.text.contains(quote.key)) }
    #expect(back.text.contains("<b>really</b>"))  // text, escaped in the XML and read back as text
    let xml = DOCXExporter(title: "t").documentXML(q)
    #expect(xml.contains("<w:tblHeader/>"))
  }

  static var hasPythonDocx: Bool { pythonHas("docx") }

  /// An independent reader of Word files (python-docx) opens the document and finds the tables.
  @Test(.enabled(if: hasPythonDocx)) func pythonDocxOpensIt() throws {
    let (q, _, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let path = dir.path("q.docx")
    try DOCXExporter(title: "Quotes").export(q).write(to: URL(fileURLWithPath: path))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import docx,sys; d=docx.Document(sys.argv[1]); print(len(d.tables)); print(d.tables[0].rows[0].cells[0].text)", path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(text == "\(Set(q.map(\.codeKey)).count)\nKey\n")
  }
}

@Suite struct CSVTableTests {
  @Test func cellsAreQuotedAndGuardedLikeQuoteTables() {
    let csv = CSVTable.render(header: ["code", "a,b"], rows: [["=SUM(A1)", "say \"hi\""], ["plain", "line\nbreak"]])
    #expect(csv == "code,\"a,b\"\r\n'=SUM(A1),\"say \"\"hi\"\"\"\r\nplain,\"line\nbreak\"\r\n")
    #expect(CSVTable.render(header: ["x", "y"], rows: [["1", "2"]], separator: "\t") == "x\ty\r\n1\t2\r\n")
    // With tabs between cells, a line break, a quote or a tab still calls for quoting; a comma
    // does not.
    #expect(
      CSVTable.render(header: ["a"], rows: [["x\ny"], ["say \"hi\""], ["t\tu"], ["c,d"], ["-1"]], separator: "\t")
        == "a\r\n\"x\ny\"\r\n\"say \"\"hi\"\"\"\r\n\"t\tu\"\r\nc,d\r\n'-1\r\n")
    // Non-ASCII text passes through untouched, quoted only for what it holds.
    #expect(CSVTable.render(header: ["é"], rows: [["日本語, “x”"]]) == "é\r\n\"日本語, “x”\"\r\n")
  }
}

