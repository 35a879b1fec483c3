import ArgumentParser
import Foundation
import QuireCoding
import QuireCore
import QuireExport
import QuireImport
import QuireStore

extension Quire {
  struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the whole pipeline on the sample corpus.",
      discussion: """
        Builds a fresh project in DIR from Corpus/ (interviews, tweet archives, cases.csv) and
        Codebooks/teachers-on-twitter.yml, codes it, and writes quotes.csv, quotes.md,
        quotes.json and report.html there. Corpus/ is looked for in the current folder and
        its parents, then beside the quire executable.
        """)

    @Option(help: "The folder to write the demo project and its outputs to.")
    var out: String = "demo-out"

    @Option(help: "The sample corpus folder (default: Corpus/ of this repository).")
    var corpus: String?

    @Option(help: "The codebook (default: Codebooks/teachers-on-twitter.yml).")
    var codebook: String?

    func run() async throws {
      let fm = FileManager.default
      guard let root = corpus.map({ URL(fileURLWithPath: $0).deletingLastPathComponent() }) ?? Self.repositoryRoot() else {
        throw QuireError("cannot find Corpus/: run the demo from the Quire repository, or pass --corpus DIR and --codebook FILE")
      }
      let corpusDir = corpus ?? root.appendingPathComponent("Corpus").path
      let codebookFile = codebook ?? root.appendingPathComponent("Codebooks/teachers-on-twitter.yml").path
      try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
      let projectPath = (out as NSString).appendingPathComponent("demo.quire")
      for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: projectPath + suffix) {
        try fm.removeItem(atPath: projectPath + suffix)
      }
      let store = try ProjectStore.create(at: projectPath)
      let report = try ImportRunner(store: store, options: ImportOptions())
        .run(paths: [corpusDir], format: "auto", caseName: nil, attributes: [:])
      if !report.failed.isEmpty {
        throw QuireError("\(report.failed.count) corpus file(s) failed to import")
      }
      let casesFile = (corpusDir as NSString).appendingPathComponent("cases.csv")
      if fm.fileExists(atPath: casesFile) {
        _ = try store.loadCases(try CasesFile.read(url: URL(fileURLWithPath: casesFile)))
      }
      let cb = try CodebookLoader.load(path: codebookFile)
      try store.saveCodebook(cb, file: (codebookFile as NSString).lastPathComponent)
      let summary = try Coder.run(store: store, unit: nil, coder: "rules", dryRun: false)
      let quotes = try store.quotes()
      let csv = (out as NSString).appendingPathComponent("quotes.csv")
      let md = (out as NSString).appendingPathComponent("quotes.md")
      let json = (out as NSString).appendingPathComponent("quotes.json")
      let html = (out as NSString).appendingPathComponent("report.html")
      try AtomicWrite.write(CSVExporter().export(quotes), to: csv)
      try AtomicWrite.write(MarkdownExporter(title: "Quotes — \(cb.name)").export(quotes), to: md)
      try AtomicWrite.write(JSONExporter().export(quotes), to: json)
      try AtomicWrite.write(try ReportBuilder.html(store: store, filter: QuoteFilter(), title: nil).text, to: html)
      let interviews = try store.sources().filter { $0.kind == .interview }.count
      let archives = try store.sources().filter { $0.kind == .tweets }.count
      print("Imported \(report.imported) sources (\(interviews) interviews, \(archives) tweet archives; \(report.segments) segments)")
      print(summary)
      print("""

        Wrote:
          \(projectPath)   the project (open it with --project)
          \(csv)
          \(md)
          \(json)
          \(html)   open it in a browser
        """)
    }

    /// The folder holding Corpus/ and Codebooks/: the current folder or a parent, else the
    /// repository the executable was built in (.build/debug/quire).
    static func repositoryRoot() -> URL? {
      let fm = FileManager.default
      var dir = URL(fileURLWithPath: fm.currentDirectoryPath)
      for _ in 0..<6 {
        if fm.fileExists(atPath: dir.appendingPathComponent("Corpus").path),
          fm.fileExists(atPath: dir.appendingPathComponent("Codebooks").path)
        {
          return dir
        }
        dir = dir.deletingLastPathComponent()
      }
      var exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      for _ in 0..<6 {
        exe = exe.deletingLastPathComponent()
        if fm.fileExists(atPath: exe.appendingPathComponent("Corpus").path) { return exe }
      }
      return nil
    }
  }
}
