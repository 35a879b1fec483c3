import Foundation
import Testing

@testable import QuireCore
@testable import QuireExport
@testable import QuireImport
@testable import QuireStore
@testable import QuireXML

/// The report in Markdown, LaTeX and DOCX: every link resolves, the real consumers read it.
@Suite struct ReportDocumentTests {
  func report() throws -> (ReportDocument, TempDir) {
    let (q, cb, store, dir) = try ExporterTests().quotes()
    var contexts: [String: PassageContext] = [:]
    for quote in q where contexts[quote.key] == nil {
      contexts[quote.key] = try store.context(sourceID: quote.sourceID, start: quote.start, end: quote.end)
    }
    let matrix = ReportMatrix(id: "cooccurrence", title: "Co-occurrence", note: "Units coded with both.", rows: ["A", "B"], columns: ["A", "B"], counts: [[2, 1], [1, 3]])
    let data = ReportData(
      title: "Report & <test>", codebook: cb, quotes: q, contexts: contexts, sourceCount: 2, generatedAt: "2026-01-01T00:00:00Z",
      matrices: [matrix])
    return (ReportDocument(data), dir)
  }

  @Test func everyLinkHasItsAnchorAndEveryQuoteLinksBothWays() throws {
    let (doc, dir) = try report()
    defer { dir.cleanup() }
    let (defined, linked) = doc.anchors
    #expect(!linked.isEmpty)
    #expect(linked.subtracting(defined).isEmpty, "unresolved: \(linked.subtracting(defined))")
    #expect(defined.contains { $0.hasPrefix("ctx-") } && linked.contains { $0.hasPrefix("q-") })
  }

  /// Pseudonyms can shorten a quote under its evidence offsets: marks are clamped, never a crash.
  @Test func marksOutsideTheTextAreClamped() {
    #expect(ReportDocument.marked("abc", spans: [5..<9]) == [.text("abc")])
    #expect(ReportDocument.marked("abcdef", spans: [4..<20]) == [.text("abcd"), .mark("ef")])
  }

