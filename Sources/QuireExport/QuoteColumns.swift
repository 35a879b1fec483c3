import Foundation
import QuireCore

/// A column of a quote table.
public enum QuoteColumn: String, CaseIterable, Sendable {
  case key, code, codePath = "code_path", quote, speaker, attribution, source, location, citation,
    status, origin, coder, start, end, url, createdAt = "created_at"

  /// The columns written when none are chosen (DESIGN §5).
  public static let standard: [QuoteColumn] = [
    .key, .code, .codePath, .quote, .speaker, .attribution, .source, .location, .citation, .status,
    .origin, .coder, .start, .end,
  ]

  /// A column's header in human-facing tables.
  public var title: String {
    switch self {
    case .key: return "Key"
    case .code: return "Code"
    case .codePath: return "Code path"
    case .quote: return "Quote"
    case .speaker: return "Speaker"
    case .attribution: return "Attribution"
    case .source: return "Source"
    case .location: return "Location"
    case .citation: return "Citation"
    case .status: return "Status"
    case .origin: return "Origin"
    case .coder: return "Coder"
    case .start: return "Start"
    case .end: return "End"
    case .url: return "URL"
    case .createdAt: return "Posted"
    }
  }

  /// The cell for a quote.
  public func value(_ q: Quote) -> String {
    switch self {
    case .key: return q.key
    case .code: return q.codeName
    case .codePath: return q.codePath
    case .quote: return q.text
    case .speaker: return q.speaker ?? ""
    case .attribution: return q.attribution
    case .source: return q.sourceName
    case .location: return q.location
    case .citation: return q.citation
    case .status: return q.status.rawValue
    case .origin: return q.origin.rawValue
    case .coder: return q.coder
    case .start: return String(q.start)
    case .end: return String(q.end)
    case .url: return q.tweet?.url ?? ""
    case .createdAt: return q.tweet?.createdAt ?? ""
    }
  }
}
