import ArgumentParser
import Foundation
import QuireStore

extension Quire {
  struct Sources: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the project's sources.")

    @OptionGroup var options: ProjectOptions

    @Flag(help: "Print JSON: name, kind, format, segments, characters, sha256, tweets.")
    var json = false

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      let list = try store.sourceSummaries()
      if json {
        print(try jsonText(list, snakeCase: true))
        return
      }
      if list.isEmpty {
        print("No sources yet: add some with `quire import PATH`.")
        return
      }
      let rows = list.map { s in
        [s.name, s.kind, s.format, String(s.segments), String(s.characters),
         s.tweets.map { "\($0) tweets" } ?? s.speakers.joined(separator: ", ")]
      }
      printTable(header: ["name", "kind", "format", "segments", "characters", "speakers / tweets"], rows: rows)
    }
  }
}

/// Pretty-printed JSON with sorted keys, as every `--json` prints it.
func jsonText<T: Encodable>(_ value: T, snakeCase: Bool = false) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Prints rows as aligned columns.
func printTable(header: [String], rows: [[String]]) {
  var widths = header.map(\.count)
  for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
  func line(_ cells: [String]) -> String {
    cells.enumerated().map { i, c in
      i == cells.count - 1 ? c : c + String(repeating: " ", count: max(0, widths[i] - c.count))
    }.joined(separator: "  ")
  }
  print(line(header))
  print(line(widths.map { String(repeating: "-", count: $0) }))
  for r in rows { print(line(r)) }
}