  @Test func markdownGoldenWithPandocAnchors() throws {
    let (doc, dir) = try report()
    defer { dir.cleanup() }
    let md = doc.markdown()
    try assertSnapshot(md, named: "report.md")
    // Links and anchors agree in the text itself.
    let links = Set(md.matches(of: /\]\(#([^)]+)\)/).map { String($0.1) })
    let ids = Set(md.matches(of: /\{#([^}]+)\}/).map { String($0.1) })
    #expect(!links.isEmpty && links.subtracting(ids).isEmpty)
    // A mention would be a Pandoc citation, a leading # a heading: both escaped.
    #expect(md.contains("\\@samray"))
    #expect(!md.contains("\n@") && !md.contains("> @"))
  }

  @Test func latexLinksResolveAndItCompiles() throws {
    let (doc, dir) = try report()
    defer { dir.cleanup() }
    let tex = doc.latex()
    let links = Set(tex.matches(of: /\\hyperlink\{([^}]+)\}/).map { String($0.1) })
    let targets = Set(tex.matches(of: /\\hypertarget\{([^}]+)\}/).map { String($0.1) })
    #expect(!links.isEmpty && links.subtracting(targets).isEmpty)
    #expect(tex.contains("\\title{Report \\& \\textless{}test\\textgreater{}}"))
    for engine in ["pdflatex", "xelatex"] where FileManager.default.isExecutableFile(atPath: "/usr/bin/\(engine)") {
      _ = try dir.write("r-\(engine).tex", tex)
      for _ in 0..<2 {
        #expect(try runTool(engine, ["-interaction=nonstopmode", "-halt-on-error", "r-\(engine).tex"], in: dir.url) == 0, "\(engine) failed")
      }
      let log = (try? String(contentsOfFile: dir.path("r-\(engine).log"), encoding: .utf8)) ?? ""
      #expect(!log.contains("has been referenced but does not exist"), "\(engine): a link without its target")
    }
  }

  @Test func docxHasBookmarksForEveryInternalLink() throws {
    let (doc, dir) = try report()
    defer { dir.cleanup() }
    let data = try doc.docx()
    let zip = try SafeZip(bytes: [UInt8](data), file: "r.docx")
    let xml = try #require(try zip.read("word/document.xml"))
    let tree = try #require(try XMLDoc(xml: xml, file: "document.xml").tree)
    let bookmarks = Set(tree.descendants("bookmarkStart").compactMap { $0.attributes["name"] })
    let anchors = Set(tree.descendants("hyperlink").compactMap { $0.attributes["anchor"] })
    #expect(!anchors.isEmpty && anchors.subtracting(bookmarks).isEmpty)
    #expect(bookmarks.allSatisfy { $0.count <= 40 && $0.first!.isLetter && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
    // Bookmark ids are unique and every start has its end.
    let ids = tree.descendants("bookmarkStart").compactMap { $0.attributes["id"] }
    #expect(Set(ids).count == ids.count && tree.descendants("bookmarkEnd").count == ids.count)
    #expect(try zip.read("word/styles.xml").map { String(decoding: $0, as: UTF8.self).contains("w:styleId=\"Hyperlink\"") } == true)
    // An independent reader opens it.
    if DOCXExporterTests.hasPythonDocx {
      let path = dir.path("r.docx")
      try data.write(to: URL(fileURLWithPath: path))
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["python3", "-c", "import docx,sys; d=docx.Document(sys.argv[1]); print(sum(1 for p in d.paragraphs if p.style.name.startswith('Heading')))", path]
      let out = Pipe()
      p.standardOutput = out
      try p.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      #expect(p.terminationStatus == 0 && (Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 5)
    }
  }

  @Test func codebookTableAsWord() throws {
    let (_, cb, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    let data = try CodebookTableExporter(codebook: cb, counts: ["connecting": 2]).docx()
    let zip = try SafeZip(bytes: [UInt8](data), file: "cb.docx")
    let xml = try #require(try zip.read("word/document.xml"))
    let tree = try #require(try XMLDoc(xml: xml, file: "document.xml").tree)
    let rows = tree.descendants("tr")
    #expect(rows.count == cb.themes.count + 1)
    #expect(rows.first?.descendants("tblHeader").count == 1)
    #expect(rows[1].text.contains("Connecting") && rows[1].text.contains("Links with other teachers.") && rows[1].text.hasSuffix("2"))
    #expect(rows[2].text.contains("Reciprocity"))
  }
}

/// A golden file for every export format, so any change to what we write is seen and reviewed.
@Suite struct GoldenExportTests {
  @Test func everyQuoteTableFormat() throws {
    let (q, cb, _, dir) = try ExporterTests().quotes()
    defer { dir.cleanup() }
    try assertSnapshot(CSVExporter(separator: "\t").export(q), named: "quotes.tsv")
    try assertSnapshot(JSONExporter().export(q), named: "quotes.json")
    try assertSnapshot(HTMLTableExporter(title: "Quotes — Golden").export(q), named: "quotes.html")
    try assertSnapshot(LaTeXExporter(title: "Quotes — Golden", standalone: true).export(q), named: "quotes.tex")
    try assertSnapshot(DOCXExporter(title: "Quotes — Golden").documentXML(q), named: "quotes-docx-document.xml")
    let table = CodebookTableExporter(codebook: cb, counts: ["connecting": 2, "reciprocity": 2, "f2f": 1])
    try assertSnapshot(table.markdown(), named: "codebook.md")
    try assertSnapshot(table.latex(), named: "codebook.tex")
    try assertSnapshot(table.html(), named: "codebook.html")
    let appendix = AppendixExporter(title: "Appendix")
    try assertSnapshot(appendix.markdown(q), named: "appendix.md")
    try assertSnapshot(appendix.latex(q), named: "appendix.tex")
    try assertSnapshot(appendix.bibtex(q), named: "appendix.bib")
  }

  @Test func reportInLaTeX() throws {
    let (doc, dir) = try ReportDocumentTests().report()
    defer { dir.cleanup() }
    try assertSnapshot(doc.latex(), named: "report.tex")
  }
}
