import ArgumentParser
import Foundation
import QuireCore
import QuireExport
import QuireImport
import QuireStore

extension Quire {
  struct Cite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a chapter draft's quotes against the corpus.",
      discussion: """
        Finds every quoted passage in the chapter (Markdown, text, DOCX, ODT or HTML): text in
        quotation marks of five words or more, Markdown block quotes, and passages followed by a
        `(Name)` line. Each is looked up in the project's sources, allowing `…`/`...` ellipses,
        `[bracketed]` editorial words, curly or straight quotes and changed whitespace, and reported
        as verbatim, altered (with the words that differ) or not found; the attributed name is
        checked against the speaker. Exit status 1 when any quote is altered or not found, so it
        can guard a thesis build.
        """)

    @OptionGroup var options: ProjectOptions

    @Argument(help: "The chapter draft.")
    var chapter: String

    @Flag(help: "Print one JSON object per quote.")
    var json = false

    @Option(help: "Write the chapter's quote appendix (Markdown) here.")
    var out: String?

    @Option(help: "With --out: link each quote to its passage in this report (written by `quire report`), e.g. report.html.")
    var report: String?

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      let url = URL(fileURLWithPath: chapter)
      let bytes = try FileBytes.read(chapter)
      let text: String
      switch url.pathExtension.lowercased() {
      case "docx": text = try OfficeDocumentImporter(.docx).read(url: url, bytes: bytes, options: ImportOptions()).text
      case "odt": text = try OfficeDocumentImporter(.odt).read(url: url, bytes: bytes, options: ImportOptions()).text
      case "html", "htm": text = try HTMLImporter().read(url: url, bytes: bytes, options: ImportOptions()).text
      default: text = try TextDecoding.decode(bytes, file: url.lastPathComponent)
      }
      let quotes = QuoteChecker.quotes(inChapter: text)
      let sources = try store.sources()
      let texts = sources.map { ($0.name, $0.text) }
      let results = quotes.map { q in
        QuoteChecker.check(q, sources: texts) { s, a, b in
          let source = sources[s]
          var line = 1, lineEnd = 1
          for (i, u) in source.text.unicodeScalars.prefix(b).enumerated() where u == "\n" {
            if i < a { line += 1 }
            lineEnd += 1
          }
          let seg = try? store.segment(containing: a, in: source.id)
          let speaker = seg?.tweet.map { $0.authorName.isEmpty ? "@" + $0.authorHandle : $0.authorName } ?? seg?.speaker
          if let t = seg?.tweet { return (t.url, speaker) }
          return (Citation.lines(line, max(line, lineEnd)), speaker)
        }
      }
      if json {
        print(try jsonText(results, snakeCase: true))
      } else {
        for (n, r) in results.enumerated() {
          let head = r.quote.count > 70 ? String(r.quote.prefix(69)) + "…" : r.quote
          print("\(n + 1). \(r.status.rawValue.replacingOccurrences(of: "_", with: " "))  “\(head.replacingOccurrences(of: "\n", with: " "))”\(r.attribution.map { " (\($0))" } ?? "")  chapter line \(r.chapterLine)")
          if let s = r.source, let l = r.location { print("     \(s), \(l)\(r.speaker.map { " — \($0)" } ?? "")") }
          if r.speakerMatches == false { print("     attributed to \(r.attribution ?? "?") but spoken by \(r.speaker ?? "?")") }
          if !r.differences.isEmpty { print("     differences: \(r.differences.joined(separator: " "))") }
        }
        let bad = results.filter { $0.status != .verbatim }.count
        print("\(results.count) quotes: \(results.count - bad) verbatim, \(results.filter { $0.status == .altered }.count) altered, \(results.filter { $0.status == .not_found }.count) not found")
      }
      if let out {
        var md = "# Quotes in \(url.lastPathComponent)\n\n"
        let byName = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for (n, r) in results.enumerated() {
          md += "\(n + 1). “\(r.quote.replacingOccurrences(of: "\n", with: " "))”"
          md += r.attribution.map { " (\($0))" } ?? ""
          if let name = r.source, let source = byName[name], let a = r.start, let b = r.end {
            // The exact place: the passage in the report (by its stable key), or the post itself.
            let key = try store.quoteKey(sourceID: source.id, start: a, end: b)
            let place = "\(name), \(r.location ?? "")"
            if let report, let key {
              md += " — [\(place)](\(report)#ctx-\(key)) (\(key))"
            } else if let loc = r.location, loc.hasPrefix("http") {
              md += " — [\(name)](\(loc))\(key.map { " (\($0))" } ?? "")"
            } else {
              md += " — \(place), characters \(a)–\(b)\(key.map { " (\($0))" } ?? "")"
            }
          } else {
            md += r.source.map { " — \($0), \(r.location ?? "")" } ?? " — not found in the corpus"
          }
          md += r.status == .altered ? " *(altered: \(r.differences.joined(separator: " ")))*" : ""
          md += "\n"
        }
        try AtomicWrite.write(md, to: out)
        warn("Wrote \(out)")
      }
      if results.contains(where: { $0.status != .verbatim }) { throw ExitCode.failure }
    }
  }
}
