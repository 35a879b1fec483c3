import ArgumentParser
import Foundation
import QuireCoding
import QuireCore
import QuireStore

extension Quire {
  struct CodebookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "codebook",
      abstract: "Load or show the project's codebook.",
      subcommands: [Load.self, Show.self])

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
