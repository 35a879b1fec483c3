import Foundation
import QuireCore

/// Everything a report shows, gathered from the project by the caller.
public struct ReportData: Sendable {
  public var title: String
  public var codebook: Codebook
  public var quotes: [Quote]
  /// The neighbouring segments of each quoted passage, by quote key.
  public var contexts: [String: PassageContext]
  public var sourceCount: Int
  public var generatedAt: String
  /// Count tables shown after the counts per theme (co-occurrence, themes by case).
  public var matrices: [ReportMatrix]

  public init(title: String, codebook: Codebook, quotes: [Quote], contexts: [String: PassageContext], sourceCount: Int, generatedAt: String, matrices: [ReportMatrix] = []) {
    self.matrices = matrices
    self.title = title
    self.codebook = codebook
    self.quotes = quotes
    self.contexts = contexts
    self.sourceCount = sourceCount
    self.generatedAt = generatedAt
  }
}

/// A table of counts with labelled rows and columns.
extension ReportData {
  /// One entry per quote key (a passage), with every coding of it, in source order: what the
  /// "passages in context" part of a report shows.
  public var passages: [(Quote, [Quote])] {
    var out: [(Quote, [Quote])] = []
    var index: [String: Int] = [:]
    for q in quotes {
      if let i = index[q.key] {
        out[i].1.append(q)
      } else {
        index[q.key] = out.count
        out.append((q, [q]))
      }
    }
    out.sort { a, b in a.0.sourceID == b.0.sourceID ? a.0.start < b.0.start : a.0.sourceName < b.0.sourceName }
    return out
  }
}

public struct ReportMatrix: Sendable {
  public var id: String
  public var title: String
  public var note: String
  public var rows: [String]
  public var columns: [String]
  public var counts: [[Int]]
  public init(id: String, title: String, note: String, rows: [String], columns: [String], counts: [[Int]]) {
    self.id = id
    self.title = title
    self.note = note
    self.rows = rows
    self.columns = columns
    self.counts = counts
  }
}

/// A single-file HTML report that works offline and prints well: the codebook, counts per
/// theme, each theme's quotes with citations linking to the passage in context, and back.
///
/// Anchors: `code-KEY` (codebook entry), `theme-KEY` (a theme's quotes), `q-QUOTE-CODE`
/// (one quote under one theme), `ctx-QUOTE` (the passage in context).
public struct HTMLReport: Sendable {
  public init() {}

