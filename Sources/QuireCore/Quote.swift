/// A coded passage as it is cited: what every exporter writes.
public struct Quote: Codable, Sendable, Equatable {
  /// Stable key such as `RA-01.03`: never changes once given (DESIGN §3).
  public var key: String
  public var codeKey: String
  public var codeName: String
  /// `Connecting > Brokering`.
  public var codePath: String
  public var text: String
  public var sourceID: String
  public var sourceName: String
  public var sourceKind: SourceKind
  public var sourceNumber: Int
  public var segmentOrdinal: Int?
  public var speaker: String?
  /// The short attribution used after a quote in a chapter, e.g. `R Adeyemi`.
  public var attribution: String
  public var start: Int
  public var end: Int
  public var lineStart: Int
  public var lineEnd: Int
  public var timeStart: Double?
  /// `lines 12–14`, `[00:03:12], lines 12–14`, or a tweet's URL.
  public var location: String
  public var citation: String
  public var status: CodingStatus
  public var coder: String
  public var origin: CodingOrigin
  public var evidence: [Evidence]
  public var tweet: TweetInfo?

  public init(
    key: String, codeKey: String, codeName: String, codePath: String, text: String,
    sourceID: String, sourceName: String, sourceKind: SourceKind, sourceNumber: Int,
    segmentOrdinal: Int?, speaker: String?, attribution: String, start: Int, end: Int,
    lineStart: Int, lineEnd: Int, timeStart: Double?, location: String, citation: String,
    status: CodingStatus, coder: String, origin: CodingOrigin, evidence: [Evidence],
    tweet: TweetInfo?
  ) {
    self.key = key
    self.codeKey = codeKey
    self.codeName = codeName
    self.codePath = codePath
    self.text = text
    self.sourceID = sourceID
    self.sourceName = sourceName
    self.sourceKind = sourceKind
    self.sourceNumber = sourceNumber
    self.segmentOrdinal = segmentOrdinal
    self.speaker = speaker
    self.attribution = attribution
    self.start = start
    self.end = end
    self.lineStart = lineStart
    self.lineEnd = lineEnd
    self.timeStart = timeStart
    self.location = location
    self.citation = citation
    self.status = status
    self.coder = coder
    self.origin = origin
    self.evidence = evidence
    self.tweet = tweet
  }
}
