import ArgumentParser
import Foundation
import QuireCoding
import QuireCore
import QuireExport
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

      @Option(help: "markdown, html or latex.")
      var format: String = "markdown"

      @Option(help: "Write to this file instead of stdout.")
      var out: String?

      func validate() throws {
        guard ["markdown", "md", "html", "latex", "tex"].contains(format) else {
          throw ValidationError("--format must be markdown, html or latex (DOCX and REFI-QDA .qdc are planned)")
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
        let text = format == "html" ? table.html() : (format == "latex" || format == "tex") ? table.latex() : table.markdown()
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
        abstract: "Load a YAML codebook, replacing the current one.",
        discussion: """
          The file is checked first (unknown keys, duplicate names, bad patterns and regexes are
          errors with file and line); nothing changes unless it is valid. Accepted, rejected and
          manual codings survive a reload.
          """)

      @OptionGroup var options: ProjectOptions

      @Argument(help: "The codebook file (.yml or .yaml).")
      var file: String

      func run() async throws {
        let store = try ProjectStore.open(at: options.path)
        let codebook = try CodebookLoader.load(path: file)
        try store.saveCodebook(codebook, file: (file as NSString).lastPathComponent)
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