  public func render(_ data: ReportData) -> String {
    let cb = data.codebook
    var byCode: [String: [Quote]] = [:]
    for q in data.quotes { byCode[q.codeKey, default: []].append(q) }
    var h = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="Quire">
      <title>\(HTML.escape(data.title))</title>
      <style>
      \(Self.css)
      </style>
      </head>
      <body>
      <header>
      <h1>\(HTML.escape(data.title))</h1>
      <p class="meta">Codebook <strong>\(HTML.escape(cb.name))</strong> (version \(cb.version)) · \(data.sourceCount) source\(data.sourceCount == 1 ? "" : "s") · \(data.quotes.count) coded passage\(data.quotes.count == 1 ? "" : "s") · generated \(HTML.escape(data.generatedAt))</p>
      </header>
      <nav aria-label="Contents">
      <ol>
      <li><a href="#codebook">Codebook</a></li>
      <li><a href="#counts">Counts per theme</a></li>
      \(data.matrices.map { "<li><a href=\"#\(HTML.anchor($0.id))\">\(HTML.escape($0.title))</a></li>" }.joined(separator: "\n"))
      <li><a href="#themes">Quotes by theme</a><ol>

      """
    for t in cb.themes {
      h += "<li><a href=\"#theme-\(HTML.anchor(t.key))\">\(HTML.escape(t.name))</a> (\(byCode[t.key]?.count ?? 0))</li>\n"
    }
    h += "</ol></li>\n<li><a href=\"#sources\">Passages in context</a></li>\n</ol>\n</nav>\n<main>\n"

    // Codebook
    h += "<section id=\"codebook\">\n<h2>Codebook</h2>\n"
    if let d = cb.description { h += "<p>\(HTML.escape(d))</p>\n" }
    for t in cb.themes {
      let depth = cb.depth(of: t.key)
      h += "<article class=\"code depth-\(min(depth, 3))\" id=\"code-\(HTML.anchor(t.key))\" style=\"--code-color: \(HTML.escape(t.color ?? "#777777"))\">\n"
      h += "<h3>\(HTML.escape(cb.path(of: t.key)))</h3>\n<p>\(HTML.escape(t.definition))</p>\n<dl>\n"
      if let i = t.include, !i.isEmpty { h += "<dt>When to use</dt><dd>\(HTML.escape(i))</dd>\n" }
      if let e = t.exclude, !e.isEmpty { h += "<dt>When not to use</dt><dd>\(HTML.escape(e))</dd>\n" }
      for ex in t.examples { h += "<dt>Example</dt><dd>“\(HTML.escape(ex))”</dd>\n" }
      if !t.rules.isEmpty {
        h += "<dt>Rules</dt><dd><ul class=\"rules\">"
        for r in t.rules { h += "<li><code>\(HTML.escape(r.display))</code></li>" }
        h += "</ul></dd>\n"
      }
      h += "</dl>\n<p><a href=\"#theme-\(HTML.anchor(t.key))\">\(byCode[t.key]?.count ?? 0) quotes</a></p>\n</article>\n"
    }
    h += "</section>\n"

    // Counts
    h += "<section id=\"counts\">\n<h2>Counts per theme</h2>\n<table>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Passages</th><th scope=\"col\">Accepted</th><th scope=\"col\">Interview turns</th><th scope=\"col\">Tweets</th><th scope=\"col\">Sources</th><th scope=\"col\">Speakers</th></tr></thead>\n<tbody>\n"
    for t in cb.themes {
      let qs = byCode[t.key] ?? []
      let interviews = qs.filter { $0.sourceKind == .interview }.count
      let tweets = qs.filter { $0.sourceKind == .tweets }.count
      let sources = Set(qs.map(\.sourceID)).count
      let speakers = Set(qs.compactMap(\.speaker)).count
      let accepted = qs.filter { $0.status == .accepted }.count
      h += "<tr><th scope=\"row\" class=\"depth-\(min(cb.depth(of: t.key), 3))\"><a href=\"#theme-\(HTML.anchor(t.key))\">\(HTML.escape(t.name))</a></th><td>\(qs.count)</td><td>\(accepted)</td><td>\(interviews)</td><td>\(tweets)</td><td>\(sources)</td><td>\(speakers)</td></tr>\n"
    }
    h += "</tbody>\n</table>\n</section>\n"

    // Matrices
    for m in data.matrices {
      let maxCount = max(1, m.counts.flatMap { $0 }.max() ?? 1)
      h += "<section class=\"matrix\" id=\"\(HTML.anchor(m.id))\">\n<h2>\(HTML.escape(m.title))</h2>\n<p class=\"meta\">\(HTML.escape(m.note))</p>\n"
      h += "<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\"></th>"
      for (i, c) in m.columns.enumerated() { h += "<th scope=\"col\" title=\"\(HTML.escape(c))\">\(i + 1)</th>" }
      h += "</tr></thead>\n<tbody>\n"
      for (r, row) in m.rows.enumerated() {
        h += "<tr><th scope=\"row\">\(HTML.escape(row))</th>"
        for n in m.counts[r] {
          let shade = n == 0 ? 0 : 10 + Int(Double(n) / Double(maxCount) * 50)
          h += "<td style=\"background: hsl(210 70% \(100 - shade)%)\">\(n)</td>"
        }
        h += "</tr>\n"
      }
      h += "</tbody>\n</table></div>\n<p class=\"legend\">Columns: "
      h += m.columns.enumerated().map { "<strong>\($0.offset + 1)</strong> \(HTML.escape($0.element))" }.joined(separator: " · ")
      h += "</p>\n</section>\n"
    }

    // Quotes by theme
    h += "<section id=\"themes\">\n<h2>Quotes by theme</h2>\n"
    for t in cb.themes {
      let qs = byCode[t.key] ?? []
      h += "<section class=\"theme\" id=\"theme-\(HTML.anchor(t.key))\" style=\"--code-color: \(HTML.escape(t.color ?? "#777777"))\">\n"
      h += "<h3>\(HTML.escape(cb.path(of: t.key))) <small>(\(qs.count))</small></h3>\n"
      h += "<p class=\"definition\">\(HTML.escape(t.definition)) <a href=\"#code-\(HTML.anchor(t.key))\">Codebook entry</a></p>\n"
      if qs.isEmpty { h += "<p class=\"empty\">No passages coded with this theme.</p>\n" }
      for q in qs {
        let spans = q.evidence.map { ($0.start - q.start)..<($0.end - q.start) }
        h += "<figure class=\"quote\" id=\"q-\(HTML.anchor(q.key))-\(HTML.anchor(q.codeKey))\">\n"
        h += "<blockquote>\(HTML.highlight(q.text, spans: spans))</blockquote>\n"
        h += "<figcaption>(\(HTML.escape(q.attribution))) · <a class=\"cite\" href=\"#ctx-\(HTML.anchor(q.key))\">\(HTML.escape(q.citation))</a> · <span class=\"key\">\(HTML.escape(q.key))</span> · <span class=\"status \(q.status.rawValue)\">\(q.status.rawValue)</span>"
        if !q.evidence.isEmpty { h += "<br>" + Self.why(q.evidence) }
        h += "</figcaption>\n</figure>\n"
      }
      h += "</section>\n"
    }
    h += "</section>\n"

    // Passages in context, one per quote key.
    h += "<section id=\"sources\">\n<h2>Passages in context</h2>\n"
    let passages = data.passages
    var lastSource = ""
    for (q, codes) in passages {
      if q.sourceID != lastSource {
        if !lastSource.isEmpty { h += "</section>\n" }
        h += "<section class=\"source\" id=\"source-\(HTML.anchor(q.sourceID))\">\n<h3>\(HTML.escape(q.sourceName))</h3>\n"
        lastSource = q.sourceID
      }
      h += "<article class=\"passage\" id=\"ctx-\(HTML.anchor(q.key))\">\n"
      h += "<h4>\(HTML.escape(q.key)) · \(HTML.escape(q.location.hasPrefix("http") ? "tweet" : q.location))</h4>\n<div class=\"context\">\n"
      let ctx = data.contexts[q.key]
      for line in ctx?.before ?? [] { h += Self.contextLine(line, current: false) }
      var allSpans: [Range<Int>] = []
      for c in codes { allSpans += c.evidence.map { ($0.start - q.start)..<($0.end - q.start) } }
      h += "<div class=\"turn current\">"
      if let s = q.speaker { h += "<span class=\"speaker\">\(HTML.escape(s))</span> " }
      h += "<span class=\"text\">\(HTML.highlight(q.text, spans: allSpans))</span></div>\n"
      for line in ctx?.after ?? [] { h += Self.contextLine(line, current: false) }
      h += "</div>\n<p class=\"source-ref\">\(HTML.escape(q.citation))"
      if let url = q.tweet?.url { h += " · <a href=\"\(HTML.escape(url))\">open on X</a>" }
      h += "</p>\n<p class=\"backlinks\">Coded as: "
      h += codes.map { "<a href=\"#q-\(HTML.anchor(q.key))-\(HTML.anchor($0.codeKey))\">↩ \(HTML.escape($0.codePath))</a>" }.joined(separator: " · ")
      h += "</p>\n</article>\n"
    }
    if !lastSource.isEmpty { h += "</section>\n" }
    h += "</section>\n</main>\n<footer><p>Made with Quire. Quote keys are stable: cite them in your notes.</p></footer>\n</body>\n</html>\n"
    return h
  }

  /// `Why: any[connect*, …] matched “connecting”, “#edchat”`: each rule that fired (shortened,
  /// in full on hover) with the words it matched.
  static func why(_ evidence: [Evidence]) -> String {
    let parts = Self.rulesAndWords(evidence).map { rule, words -> String in
      let matched = words.map { "“<mark>\(HTML.escape($0))</mark>”" }.joined(separator: ", ")
      return "<code title=\"\(HTML.escape(rule))\">\(HTML.escape(Self.shortRule(rule)))</code> matched \(matched)"
    }
    return "<span class=\"evidence\">Why: " + parts.joined(separator: "; ") + "</span>"
  }

  /// Each rule that fired, in order, with the distinct words it matched.
  static func rulesAndWords(_ evidence: [Evidence]) -> [(rule: String, words: [String])] {
    // A passage has a rule or two: a scan beats hashing rule texts that run to hundreds of
    // characters.
    var out: [(rule: String, words: [String])] = []
    for e in evidence {
      if let i = out.firstIndex(where: { $0.rule == e.rule }) {
        if !out[i].words.contains(e.text) { out[i].words.append(e.text) }
      } else {
        out.append((e.rule, [e.text]))
      }
    }
    return out
  }

  /// A rule shortened to 60 characters for a caption.
  static func shortRule(_ rule: String) -> String { rule.count > 60 ? String(rule.prefix(57)) + "…" : rule }

  static func contextLine(_ line: PassageContext.Line, current: Bool) -> String {
    var h = "<div class=\"turn\">"
    if let s = line.speaker { h += "<span class=\"speaker\">\(HTML.escape(s))</span> " }
    return h + "<span class=\"text\">\(HTML.escape(line.text))</span></div>\n"
  }

  static let css = """
    :root { --ink: #1f2328; --muted: #59636e; --rule: #d0d7de; --mark: #fff3a3; }
    * { box-sizing: border-box; }
    body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); max-width: 56rem; margin: 0 auto; padding: 1.5rem; }
    h1, h2, h3, h4, nav, figcaption, table, .meta, .backlinks, .source-ref, footer { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
    h2 { border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin-top: 2.5rem; }
    .meta, footer { color: var(--muted); font-size: .9rem; }
    nav ol { padding-left: 1.2rem; }
    article.code { border-left: 6px solid var(--code-color); padding: .2rem 1rem; margin: 1rem 0; }
    article.code.depth-1, th.depth-1 { margin-left: 1.5rem; padding-left: 1rem; }
    dl { display: grid; grid-template-columns: 10rem 1fr; gap: .2rem 1rem; }
    dt { font-weight: bold; color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; }
    dd { margin: 0; }
    ul.rules { margin: 0; padding-left: 1rem; }
    code { overflow-wrap: anywhere; }
    .scroll { overflow-x: auto; }
    .legend { font-family: system-ui, sans-serif; font-size: .85rem; color: var(--muted); }
    section.matrix td, section.matrix thead th { text-align: center; min-width: 1.8rem; }
    section.matrix tbody th { white-space: nowrap; font-weight: normal; text-align: left; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: right; }
    th[scope="row"], thead th:first-child { text-align: left; }
    section.theme { border-top: 4px solid var(--code-color); margin-top: 2rem; }
    figure.quote { margin: 1rem 0 1.5rem; }
    blockquote { margin: 0; padding: .5rem 1rem; border-left: 3px solid var(--code-color, var(--rule)); white-space: pre-wrap; background: #fafafa; }
    figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
    mark { background: var(--mark); padding: 0 .1em; }
    .status.accepted { color: #1a7f37; } .status.rejected { color: #cf222e; }
    .evidence code { font-size: .8rem; }
    article.passage { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
    article.passage:target, figure.quote:target { outline: 3px solid #0969da; }
    .turn { white-space: pre-wrap; margin: .4rem 0; color: var(--muted); }
    .turn.current { color: var(--ink); background: #f6f8fa; padding: .3rem .5rem; border-left: 3px solid #0969da; }
    .speaker { font-weight: bold; font-family: system-ui, sans-serif; }
    .speaker::after { content: ":"; }
    @media print {
      nav, .backlinks { display: none; }
      body { max-width: none; padding: 0; font-size: 11pt; }
      a { color: inherit; text-decoration: none; }
      figure.quote, article.passage, article.code { break-inside: avoid; }
      section.theme, #sources { break-before: page; }
      blockquote { background: none; }
    }
    """
}
