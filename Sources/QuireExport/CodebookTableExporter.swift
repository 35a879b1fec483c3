import Foundation
import QuireCore

/// The codebook as the table a methods chapter shows: theme (indented under its parent),
/// definition, when to use, when not to use, an example, and how many passages it coded.
public struct CodebookTableExporter: Sendable {
  public var codebook: Codebook
  /// Passages coded with each code (suggested and accepted), by key.
  public var counts: [String: Int]

  public init(codebook: Codebook, counts: [String: Int]) {
    self.codebook = codebook
    self.counts = counts
  }

  public func markdown() -> String {
    let md = MarkdownExporter(title: "")
    var out = "# Codebook: \(md.escape(codebook.name))\n\n"
    if let d = codebook.description { out += md.escape(d) + "\n\n" }
    out += "| Theme | Definition | When to use | When not to use | Example | Coded |\n|---|---|---|---|---|---|\n"
    for t in codebook.themes {
      let indent = String(repeating: "↳ ", count: codebook.depth(of: t.key))
      let cells = [
        indent + t.name, t.definition, t.include ?? "", t.exclude ?? "", t.examples.first.map { "“\($0)”" } ?? "",
        String(counts[t.key] ?? 0),
      ]
      out += "| " + cells.map(md.escape).joined(separator: " | ") + " |\n"
    }
    return out
  }

  /// A `longtable` for a methods chapter (needs `longtable`, `booktabs` and `array`).
  public func latex() -> String {
    let e = LaTeXExporter.escape
    var out = "% Codebook table written by Quire: needs \\usepackage{longtable,booktabs}\n" + LaTeXExporter.glyphMacro
    out += "\\begin{longtable}{@{}p{0.14\\linewidth}p{0.2\\linewidth}p{0.17\\linewidth}p{0.17\\linewidth}p{0.17\\linewidth}r@{}}\n"
    out += "\\caption{Codebook: \(e(codebook.name))}\\\\\n\\toprule\nTheme & Definition & When to use & When not to use & Example & Coded \\\\\n\\midrule\n\\endhead\n\\bottomrule\n\\endfoot\n"
    for t in codebook.themes {
      let name = (codebook.depth(of: t.key) > 0 ? "\\quad " : "") + e(t.name)
      out += [name, e(t.definition), e(t.include ?? ""), e(t.exclude ?? ""), t.examples.first.map { "``" + e($0) + "''" } ?? "", String(counts[t.key] ?? 0)]
        .joined(separator: " & ") + " \\\\\n"
    }
    return out + "\\end{longtable}\n"
  }

  /// A Word document holding the table (a real Word table, its header row repeated on each page).
  public func docx() throws -> Data {
    var rows: [[[ReportDocument.Inline]]] = []
    for t in codebook.themes {
      let indent = String(repeating: "    ", count: codebook.depth(of: t.key))
      rows.append([
        [.text(indent), .bold(t.name)], [.text(t.definition)], [.text(t.include ?? "")], [.text(t.exclude ?? "")],
        [.italic(t.examples.first.map { "“\($0)”" } ?? "")], [.text(String(counts[t.key] ?? 0))],
      ])
    }
    var blocks: [ReportDocument.Block] = []
    if let d = codebook.description { blocks.append(.paragraph([.text(d)])) }
    blocks.append(.table(header: ["Theme", "Definition", "When to use", "When not to use", "Example", "Coded"], rows: rows))
    return try ReportDocument(title: "Codebook: \(codebook.name)", blocks: blocks).docx()
  }

  public func html() -> String {
    var h = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>Codebook: \(HTML.escape(codebook.name))</title>
      <style>
      body { font: 15px/1.5 Georgia, serif; margin: 1.5rem; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border-bottom: 1px solid #d0d7de; padding: .4rem .5rem; text-align: left; vertical-align: top; }
      th { font-family: system-ui, sans-serif; }
      td.child { padding-left: 1.5rem; }
      td.count { text-align: right; }
      </style>
      </head>
      <body>
      <h1>Codebook: \(HTML.escape(codebook.name))</h1>

      """
    if let d = codebook.description { h += "<p>\(HTML.escape(d))</p>\n" }
    h += "<table>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Definition</th><th scope=\"col\">When to use</th><th scope=\"col\">When not to use</th><th scope=\"col\">Example</th><th scope=\"col\">Coded</th></tr></thead>\n<tbody>\n"
    for t in codebook.themes {
      let child = codebook.depth(of: t.key) > 0
      h += "<tr><th scope=\"row\"\(child ? " class=\"child\"" : "")>\(HTML.escape(t.name))</th><td>\(HTML.escape(t.definition))</td>"
      h += "<td>\(HTML.escape(t.include ?? ""))</td><td>\(HTML.escape(t.exclude ?? ""))</td>"
      h += "<td>\(t.examples.first.map { "“" + HTML.escape($0) + "”" } ?? "")</td><td class=\"count\">\(counts[t.key] ?? 0)</td></tr>\n"
    }
    return h + "</tbody>\n</table>\n</body>\n</html>\n"
  }
}
