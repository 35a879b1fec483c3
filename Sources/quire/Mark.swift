import ArgumentParser
import Foundation
import QuireCore
import QuireStore

extension Quire {
  struct Mark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Code a passage by hand.",
      discussion: """
        Give the passage as lines of the source (--lines 12-14, 1-based, as in citations) or as
        Unicode character offsets into the stored text (--from N --to M, end exclusive, the
        offsets of `quire quotes --format json`). The coding is stored as accepted, by --coder.
        """)

    @OptionGroup var options: ProjectOptions

    @Option(help: "The source (its name or file name, as `quire sources` shows).")
    var source: String

    @Option(help: "Lines A-B of the source.")
    var lines: String?

    @Option(help: "The first character offset (with --to).")
    var from: Int?

    @Option(help: "The character offset after the passage.")
    var to: Int?

    @Option(help: "The code (key or name).")
    var code: String

    @Option(help: "Who coded it.")
    var coder: String = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "manual"

    @Option(help: "A memo kept with the coding.")
    var memo: String?

    func validate() throws {
      if lines == nil && (from == nil || to == nil) { throw ValidationError("give --lines A-B, or --from N and --to M") }
      if lines != nil && (from != nil || to != nil) { throw ValidationError("give --lines or --from/--to, not both") }
      if let lines {
        let parts = lines.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (parts.count == 1 || parts.count == 2), parts.allSatisfy({ $0 != nil }) else {
          throw ValidationError("--lines takes A-B, e.g. 12-14")
        }
      }
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      guard let src = try store.source(named: source) else {
        throw QuireError("no source '\(source)' in the project: see `quire sources`")
      }
      let range: Range<Int>
      if let lines {
        let parts = lines.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        range = try store.range(ofLines: parts[0], parts.count > 1 ? parts[1] : parts[0], in: src)
      } else {
        range = (from ?? 0)..<(to ?? 0)
      }
      let id = try store.addManualCoding(source: src, range: range, code: code, coder: coder, memo: memo)
      let text = String(String.UnicodeScalarView(Array(src.text.unicodeScalars)[range]))
      print("Coded #\(id) \(code) by \(coder): “\(text.count > 70 ? String(text.prefix(70)) + "…" : text)”")
    }
  }
}
