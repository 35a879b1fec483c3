/// Where a coding came from.
public enum CodingOrigin: String, Codable, Sendable {
  case manual, rule, imported
}

/// The review state of a coding.
public enum CodingStatus: String, Codable, Sendable, CaseIterable {
  case suggested, accepted, rejected
}

/// Why a rule coding fired: the rule and one matched span.
public struct Evidence: Codable, Sendable, Equatable, Hashable {
  /// The rule as written, e.g. `any[connect*, like-minded]`.
  public var rule: String
  /// The pattern that matched, e.g. `connect*`.
  public var pattern: String
  /// Scalar offsets into the source text.
  public var start: Int
  public var end: Int
  public var text: String

  public init(rule: String, pattern: String, start: Int, end: Int, text: String) {
    self.rule = rule
    self.pattern = pattern
    self.start = start
    self.end = end
    self.text = text
  }
}

/// A code applied to a passage of a source.
public struct Coding: Codable, Sendable, Equatable {
  public var id: Int64?
  public var sourceID: String
  /// The coded segment's ordinal, when the coding covers a whole unit.
  public var segmentOrdinal: Int?
  public var start: Int
  public var end: Int
  public var codeKey: String
  public var coder: String
  public var origin: CodingOrigin
  public var status: CodingStatus
  public var evidence: [Evidence]
  public var memo: String?

  public init(
    id: Int64? = nil, sourceID: String, segmentOrdinal: Int?, start: Int, end: Int,
    codeKey: String, coder: String, origin: CodingOrigin, status: CodingStatus,
    evidence: [Evidence] = [], memo: String? = nil
  ) {
    self.id = id
    self.sourceID = sourceID
    self.segmentOrdinal = segmentOrdinal
    self.start = start
    self.end = end
    self.codeKey = codeKey
    self.coder = coder
    self.origin = origin
    self.status = status
    self.evidence = evidence
    self.memo = memo
  }
}
