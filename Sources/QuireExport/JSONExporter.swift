import Foundation
import QuireCore

/// Writes quotes as a JSON array, one object per quote and code (DESIGN §5 fields).
public struct JSONExporter: Sendable {
  public init() {}

  struct Row: Encodable {
    var key: String
    var code: String
    var code_key: String
    var code_path: String
    var text: String
    var source: String
    var source_kind: String
    var speaker: String?
    var attribution: String
    var start: Int
    var end: Int
    var line_start: Int
    var line_end: Int
    var time: String?
    var location: String
    var citation: String
    var status: String
    var coder: String
    var origin: String
    var evidence: [Evidence]
    var tweet: TweetInfo?
  }

  public func export(_ quotes: [Quote]) -> String {
    let rows = quotes.map { q in
      Row(
        key: q.key, code: q.codeName, code_key: q.codeKey, code_path: q.codePath, text: q.text,
        source: q.sourceName, source_kind: q.sourceKind.rawValue, speaker: q.speaker,
        attribution: q.attribution, start: q.start, end: q.end, line_start: q.lineStart,
        line_end: q.lineEnd, time: q.timeStart.map(Citation.timestamp), location: q.location,
        citation: q.citation, status: q.status.rawValue, coder: q.coder, origin: q.origin.rawValue,
        evidence: q.evidence, tweet: q.tweet)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(rows) else { return "[]\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
