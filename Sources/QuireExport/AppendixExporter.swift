import Foundation
import QuireCore

/// The thesis quote appendix: quotes grouped by theme, each under its stable key with its
/// citation, and a BibTeX file of the sources so LaTeX and Pandoc users can cite them.
///
/// Keys never change when sources are added or the project is re-coded, so an appendix built
/// again keeps every existing quote's label.
public struct AppendixExporter: Sendable {
  public var title: String

  public init(title: String) { self.title = title }

  /// A BibTeX key: `interview01` for an interview or document, `tweet1126…` for each post
  /// (APA 7 cites posts one by one).
  public static func bibKey(_ q: Quote) -> String {
    if q.sourceKind == .tweets, let t = q.tweet, !t.id.isEmpty {
      let id = String(t.id.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }.map(Character.init))
      if !id.isEmpty { return "tweet" + String(id.suffix(40)) }
    }
    let kind: String
    switch q.sourceKind {
    case .interview: kind = "interview"
    case .tweets: kind = "posts"
    case .webPage: kind = "webpage"
    case .document: kind = "document"
    }
    return kind + (q.sourceNumber < 10 ? "0" : "") + String(q.sourceNumber)
  }

  static func groups(_ quotes: [Quote]) -> [(String, [Quote])] {
    var order: [String] = []
    var byCode: [String: [Quote]] = [:]
    for q in quotes {
      if byCode[q.codeKey] == nil { order.append(q.codeKey) }
      byCode[q.codeKey, default: []].append(q)
    }
    return order.compactMap { k in byCode[k].map { (k, $0) } }
  }

  /// Markdown with Pandoc citations (`[@interview01]`) and anchors (`{#q-RA-01.03}`).
  public func markdown(_ quotes: [Quote]) -> String {
    let md = MarkdownExporter(title: "")
    var out = "# \(md.escape(title))\n"
    for (_, group) in Self.groups(quotes) {
      guard let first = group.first else { continue }
      out += "\n## \(md.escape(first.codePath))\n"
      var seen = Set<String>()
      for q in group where seen.insert(q.key).inserted {
        let text = q.text.replacingOccurrences(of: "\n", with: " ")
        out += "\n**\(q.key)** []{#q-\(q.key)} “\(md.escape(text))” (\(md.escape(q.attribution)))  \n"
        out += "\(md.escape(q.citation)) [@\(Self.bibKey(q))]\n"
      }
    }
    return out
  }

  /// LaTeX: a `description` list per theme, each quote labelled `q:KEY` and citing its source.
  public func latex(_ quotes: [Quote]) -> String {
    var out = "% Quote appendix written by Quire: \\input it; cite sources from the .bib file.\n"
    out += LaTeXExporter.glyphMacro
    out += "\\section*{\(LaTeXExporter.escape(title))}\n"
    var labelled = Set<String>()
    for (_, group) in Self.groups(quotes) {
      guard let first = group.first else { continue }
      out += "\\subsection*{\(LaTeXExporter.escape(first.codePath))}\n\\begin{description}\n"
      var seen = Set<String>()
      for q in group where seen.insert(q.key).inserted {
        // A passage under several themes is labelled once, where it first appears.
        let label = labelled.insert(q.key).inserted ? "\\label{q:\(q.key)}" : ""
        out += "\\item[\\texttt{\(LaTeXExporter.escape(q.key))}]\(label) ``\(LaTeXExporter.escape(q.text))'' (\(LaTeXExporter.escape(q.attribution))) "
        out += "\(LaTeXExporter.escape(q.citation)) \\cite{\(Self.bibKey(q))}\n"
      }
      out += "\\end{description}\n"
    }
    return out
  }

  /// One `@misc` entry per source quoted.
  public func bibtex(_ quotes: [Quote]) -> String {
    var out = ""
    var seen = Set<String>()
    for q in quotes.sorted(by: { Self.bibKey($0) < Self.bibKey($1) }) where seen.insert(Self.bibKey(q)).inserted {
      func field(_ s: String) -> String {
        // Braces are balanced by escaping them; TeX specials escaped as in LaTeX text.
        LaTeXExporter.escape(s)
      }
      switch q.sourceKind {
      case .interview:
        out += "@misc{\(Self.bibKey(q)),\n  title = {Interview \(q.sourceNumber)},\n  note = {Research interview, transcript \(field(q.sourceName))},\n  howpublished = {Unpublished transcript}\n}\n\n"
      case .tweets where q.tweet != nil && Self.bibKey(q).hasPrefix("tweet"):
        // APA 7: Author, A. [@handle]. (Year, Month Day). First twenty words [Tweet]. X. URL
        let t = q.tweet!
        let author = Citation.apaAuthor(name: t.authorName, handle: t.authorHandle)
        let parts = t.createdAt.prefix(10).split(separator: "-")
        out += "@misc{\(Self.bibKey(q)),\n  author = {{\(field(author))}},\n  title = {\(field(Citation.firstWords(q.text))) [Tweet]},\n"
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) {
          out += "  year = {\(y)},\n  month = {\(Citation.months[m - 1])},\n  day = {\(Int(parts[2]) ?? 0)},\n  date = {\(t.createdAt.prefix(10))},\n"
        }
        out += "  howpublished = {X},\n  url = {\(t.url)},\n  note = {\(field(Citation.apaDate(t.createdAt)))}\n}\n\n"
      case .tweets:
        let handle = q.tweet?.authorHandle ?? ""
        let author = q.tweet.map { Citation.apaAuthor(name: $0.authorName, handle: "") } ?? q.sourceName
        out += "@misc{\(Self.bibKey(q)),\n  author = {\(field(author))},\n  title = {Posts of @\(field(handle))},\n  howpublished = {X (Twitter) account archive},\n  note = {\(field(q.sourceName))}\n}\n\n"
      case .webPage, .document:
        out += "@misc{\(Self.bibKey(q)),\n  title = {\(field(q.sourceName))},\n  howpublished = {Document}\n}\n\n"
      }
    }
    return out
  }
}
