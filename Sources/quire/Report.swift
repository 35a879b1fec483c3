import ArgumentParser
import Foundation
import QuireCore
import QuireExport
import QuireStore

extension Quire {
  struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a citation-linked report: codebook, counts, quotes, passages in context.",
      discussion: """
        A single HTML file that works offline and prints well. Every quote's citation links to the
        passage shown in context (the neighbouring turns or tweets, matched words highlighted),
        and back. The same report in Markdown (Pandoc anchors), LaTeX (hyperref targets and
        links; pdflatex or xelatex) or DOCX (bookmarks and internal hyperlinks) with --format.
        """)

    @OptionGroup var options: ProjectOptions

    @Option(help: "The report format: html, markdown (Pandoc), latex or docx; with --appendix, markdown or latex.")
    var format: String = "html"

    @Flag(help: "Write the thesis quote appendix (numbered by stable quote keys) instead of the report.")
    var appendix = false

    @Option(help: "With --appendix: also write a BibTeX file of the quoted sources here.")
    var bib: String?

    @Option(help: "The report file.")
    var out: String

    @Option(help: "Which codings: suggested, accepted or all (default: suggested and accepted).")
    var status: String?

    @Option(help: "The report's title.")
    var title: String?

    @Option(help: "A CSV of `real,pseudonym` rows: names, handles (@name) and mentions are replaced in the report, never in the project.")
    var pseudonyms: String?

    func validate() throws {
      if appendix {
        guard ["markdown", "md", "latex", "tex"].contains(format) else { throw ValidationError("--appendix writes markdown or latex") }
      } else {
        guard ["html", "markdown", "md", "latex", "tex", "docx"].contains(format) else {
          throw ValidationError("--format must be html, markdown, latex or docx; --appendix writes markdown or latex")
        }
        if bib != nil { throw ValidationError("--bib goes with --appendix") }
      }
      if let status, !["suggested", "accepted", "all"].contains(status) {
        throw ValidationError("--status must be suggested, accepted or all")
      }
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      var filter = QuoteFilter()
      if let status {
        filter.statuses = status == "all" ? Set(CodingStatus.allCases) : [CodingStatus(rawValue: status) ?? .suggested]
      }
      if appendix {
        let quotes = try loadPseudonyms(pseudonyms).apply(try store.quotes(filter))
        let exporter = AppendixExporter(title: title ?? "Appendix: quotes by theme")
        try AtomicWrite.write(format.hasPrefix("la") || format == "tex" ? exporter.latex(quotes) : exporter.markdown(quotes), to: out)
        if let bib { try AtomicWrite.write(exporter.bibtex(quotes), to: bib) }
        print("Wrote \(out)\(bib.map { " and \($0)" } ?? ""): \(Set(quotes.map(\.key)).count) quotes")
        return
      }
      let data = try ReportBuilder.data(store: store, filter: filter, title: title, pseudonyms: try loadPseudonyms(pseudonyms))
      switch format {
      case "html": try AtomicWrite.write(HTMLReport().render(data), to: out)
      case "markdown", "md": try AtomicWrite.write(ReportDocument(data).markdown(), to: out)
      case "latex", "tex": try AtomicWrite.write(ReportDocument(data).latex(), to: out)
      default: try AtomicWrite.write(data: try ReportDocument(data).docx(), to: out)
      }
      print("Wrote \(out): \(data.quotes.count) quotes under \(data.codebook.themes.count) themes")
    }
  }
}

/// Reads a pseudonym mapping, or none.
func loadPseudonyms(_ path: String?) throws -> Pseudonyms {
  guard let path else { return Pseudonyms(pairs: []) }
  guard let data = FileManager.default.contents(atPath: path) else {
    throw QuireError("cannot read the pseudonym file", at: SourceLocation(file: path))
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw QuireError("the pseudonym file is not UTF-8", at: SourceLocation(file: path))
  }
  return try Pseudonyms.parse(csv: text, file: (path as NSString).lastPathComponent)
}

/// Gathers a report's data from the project.
enum ReportBuilder {
  static func html(store: ProjectStore, filter: QuoteFilter, title: String?, pseudonyms: Pseudonyms = Pseudonyms(pairs: [])) throws -> (text: String, quotes: Int, themes: Int) {
    let data = try data(store: store, filter: filter, title: title, pseudonyms: pseudonyms)
    return (HTMLReport().render(data), data.quotes.count, data.codebook.themes.count)
  }

  static func data(store: ProjectStore, filter: QuoteFilter, title: String?, pseudonyms: Pseudonyms = Pseudonyms(pairs: [])) throws -> ReportData {
    guard let codebook = try store.codebook() else {
      throw QuireError("the project has no codebook yet: run `quire codebook load FILE.yml`")
    }
    let quotes = pseudonyms.apply(try store.quotes(filter))
    var firsts: [Quote] = []
    var seen = Set<String>()
    for q in quotes where seen.insert(q.key).inserted { firsts.append(q) }
    let found = try store.contexts(for: firsts.map { ($0.sourceID, $0.start, $0.end) })
    var contexts: [String: PassageContext] = [:]
    for (q, c) in zip(firsts, found) { contexts[q.key] = pseudonyms.pairs.isEmpty ? c : pseudonyms.apply(c) }
    let built = try MatrixBuilder.build(store: store, by: ["cooccurrence", "case"])
    let co = built[0], cases = built[1]
    var matrices = [
      ReportMatrix(
        id: "cooccurrence", title: "Co-occurrence of themes",
        note: "Coding units (turns, paragraphs, sentences or tweets) coded with both themes; the diagonal counts the units coded with each theme.",
        rows: co.rows, columns: co.columns, counts: co.counts)
    ]
    if !cases.columns.isEmpty {
      matrices.append(
        ReportMatrix(
          id: "by-case", title: "Themes by case", note: "Coding units of each participant or account coded with each theme.",
          rows: cases.rows, columns: cases.columns.map(pseudonyms.apply), counts: cases.counts))
    }
    let data = ReportData(
      title: title ?? "\(codebook.name): coded quotes", codebook: codebook, quotes: quotes, contexts: contexts,
      sourceCount: try store.sources().count, generatedAt: ISO8601DateFormatter().string(from: Date()), matrices: matrices)
    return data
  }
}
