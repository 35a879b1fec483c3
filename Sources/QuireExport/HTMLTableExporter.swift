import Foundation
import QuireCore

/// Writes quotes as a single-file HTML page: a table per theme, every cell escaped.
public struct HTMLTableExporter: Sendable {
  public var title: String
  public var columns: [QuoteColumn]

  public init(title: String, columns: [QuoteColumn] = [.key, .quote, .speaker, .citation, .status]) {
    self.title = title
    self.columns = columns
  }

  public func export(_ quotes: [Quote]) -> String {
    var h = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(HTML.escape(title))</title>
      <style>
      body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5rem; }
      table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
      th, td { border-bottom: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
      td.quote { white-space: pre-wrap; font-family: Georgia, serif; }
      thead { display: table-header-group; }
      </style>
      </head>
      <body>
      <h1>\(HTML.escape(title))</h1>

      """
    var order: [String] = []
    var groups: [String: [Quote]] = [:]
    for q in quotes {
      if groups[q.codeKey] == nil { order.append(q.codeKey) }
      groups[q.codeKey, default: []].append(q)
    }
    if quotes.isEmpty { h += "<p>No quotes.</p>\n" }
    for key in order {
      guard let group = groups[key], let first = group.first else { continue }
      h += "<h2 id=\"\(HTML.anchor(key))\">\(HTML.escape(first.codePath)) <small>(\(group.count))</small></h2>\n<table>\n<thead><tr>"
      for c in columns { h += "<th scope=\"col\">\(HTML.escape(c.title))</th>" }
      h += "</tr></thead>\n<tbody>\n"
      for q in group {
        h += "<tr>"
        for c in columns { h += "<td class=\"\(c.rawValue)\">\(HTML.escape(c.value(q)))</td>" }
        h += "</tr>\n"
      }
      h += "</tbody>\n</table>\n"
    }
    return h + "</body>\n</html>\n"
  }
}

/// The code-presence matrix: one row per coded passage, a 0/1 column per code.
public struct PresenceMatrixExporter: Sendable {
  public var codes: [(key: String, name: String)]
  public init(codes: [(key: String, name: String)]) { self.codes = codes }

  public func export(_ quotes: [Quote], separator: Character = ",") -> String {
    var order: [String] = []
    var byKey: [String: (Quote, Set<String>)] = [:]
    for q in quotes {
      if byKey[q.key] == nil {
        order.append(q.key)
        byKey[q.key] = (q, [])
      }
      byKey[q.key]?.1.insert(q.codeKey)
    }
    let header = ["key", "source", "speaker", "location", "quote"] + codes.map(\.name)
    let rows = order.compactMap { k -> [String]? in
      guard let (q, present) = byKey[k] else { return nil }
      return [q.key, q.sourceName, q.speaker ?? "", q.location, q.text] + codes.map { present.contains($0.key) ? "1" : "0" }
    }
    return CSVTable.render(header: header, rows: rows, separator: separator)
  }
}
