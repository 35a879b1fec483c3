import Foundation
import Testing

@testable import QuireCoding
@testable import QuireCore
@testable import QuireImport
@testable import QuireStore

/// Where the test target's fixture files are.
enum Fixtures {
  static var directory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  }

  static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

  /// `../shared/fixtures` beside the repository, when present (tests using it skip otherwise).
  static var shared: URL? {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = repo.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  static var hasShared: Bool { shared != nil }

  /// The repository root (for Corpus/ and Codebooks/).
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }
}

/// A fresh temporary folder, removed by the caller with `cleanup()`.
struct TempDir {
  let url: URL
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("quire-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
  func write(_ name: String, _ text: String) throws -> URL {
    let u = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: u)
    return u
  }
  func cleanup() { try? FileManager.default.removeItem(at: url) }
}

/// Reads a transcript given as text with the plain-text importer.
func readTranscript(_ text: String, name: String = "interview.txt", options: ImportOptions = ImportOptions()) throws -> ImportedSource {
  try PlainTranscriptImporter().read(url: URL(fileURLWithPath: "/tmp/\(name)"), bytes: Array(text.utf8), options: options)
}

/// The text of a segment.
func segmentText(of segment: Segment, in source: ImportedSource) -> String {
  let scalars = Array(source.text.unicodeScalars)
  var v = String.UnicodeScalarView()
  v.append(contentsOf: scalars[segment.start..<segment.end])
  return String(v)
}

/// Codes one unit of text with a codebook given as YAML and returns the keys of the themes that apply.
func themes(_ yaml: String, on text: String, speaker: String? = "Ann", kind: SourceKind = .interview) throws -> [String] {
  try codings(yaml, on: text, speaker: speaker, kind: kind).map(\.codeKey)
}

func codings(_ yaml: String, on text: String, speaker: String? = "Ann", kind: SourceKind = .interview) throws -> [Coding] {
  let codebook = try CodebookLoader.parse(yaml: yaml, file: "test.yml")
  let engine = try CodingEngine(codebook: codebook)
  let n = text.unicodeScalars.count
  let source = Source(
    id: "s1", name: "s", kind: kind, format: "text", text: text, originalName: "s.txt", sha256: "x",
    importerVersion: "t", importedAt: "t", serial: 1, number: 1)
  let segment = Segment(
    ordinal: 0, kind: kind == .tweets ? .tweet : .turn, start: 0, end: n, lineStart: 1, lineEnd: 1, speaker: speaker,
    isInterviewer: speaker.map(ImportOptions().isInterviewer) ?? false,
    tweet: kind == .tweets ? TweetInfo(id: "1", authorHandle: "ann", authorName: "Ann", createdAt: "2020-01-01T00:00:00Z", url: "u") : nil)
  return engine.code(source: source, segments: [segment], coder: "rules")
}

/// A one-theme codebook (key `t`) with these rules, each a YAML flow item such as
/// `{near: [meet*, face to face], within: 8}`; `extra` adds theme keys such as `min_hits: 2`.
func codebook(_ rules: [String], extra: [String] = [], options: String? = nil) -> String {
  var lines = ["name: Test"]
  if let options { lines.append("options: \(options)") }
  lines += ["themes:", "  - name: T", "    key: t"]
  lines += extra.map { "    " + $0 }
  lines.append("    rules:")
  lines += rules.map { "      - " + $0 }
  return lines.joined(separator: "\n") + "\n"
}

/// Compares `actual` with the golden file `Snapshots/<name>`; records it when missing or when
/// RECORD_SNAPSHOTS is set (and then fails, so a recording never passes silently).
func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
  let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let url = dir.appendingPathComponent(name)
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
  if record || !FileManager.default.fileExists(atPath: url.path) {
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: url)
    Issue.record("Recorded new golden file \(name)", sourceLocation: sourceLocation)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(actual == expected, "differs from Snapshots/\(name) (set RECORD_SNAPSHOTS=1 to re-record)", sourceLocation: sourceLocation)
}

/// Runs `/usr/bin/TOOL ARGS` in `dir`, output discarded, and returns its exit status: how the
/// tests call real consumers (pdflatex, xelatex, bibtex).
func runTool(_ tool: String, _ args: [String], in dir: URL) throws -> Int32 {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
  p.arguments = args
  p.currentDirectoryURL = dir
  p.standardOutput = FileHandle.nullDevice
  p.standardError = FileHandle.nullDevice
  try p.run()
  p.waitUntilExit()
  return p.terminationStatus
}

/// Whether `python3` can import a module (the tests that use one skip without it).
func pythonHas(_ module: String) -> Bool {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = ["python3", "-c", "import \(module)"]
  p.standardOutput = FileHandle.nullDevice
  p.standardError = FileHandle.nullDevice
  guard (try? p.run()) != nil else { return false }
  p.waitUntilExit()
  return p.terminationStatus == 0
}
