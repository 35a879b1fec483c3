/// What an importer read from one file, before it is stored.
public struct ImportedSource: Sendable {
  public var name: String
  public var kind: SourceKind
  public var format: String
  public var text: String
  public var language: String?
  public var originalName: String
  public var sha256: String
  public var segments: [Segment]
  /// Participants or accounts found in the file; speakers and authors link to them by name.
  public var cases: [Case]
  public var attributes: [String: String]
  /// Things the researcher should know (skipped entries, guesses made).
  public var warnings: [String]
  /// The importer and its version, kept in the source's provenance.
  public var importerVersion: String
  /// Passages coded in the file itself with inline markup.
  public var inlineCodings: [InlineCoding] = []

  public init(
    name: String, kind: SourceKind, format: String, text: String, language: String? = nil,
    originalName: String, sha256: String, segments: [Segment], cases: [Case] = [],
    attributes: [String: String] = [:], warnings: [String] = [],
    importerVersion: String = "quire-import 0.1"
  ) {
    self.name = name
    self.kind = kind
    self.format = format
    self.text = text
    self.language = language
    self.originalName = originalName
    self.sha256 = sha256
    self.segments = segments
    self.cases = cases
    self.attributes = attributes
    self.warnings = warnings
    self.importerVersion = importerVersion
  }
}


/// A passage coded by hand with inline markup in the imported file (`{Code}…{/Code}`).
public struct InlineCoding: Sendable, Equatable {
  /// The code's name or key as written.
  public var code: String
  /// Scalar offsets into the stored (markup-free) text.
  public var start: Int
  public var end: Int
  /// Where the opening tag stood in the file.
  public var line: Int
  public var column: Int
  public init(code: String, start: Int, end: Int, line: Int, column: Int) {
    self.code = code
    self.start = start
    self.end = end
    self.line = line
    self.column = column
  }
}
