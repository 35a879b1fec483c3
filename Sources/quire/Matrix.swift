import ArgumentParser
import Foundation
import QuireCoding
import QuireCore
import QuireStore

extension Quire {
  struct Matrix: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Code matrices: code × code co-occurrence, code × case, code × case attribute.",
      discussion: """
        Counts are coding units (turns, paragraphs, sentences or tweets) coded by anyone with
        suggested or accepted codings. The co-occurrence diagonal is the number of units coded
        with the code.
        """)

    @OptionGroup var options: ProjectOptions

    @Option(help: "cooccurrence, case, or attribute:KEY (e.g. attribute:role).")
    var by: String = "cooccurrence"

    @Option(help: "csv or json.")
    var format: String = "csv"

    @Option(help: "Write to this file instead of stdout.")
    var out: String?

    func validate() throws {
      guard by == "cooccurrence" || by == "case" || by.hasPrefix("attribute:") else {
        throw ValidationError("--by must be cooccurrence, case or attribute:KEY")
      }
      guard format == "csv" || format == "json" else { throw ValidationError("--format must be csv or json") }
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      let m = try MatrixBuilder.build(store: store, by: by)
      let text = format == "json" ? m.json() : m.csv()
      if let out {
        try QuireExport.AtomicWrite.write(text, to: out)
        warn("Wrote \(out)")
      } else {
        print(text, terminator: "")
      }
    }
  }
}

import QuireExport

/// A labelled table of counts.
struct CountMatrix: Encodable {
  var rows: [String]
  var columns: [String]
  var counts: [[Int]]

  func csv() -> String {
    CSVTable.render(header: ["code"] + columns, rows: zip(rows, counts).map { [$0] + $1.map(String.init) })
  }

  func json() -> String {
    ((try? jsonText(self)) ?? "{}") + "\n"
  }
}

enum MatrixBuilder {
  static func build(store: ProjectStore, by: String) throws -> CountMatrix {
    try build(store: store, by: [by])[0]
  }

  /// Several matrices from one reading of the project's units and codings.
  static func build(store: ProjectStore, by list: [String]) throws -> [CountMatrix] {
    guard let codebook = try store.codebook() else {
      throw QuireError("the project has no codebook yet: run `quire codebook load FILE.yml`")
    }
    let units = try CodedUnits(
      codebook: codebook, sources: try store.sources().map { ($0, try store.segments(of: $0.id, tweets: false)) },
      codings: try store.allCodings())
    return try list.map { try build(units: units, codebook: codebook, store: store, by: $0) }
  }

  static func build(units: CodedUnits, codebook: Codebook, store: ProjectStore, by: String) throws -> CountMatrix {
    let keys = codebook.themes.map(\.key)
    let names = codebook.themes.map(\.name)
    if by == "cooccurrence" {
      return CountMatrix(rows: names, columns: names, counts: units.cooccurrence(keys))
    }
    let cases = try store.segmentCases()
    let attribute = by.hasPrefix("attribute:") ? String(by.dropFirst("attribute:".count)) : nil
    let grouped = units.countsBy(keys) { u in
      guard let c = cases.bySegment[u.sourceID]?[u.segmentOrdinal] else { return nil }
      guard let attribute else { return c }
      return cases.attributes[c]?[attribute] ?? "(no \(attribute))"
    }
    return CountMatrix(rows: names, columns: grouped.groups, counts: grouped.counts)
  }
}
