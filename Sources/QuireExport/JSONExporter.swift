import Foundation
import QuireCore

/// Writes quotes as a JSON array, one object per quote and code (DESIGN §5 fields).
public struct JSONExporter: Sendable {
  public init() {}

  /// Pretty-printed, keys sorted, written by hand: JSONEncoder takes seconds for 100,000 quotes.
  public func export(_ quotes: [Quote]) -> String {
    if quotes.isEmpty { return "[\n\n]\n" }
    var out = [UInt8]()
    out.reserveCapacity(quotes.count * 1200)
    func raw(_ s: String) { out.append(contentsOf: s.utf8) }
    func field(_ k: String, last: Bool = false, _ value: () -> Void) {
      raw("    \"\(k)\" : ")
      value()
      raw(last ? "\n" : ",\n")
    }
    func str(_ s: String) { JSONText.appendQuoted(s, to: &out) }
    func optional(_ s: String?) { if let s { str(s) } else { raw("null") } }
    raw("[\n")
    for (n, q) in quotes.enumerated() {
      raw("  {\n")
      field("attribution") { str(q.attribution) }
      field("citation") { str(q.citation) }
      field("code") { str(q.codeName) }
      field("code_key") { str(q.codeKey) }
      field("code_path") { str(q.codePath) }
      field("coder") { str(q.coder) }
      field("end") { raw(String(q.end)) }
      field("evidence") {
        if q.evidence.isEmpty { raw("[\n\n    ]"); return }
        raw("[\n")
        for (i, e) in q.evidence.enumerated() {
          raw("      {\n        \"end\" : \(e.end),\n        \"pattern\" : ")
          str(e.pattern)
          raw(",\n        \"rule\" : ")
          str(e.rule)
          raw(",\n        \"start\" : \(e.start),\n        \"text\" : ")
          str(e.text)
          raw(i == q.evidence.count - 1 ? "\n      }\n" : "\n      },\n")
        }
        raw("    ]")
      }
      field("key") { str(q.key) }
      field("line_end") { raw(String(q.lineEnd)) }
      field("line_start") { raw(String(q.lineStart)) }
      field("location") { str(q.location) }
      field("origin") { str(q.origin.rawValue) }
      field("source") { str(q.sourceName) }
      field("source_kind") { str(q.sourceKind.rawValue) }
      if let sp = q.speaker { field("speaker") { str(sp) } }
      field("start") { raw(String(q.start)) }
      field("status") { str(q.status.rawValue) }
      field("text", last: q.timeStart == nil && q.tweet == nil) { str(q.text) }
      if let t = q.timeStart { field("time", last: q.tweet == nil) { str(Citation.timestamp(t)) } }
      if let t = q.tweet { field("tweet", last: true) { out.append(contentsOf: t.jsonBytes) } }
      raw(n == quotes.count - 1 ? "  }\n" : "  },\n")
    }
    raw("]\n")
    return String(decoding: out, as: UTF8.self)
  }
}
