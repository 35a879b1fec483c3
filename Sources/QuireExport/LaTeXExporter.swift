import Foundation
import QuireCore

/// Writes quotes as a LaTeX `longtable` with `booktabs` rules, grouped by theme, every special
/// character escaped (`\ { } $ & # ^ _ % ~`). The header row repeats on every page.
///
/// With `standalone`, a whole document that compiles with pdflatex and xelatex. Characters
/// pdflatex's fonts lack (emoji, CJK) are written as `\quireglyph{1F64C}{🙌}`, which prints the
/// character under xelatex and `[U+1F64C]` under pdflatex instead of stopping the build.
public struct LaTeXExporter: Sendable {
  public var title: String
  public var standalone: Bool

  public init(title: String, standalone: Bool = false) {
    self.title = title
    self.standalone = standalone
  }

  /// Escapes LaTeX specials; line breaks inside a cell become `\newline`.
  public static func escape(_ s: String) -> String {
    // Plain ASCII without specials (most words and many whole passages) needs nothing.
    var plain = true
    for b in s.utf8 {
      switch b {
      case 0x5C, 0x7B, 0x7D, 0x24, 0x26, 0x23, 0x5E, 0x5F, 0x25, 0x7E, 0x3C, 0x3E, 0x7C, 0x0A, 0x0D: plain = false
      default: if b >= 0x80 { plain = false }
      }
      if !plain { break }
    }
    if plain { return s }
    // Built as bytes: appending scalar by scalar to a String is slow for long passages.
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 32)
    func put(_ t: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: t.utf8Start, count: t.utf8CodeUnitCount)) }
    for u in s.unicodeScalars {
      switch u {
      case "\\": put("\\textbackslash{}")
      case "{": put("\\{")
      case "}": put("\\}")
      case "$": put("\\$")
      case "&": put("\\&")
      case "#": put("\\#")
      case "^": put("\\textasciicircum{}")
      case "_": put("\\_")
      case "%": put("\\%")
      case "~": put("\\textasciitilde{}")
      case "<": put("\\textless{}")
      case ">": put("\\textgreater{}")
      case "|": put("\\textbar{}")
      case "\n": put("\\newline{}")
      case "\r", "\u{FE0F}", "\u{200D}": continue
      default:
        if u.value > 0x24F && !pdfTeXKnown.contains(u.value) {
          // pdflatex's fonts lack it: \quireglyph prints it under xelatex, its code under pdflatex.
          put("\\quireglyph{")
          out.append(contentsOf: String(u.value, radix: 16, uppercase: true).utf8)
          put("}{")
          UTF8.encode(u) { out.append($0) }
          put("}")
        } else {
          UTF8.encode(u) { out.append($0) }
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Characters above U+024F that pdflatex's utf8 input with T1 fonts prints.
  static let pdfTeXKnown: Set<UInt32> = [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x20AC, 0x2022]

  /// Defines `\quireglyph{HEX}{char}`: the character under xelatex and lualatex, `[U+HEX]` under
  /// pdflatex (`\pdfmatch` exists only in pdfTeX). Conditionals skip the character unread, so
  /// pdflatex never sees it.
  public static let glyphMacro = "\\providecommand{\\quireglyph}[2]{\\ifx\\pdfmatch\\undefined#2\\else{\\small[U+#1]}\\fi}\n"

  /// Scalars that pdflatex's utf8 input with T1 fonts does not know.
  static func unknownToPDFLaTeX(_ texts: [String]) -> [Unicode.Scalar] {
    let known = pdfTeXKnown
    var seen = Set<UInt32>()
    var out: [Unicode.Scalar] = []
    for t in texts {
      for u in t.unicodeScalars where u.value > 0x24F && !known.contains(u.value) && u.value != 0xFE0F && u.value != 0x200D {
        if seen.insert(u.value).inserted { out.append(u) }
      }
    }
    return out.sorted { $0.value < $1.value }
  }

  public func export(_ quotes: [Quote]) -> String {
    var body = ""
    var order: [String] = []
    var groups: [String: [Quote]] = [:]
    for q in quotes {
      if groups[q.codeKey] == nil { order.append(q.codeKey) }
      groups[q.codeKey, default: []].append(q)
    }
    for key in order {
      guard let group = groups[key], let first = group.first else { continue }
      body += "\\section*{\(Self.escape(first.codePath))}\n"
      body += "\\begin{longtable}{@{}p{0.12\\linewidth}p{0.56\\linewidth}p{0.26\\linewidth}@{}}\n"
      body += "\\toprule\nKey & Quote & Citation \\\\\n\\midrule\n\\endhead\n\\bottomrule\n\\endfoot\n"
      for q in group {
        body += "\\texttt{\(Self.escape(q.key))} & \(Self.escape(q.text)) & \(Self.escape(q.citation)) \\\\\n"
      }
      body += "\\end{longtable}\n\n"
    }
    if quotes.isEmpty { body = "No quotes.\n" }
    guard standalone else {
      return "% Quote table written by Quire: needs \\usepackage{longtable,booktabs}\n" + Self.glyphMacro + body
    }
    return Self.document(title: title, packages: "", margin: "2cm", contents: false, body: body)
  }

  /// A whole document for pdflatex, xelatex or lualatex: fonts by engine, `longtable` and
  /// `booktabs`, the glyph macro, and `packages` (more preamble lines).
  static func document(title: String, packages: String, margin: String, contents: Bool, body: String) -> String {
    """
      \\documentclass[11pt]{article}
      \\usepackage{iftex}
      \\ifPDFTeX
        \\usepackage[utf8]{inputenc}
        \\usepackage[T1]{fontenc}
        \\usepackage{textcomp}
      \\else
        \\usepackage{fontspec}
      \\fi
      \\usepackage[margin=\(margin)]{geometry}
      \\usepackage{longtable,booktabs}
      \(packages)\(glyphMacro)\\title{\(escape(title))}
      \\date{}
      \\begin{document}
      \\maketitle
      \(contents ? "\\tableofcontents\n\n" : "")\(body)\\end{document}

      """
  }
}
