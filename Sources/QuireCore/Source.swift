/// What kind of material a source holds.
public enum SourceKind: String, Codable, Sendable, CaseIterable {
  case interview
  case tweets
  case webPage = "web_page"
  case document
}

/// An imported piece of research material: one transcript, one tweet archive, one page.
///
/// The text is stored once, normalised to NFC with `\n` line ends; every segment and coding
/// addresses it by Unicode scalar offsets (REFI-QDA's unit).
public struct Source: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var name: String
  public var kind: SourceKind
  /// The importer's format name (`text`, `tweets-js`, …).
  public var format: String
  public var text: String
  public var language: String?
  /// Provenance: the original file name (last path component), SHA-256 of its bytes.
  public var originalName: String
  public var sha256: String
  public var importerVersion: String
  public var importedAt: String
  /// Position of this source in import order (1, 2, …); used in quote keys.
  public var serial: Int
  /// Number among sources of the same kind (Interview 1, Interview 2, …); used in citations.
  public var number: Int
  public var attributes: [String: String]

  public init(
    id: String, name: String, kind: SourceKind, format: String, text: String,
    language: String? = nil, originalName: String, sha256: String,
    importerVersion: String, importedAt: String, serial: Int = 0, number: Int = 0,
    attributes: [String: String] = [:]
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.format = format
    self.text = text
    self.language = language
    self.originalName = originalName
    self.sha256 = sha256
    self.importerVersion = importerVersion
    self.importedAt = importedAt
    self.serial = serial
    self.number = number
    self.attributes = attributes
  }
}

extension String {
  /// The Unicode scalars as an array, in one pass (`Array(unicodeScalars)` counts them first,
  /// a second pass over a text that can be hundreds of megabytes).
  public var scalarArray: [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(utf8.count)
    for u in unicodeScalars { out.append(u) }
    return out
  }
}
