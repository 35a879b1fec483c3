import ArgumentParser
import Foundation
import QuireCore
import QuireExport
import QuireImport
import QuireREFI
import QuireStore

/// How REFI-QDA positions are counted, shared by import and export.
struct PositionOptions: ParsableArguments {
  @Option(help: "How the other tool counts selection positions: scalars (the standard: Unicode characters) or utf16 (UTF-16 code units, as .NET and Java tools do).")
  var positions: String = "scalars"

  @Flag(help: "The other tool counts a CR LF line end as one character.")
  var crlfAsOne = false

  func validate() throws {
    guard PositionConvention.Unit(rawValue: positions) != nil else {
      throw ValidationError("--positions must be scalars or utf16")
    }
  }

  var convention: PositionConvention {
    PositionConvention(unit: PositionConvention.Unit(rawValue: positions) ?? .scalars, crlfAsOne: crlfAsOne)
  }
}

enum REFIImport {
  static func isProject(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { return false }
    return ["qdpx", "qde"].contains((path as NSString).pathExtension.lowercased())
  }

  /// Imports one `.qdpx`/`.qde` in one transaction and prints what came in.
  static func run(path: String, store: ProjectStore, convention: PositionConvention, options: ImportOptions) throws {
    let bytes = try FileBytes.read(path)
    let url = URL(fileURLWithPath: path)
    let result = try ProjectReader(convention: convention, options: options).read(url: url, bytes: bytes)
    for w in result.warnings { warn("warning: \(w)") }
    let s = try store.importBundle(result.bundle, file: url.lastPathComponent)
    var line = "\(url.lastPathComponent): \(s.sources) sources, \(s.codings) codings by \(s.coders) coders, "
    line += "\(s.codesAdded) codes added"
    if s.codesMatched > 0 { line += " (\(s.codesMatched) already in the codebook)" }
    line += ", \(s.cases) cases, \(s.notes) notes, \(s.sets) sets"
    if !s.sourcesAlreadyThere.isEmpty { line += "; already in the project: \(s.sourcesAlreadyThere.joined(separator: ", "))" }
    if !result.skipped.isEmpty { line += "; skipped \(result.skipped.count) non-text sources" }
    print(line)
  }
}

extension Quire {
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the whole project for another tool: REFI-QDA .qdpx (NVivo, ATLAS.ti, MAXQDA, QualCoder).",
      discussion: """
        Writes users (coders), the codebook (definitions, criteria and rules in each code's
        description), cases with their attributes as variables, text sources, every accepted
        or manual coding as a PlainTextSelection, notes and sets. Rule suggestions nobody has
        accepted are left out unless --suggestions. `quire import FILE.qdpx` reads it back.
        """)

    @OptionGroup var options: ProjectOptions
    @OptionGroup var position: PositionOptions

    @Argument(help: "The format: qdpx (a zip), qde (the project XML alone, with sources inline), or qdc (the codebook alone).")
    var format: String

    @Option(help: "The file to write.")
    var out: String

    @Flag(help: "Include rule suggestions nobody has accepted yet.")
    var suggestions = false

    @Flag(help: "Write source texts with CR LF line ends.")
    var crlf = false

    func validate() throws {
      guard ["qdpx", "qde", "qdc"].contains(format) else { throw ValidationError("the format must be qdpx, qde or qdc") }
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      if format == "qdc" {
        guard let codebook = try store.codebook() else {
          throw QuireError("the project has no codebook yet: run `quire codebook load FILE.yml`")
        }
        try AtomicWrite.write(CodebookExchange.qdc(codebook, guids: try store.codeGUIDs(), sets: try store.codeSets()), to: out)
        warn("Wrote \(out): \(codebook.themes.count) codes")
        return
      }
      let bundle = try store.bundle(includeSuggestions: suggestions)
      let writer = ProjectWriter(convention: position.convention, crlf: crlf)
      if format == "qdpx" {
        try AtomicWrite.write(data: try writer.qdpx(bundle), to: out)
      } else {
        try AtomicWrite.write(writer.qdeInline(bundle), to: out)
      }
      warn("Wrote \(out): \(bundle.sources.count) sources, \(bundle.codebook?.themes.count ?? 0) codes, \(bundle.codings.count) codings, \(bundle.coders.count) coders, \(bundle.cases.count) cases")
    }
  }
}
