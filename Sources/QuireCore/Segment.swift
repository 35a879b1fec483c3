/// The structural kind of a segment.
public enum SegmentKind: String, Codable, Sendable {
  /// One speaker's turn in an interview.
  case turn
  /// A paragraph outside any turn (a transcript's preamble, a page's paragraph).
  case paragraph
  case sentence
  case tweet
  case cue
}

/// Metadata that only tweets (and other posts) carry.
public struct TweetInfo: Codable, Sendable, Equatable {
  public var id: String
  public var authorHandle: String
  public var authorName: String
  /// ISO 8601, UTC.
  public var createdAt: String
  public var url: String
  public var replyToId: String?
  public var replyToHandle: String?
  public var isRetweet: Bool
  public var isQuote: Bool
  /// For a retweet, the handle of the account whose post was retweeted.
  public var retweetedHandle: String?
  public var likeCount: Int
  public var retweetCount: Int
  public var language: String?
  public var hashtags: [String]
  public var mentions: [String]
  public var urls: [String]

  public init(
    id: String, authorHandle: String, authorName: String, createdAt: String, url: String,
    replyToId: String? = nil, replyToHandle: String? = nil, isRetweet: Bool = false,
    isQuote: Bool = false, retweetedHandle: String? = nil, likeCount: Int = 0,
    retweetCount: Int = 0, language: String? = nil, hashtags: [String] = [],
    mentions: [String] = [], urls: [String] = []
  ) {
    self.id = id
    self.authorHandle = authorHandle
    self.authorName = authorName
    self.createdAt = createdAt
    self.url = url
    self.replyToId = replyToId
    self.replyToHandle = replyToHandle
    self.isRetweet = isRetweet
    self.isQuote = isQuote
    self.retweetedHandle = retweetedHandle
    self.likeCount = likeCount
    self.retweetCount = retweetCount
    self.language = language
    self.hashtags = hashtags
    self.mentions = mentions
    self.urls = urls
  }
}

/// A structural unit of a source: a speaker turn, a paragraph, a tweet.
///
/// `start..<end` are Unicode scalar offsets into the source text; lines are 1-based lines of
/// the original file.
public struct Segment: Codable, Sendable, Equatable {
  public var ordinal: Int
  public var kind: SegmentKind
  public var start: Int
  public var end: Int
  public var lineStart: Int
  public var lineEnd: Int
  public var speaker: String?
  public var isInterviewer: Bool
  /// Seconds from the start of the recording, when the transcript gives a time.
  public var timeStart: Double?
  public var timeEnd: Double?
  public var tweet: TweetInfo?

  public init(
    ordinal: Int, kind: SegmentKind, start: Int, end: Int, lineStart: Int, lineEnd: Int,
    speaker: String? = nil, isInterviewer: Bool = false, timeStart: Double? = nil,
    timeEnd: Double? = nil, tweet: TweetInfo? = nil
  ) {
    self.ordinal = ordinal
    self.kind = kind
    self.start = start
    self.end = end
    self.lineStart = lineStart
    self.lineEnd = lineEnd
    self.speaker = speaker
    self.isInterviewer = isInterviewer
    self.timeStart = timeStart
    self.timeEnd = timeEnd
    self.tweet = tweet
  }
}
