import ArgumentParser
import Foundation
import QuireCore
import QuireImport
import QuireStore

extension Quire {
  struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import transcripts and tweet archives (files or folders).",
      discussion: """
        Passages coded in the file with inline markup, {Connecting}…{/Connecting}, become manual
        codings by --coder (load the codebook first). Each file's format is detected from its content: plain-text or Markdown transcripts
        (speaker labels such as `J Dale:`, timestamps like [00:12:31]) and X/Twitter account
        exports (tweets.js; account.js beside it names the account). Folders are walked.
        Each file is imported in one transaction; a file imported before (same SHA-256) is
        skipped. A bad file is reported with its place and the others still import; the exit
        status is then 1.
        """)

    @OptionGroup var options: ProjectOptions

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(help: "The format, or auto to detect it: auto, text, tweets-js.")
    var format: String = "auto"

    @Option(help: "Link the file's participants (or the archive's tweets) to this case.")
    var `case`: String?

    @Option(name: .customLong("attribute"), help: "A case attribute KEY=VALUE (repeatable).")
    var attributes: [String] = []

    @Option(help: "Who made the inline codings ({Code}…{/Code}) in the files.")
    var coder: String = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "manual"

    @Option(help: "Speaker labels that mark the interviewer, comma-separated; a trailing * matches a prefix (default: Interviewer*,Researcher*,Q).")
    var interviewer: String?

    func validate() throws {
      for a in attributes where !a.contains("=") {
        throw ValidationError("--attribute takes KEY=VALUE, got '\(a)'")
      }
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      var attrs: [String: String] = [:]
      for a in attributes {
        let parts = a.split(separator: "=", maxSplits: 1).map(String.init)
        attrs[parts[0]] = parts.count > 1 ? parts[1] : ""
      }
      var importOptions = ImportOptions()
      if let interviewer {
        importOptions.interviewerLabels = interviewer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      }
      let report = try ImportRunner(store: store, options: importOptions)
        .run(paths: paths, format: format, caseName: `case`, attributes: attrs, coder: coder)
      report.print()
      if report.failed > 0 { throw ExitCode.failure }
    }
  }
}

/// Imports planned files one by one and tells what happened.
struct ImportRunner {
  let store: ProjectStore
  let options: ImportOptions

  struct Report {
    var lines: [String] = []
    var imported = 0
    var already = 0
    var failed = 0
    var skipped: [SkippedFile] = []
    var segments = 0

    func print() {
      for l in lines { Swift.print(l) }
      for s in skipped { Swift.print("skipped  \(s.path): \(s.reason)") }
      Swift.print("\(imported) imported (\(segments) segments), \(already) already in the project, \(skipped.count) skipped, \(failed) failed")
    }
  }

  func run(paths: [String], format: String, caseName: String?, attributes: [String: String], coder: String = "markup") throws -> Report {
    let plan = try ImportPlanner().plan(paths: paths, format: format)
    var report = Report()
    report.skipped = plan.skipped
    for item in plan.files {
      do {
        guard let data = FileManager.default.contents(atPath: item.url.path) else {
          throw QuireError("cannot read the file", at: SourceLocation(file: item.url.path))
        }
        let imported = try item.importer.read(url: item.url, bytes: [UInt8](data), options: options)
        for w in imported.warnings { warn("warning: \(w)") }
        switch try store.importSource(imported, caseName: caseName, attributes: attributes, coder: coder) {
        case .imported(let source, let n):
          report.imported += 1
          report.segments += n
          let inline = imported.inlineCodings.isEmpty ? "" : ", \(imported.inlineCodings.count) inline codings by \(coder)"
          report.lines.append("imported \(source.name) (\(item.importer.format), \(source.kind.rawValue), \(n) segments\(inline))")
        case .alreadyImported(let name):
          report.already += 1
          report.lines.append("unchanged \(item.url.lastPathComponent): already imported as \(name)")
        }
      } catch let e as QuireError {
        report.failed += 1
        var e = e
        if var loc = e.location, !loc.file.contains("/") {
          loc.file = item.url.path
          e.location = loc
        }
        warn(e.description)
      }
    }
    return report
  }
}
