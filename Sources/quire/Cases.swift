import ArgumentParser
import Foundation
import QuireCore
import QuireImport
import QuireStore

extension Quire {
  struct Cases: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List cases (participants, accounts) or load their attributes.",
      subcommands: [List.self, Load.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
      static let configuration = CommandConfiguration(abstract: "List the cases with their attributes.")
      @OptionGroup var options: ProjectOptions
      @Flag(help: "Print JSON.") var json = false

      func run() async throws {
        let store = try ProjectStore.open(at: options.path)
        let cases = try store.cases()
        if json {
          print(try jsonText(cases))
          return
        }
        if cases.isEmpty { print("No cases yet."); return }
        for c in cases {
          let attrs = c.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
          print(attrs.isEmpty ? c.name : "\(c.name)  (\(attrs))")
        }
      }
    }

    struct Load: AsyncParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Load case attributes from a CSV file (one row per participant).",
        discussion: """
          A header row, then one row per case: the name first (or in a column headed name), then
          attributes. A column headed `aliases` lists other names separated by ';' — speaker
          labels such as `T Whitfield` or @handles — so a participant's turns and tweets become one
          case. A `twitter_handle` column links the account's archive too.
          """)
      @OptionGroup var options: ProjectOptions
      @Argument(help: "The cases file (.csv or .tsv).") var file: String

      func run() async throws {
        let store = try ProjectStore.open(at: options.path)
        let rows = try CasesFile.read(url: URL(fileURLWithPath: file))
        let result = try store.loadCases(rows)
        print("Loaded \(rows.count) cases from \(file) (\(result.created) new, \(result.merged) merged with their aliases)")
      }
    }
  }
}
