/// A whole project as plain values: what moves between Quire and other tools (REFI-QDA).
///
/// Offsets are the project's own unit (Unicode scalars into `text` with `\n` line ends);
/// exchange formats convert at their edge.
public struct ProjectBundle: Sendable, Equatable {
  public var name: String
  public var origin: String?
  public var codebook: Codebook?
  /// REFI-QDA GUIDs of codes, by code key.
  public var codeGUIDs: [String: String]
  public var coders: [BundleCoder]
  public var sources: [BundleSource]
  public var codings: [BundleCoding]
  public var cases: [BundleCase]
  public var notes: [BundleNote]
  public var sets: [BundleSet]

  public init(
    name: String, origin: String? = nil, codebook: Codebook? = nil, codeGUIDs: [String: String] = [:],
    coders: [BundleCoder] = [], sources: [BundleSource] = [], codings: [BundleCoding] = [],
    cases: [BundleCase] = [], notes: [BundleNote] = [], sets: [BundleSet] = []
  ) {
    self.name = name
    self.origin = origin
    self.codebook = codebook
    self.codeGUIDs = codeGUIDs
    self.coders = coders
    self.sources = sources
    self.codings = codings
    self.cases = cases
    self.notes = notes
    self.sets = sets
  }
}

public struct BundleCoder: Sendable, Equatable {
  public var guid: String
  public var name: String
  public init(guid: String, name: String) {
    self.guid = guid
    self.name = name
  }
}

public struct BundleSource: Sendable, Equatable {
  /// The source's id, which is also its REFI-QDA GUID.
  public var id: String
  public var name: String
  public var kind: SourceKind
  public var text: String
  public var description: String?
  public var segments: [Segment]
  public var format: String
  public var originalName: String
  public var sha256: String
  public var createdBy: String?
  public var createdAt: String?

  public init(
    id: String, name: String, kind: SourceKind, text: String, description: String? = nil, segments: [Segment] = [],
    format: String = "text", originalName: String = "", sha256: String = "", createdBy: String? = nil, createdAt: String? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.text = text
    self.description = description
    self.segments = segments
    self.format = format
    self.originalName = originalName
    self.sha256 = sha256
    self.createdBy = createdBy
    self.createdAt = createdAt
  }
}

public struct BundleCoding: Sendable, Equatable {
  public var sourceID: String
  public var start: Int
  public var end: Int
  public var codeKey: String
  public var coder: String
  public var origin: CodingOrigin
  public var status: CodingStatus
  public var memo: String?
  public var createdAt: String?

  public init(
    sourceID: String, start: Int, end: Int, codeKey: String, coder: String, origin: CodingOrigin = .imported,
    status: CodingStatus = .accepted, memo: String? = nil, createdAt: String? = nil
  ) {
    self.sourceID = sourceID
    self.start = start
    self.end = end
    self.codeKey = codeKey
    self.coder = coder
    self.origin = origin
    self.status = status
    self.memo = memo
    self.createdAt = createdAt
  }
}

public struct BundleCase: Sendable, Equatable {
  public var guid: String?
  public var name: String
  public var description: String?
  public var attributes: [String: String]
  /// Sources whose participants' turns belong to this case.
  public var sourceIDs: [String]

  public init(guid: String? = nil, name: String, description: String? = nil, attributes: [String: String] = [:], sourceIDs: [String] = []) {
    self.guid = guid
    self.name = name
    self.description = description
    self.attributes = attributes
    self.sourceIDs = sourceIDs
  }
}

/// A note or memo: about the project (no target), or about sources, codes or cases.
public struct BundleNote: Sendable, Equatable {
  public var guid: String
  public var name: String
  public var text: String
  public var author: String?
  public var createdAt: String?
  /// GUIDs of what the note is about: source ids, code GUIDs or case GUIDs.
  public var targets: [String]

  public init(guid: String, name: String, text: String, author: String? = nil, createdAt: String? = nil, targets: [String] = []) {
    self.guid = guid
    self.name = name
    self.text = text
    self.author = author
    self.createdAt = createdAt
    self.targets = targets
  }
}

/// A named set of codes and sources.
public struct BundleSet: Sendable, Equatable {
  public var guid: String
  public var name: String
  public var description: String?
  public var codeKeys: [String]
  public var sourceIDs: [String]

  public init(guid: String, name: String, description: String? = nil, codeKeys: [String] = [], sourceIDs: [String] = []) {
    self.guid = guid
    self.name = name
    self.description = description
    self.codeKeys = codeKeys
    self.sourceIDs = sourceIDs
  }
}

/// Deterministic GUIDs: the same name always gives the same GUID (UUID version 5 layout over
/// SHA-256), so exports are reproducible.
public enum StableGUID {
  public static func make(_ name: String) -> String {
    var c = Array(SHA256.hex(Array(("quire:" + name).utf8)).prefix(32))
    c[12] = "5"
    c[16] = ["8", "9", "a", "b"][Int(String(c[16]), radix: 16)! & 3]
    return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
  }
}
