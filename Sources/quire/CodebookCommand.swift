import ArgumentParser
import Foundation
import QuireCoding
import QuireCore
import QuireExport
import QuireREFI
import QuireStore

extension Quire {
  struct CodebookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "codebook",
      abstract: "Load or show the project's codebook.",
      subcommands: [Load.self, Show.self, Export.self])

    struct Export: AsyncParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Write the codebook as the table a methods chapter shows.",
        discussion: "Theme, definition, when to use, when not to use, an example, and how many passages it coded.")

      @OptionGroup var options: ProjectOptions

      @Option(help: "markdown, html, latex, docx (the table for a methods chapter), qdc (REFI-QDA, for NVivo, ATLAS.ti, MAXQDA, QualCoder) or yaml (Quire's own, to edit and load again).")
      var format: String = "markdown"

      @Option(help: "Write to this file instead of stdout.")
      var out: String?

      func validate() throws {
        guard ["markdown", "md", "html", "latex", "tex", "docx", "qdc", "yaml", "yml"].contains(format) else {
          throw ValidationError("--format must be markdown, html, latex, docx, qdc or yaml")
        }
        if format == "docx" && out == nil {
          throw ValidationError("--format docx needs --out FILE.docx")
        }
      }

      func run() async throws {
        let store = try ProjectStore.open(at: options.path)
        guard let codebook = try store.codebook() else {
          throw QuireError("the project has no codebook yet: run `quire codebook load FILE.yml`")
        }
        var counts: [String: Int] = [:]
        for (k, v) in try store.codingCounts() { counts[k] = (v[.suggested] ?? 0) + (v[.accepted] ?? 0) }
        let table = CodebookTableExporter(codebook: codebook, counts: counts)
        if format == "docx", let out {
          try AtomicWrite.write(data: try table.docx(), to: out)
          warn("Wrote \(out)")
          return
        }
        let text = format == "yaml" || format == "yml" ? CodebookExchange.yaml(codebook)
          : format == "qdc" ? CodebookExchange.qdc(codebook, guids: try store.codeGUIDs(), sets: try store.codeSets())
          : format == "html" ? table.html() : (format == "latex" || format == "tex") ? table.latex() : table.markdown()
        if let out {
          try AtomicWrite.write(text, to: out)
          warn("Wrote \(out)")
        } else {
          print(text, terminator: "")
        }
      }
    }

    struct Load: AsyncParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Load a YAML or REFI-QDA (.qdc) codebook, replacing the current one.",
        discussion: """
          The file is checked first (unknown keys, duplicate names, bad patterns and regexes are
          errors with file and line); nothing changes unless it is valid. Accepted, rejected and
          manual codings survive a reload. A .qdc codebook from another tool brings its codes
          (nested), colours, descriptions and sets; rules Quire wrote into descriptions come back.
          """)

      @OptionGroup var options: ProjectOptions

      @Argument(help: "The codebook file (.yml, .yaml or .qdc).")
      var file: String

      func run() async throws {
        let store = try ProjectStore.open(at: options.path)
        let codebook: Codebook
        if (file as NSString).pathExtension.lowercased() == "qdc" {
          guard let data = FileManager.default.contents(atPath: file) else {
            throw QuireError("cannot read the file", at: SourceLocation(file: file))
          }
          let read = try CodebookExchange.readQDC(bytes: [UInt8](data), file: file)
          for w in read.warnings { warn("warning: \(w)") }
          _ = try CodingEngine(codebook: read.codebook)  // the rules compile
          codebook = read.codebook
          try store.saveCodebook(codebook, file: (file as NSString).lastPathComponent, guids: read.guids, sets: read.sets)
        } else {
          codebook = try CodebookLoader.load(path: file)
          try store.saveCodebook(codebook, file: (file as NSString).lastPathComponent)
        }
        let top = codebook.themes.filter { $0.parentKey == nil }.count
        let rules = codebook.themes.reduce(0) { $0 + $1.rules.count }
        print("Loaded codebook \"\(codebook.name)\": \(codebook.themes.count) themes (\(top) top-level), \(rules) rules")
        let retired = try store.retiredCodes()
        if !retired.isEmpty {
          print("Kept as retired (people coded with them): \(retired.joined(separator: ", "))")
        }
      }
    }

    struct Show: AsyncParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Show the codebook with counts per theme.")

      @OptionGroup var options: ProjectOptions

      @Flag(help: "Print the codebook as JSON.")
      var json = false

      func run() async throws {
        let store = try ProjectStore.open(at: options.path)
        guard let codebook = try store.codebook() else {
          throw QuireError("the project has no codebook yet: run `quire codebook load FILE.yml`")
        }
        if json {
          print(try jsonText(codebook))
          return
        }
        let counts = try store.codingCounts()
        print("\(codebook.name) (version \(codebook.version)), unit: \(codebook.options.unit.rawValue)")
        for t in codebook.themes {
          let indent = String(repeating: "  ", count: codebook.depth(of: t.key) + 1)
          let c = counts[t.key] ?? [:]
          let n = (c[.suggested] ?? 0) + (c[.accepted] ?? 0)
          print("\(indent)\(t.name) [\(t.key)]  \(n) coded")
          if !t.definition.isEmpty { print("\(indent)  \(t.definition)") }
          for r in t.rules { print("\(indent)  - \(r.display)") }
        }
      }
    }
  }
}
