import Foundation
import QuireCore

/// Codings written into a transcript in any text editor:
///
/// ```text
/// J Dale: {Connecting}you need to speak to this person{/Connecting}, and {Brokering}…{/Brokering}
/// ```
///
/// `{Code}` opens a coded passage and `{/Code}` closes it; the code is a theme's name or key
/// (any case). Passages may nest and overlap: a closing tag ends the latest open passage of that
/// code. `{{` and `}}` stand for literal braces. A brace group that does not start with a letter
/// (such as a `{00:12:31}` timestamp) is ordinary text. Only a text that holds at least one
/// closing tag is read for markup. The markup is removed from the stored text.
public enum InlineMarkup {
  /// The text without markup, and the passages with their code names.
  public static func extract(_ text: String, file: String) throws(QuireError) -> (text: String, codings: [InlineCoding]) {
    guard text.containsBytes("{/") else { return (text, []) }
    let sc = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var outCount = 0
    var open: [String: [(start: Int, line: Int, column: Int, name: String)]] = [:]
    var codings: [InlineCoding] = []
    var line = 1
    var lineStart = 0
    var i = 0
    while i < sc.count {
      let c = sc[i]
      if c == "\n" {
        line += 1
        lineStart = i + 1
      }
      if (c == "{" || c == "}"), i + 1 < sc.count, sc[i + 1] == c {
        out.append(c)
        outCount += 1
        i += 2
        continue
      }
      if c == "{", let (name, closing, next) = tag(sc, at: i) {
        let column = i - lineStart + 1
        let key = name.lowercased()
        if closing {
          guard var stack = open[key], let last = stack.popLast() else {
            throw QuireError(
              "'{/\(name)}' closes a passage that was never opened: expected '{\(name)}' before it",
              at: SourceLocation(file: file, line: line, column: column))
          }
          open[key] = stack
          if outCount > last.start {
            codings.append(InlineCoding(code: last.name, start: last.start, end: outCount, line: last.line, column: last.column))
          }
        } else {
          open[key, default: []].append((outCount, line, column, name))
        }
        i = next
        continue
      }
      out.append(c)
      outCount += 1
      i += 1
    }
    if let (_, stack) = open.first(where: { !$0.value.isEmpty }), let first = stack.first {
      throw QuireError(
        "'{\(first.name)}' is never closed: expected '{/\(first.name)}' after the coded passage",
        at: SourceLocation(file: file, line: first.line, column: first.column))
    }
    codings.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    return (String(out), codings)
  }

  /// A tag at `i`: its code name, whether it closes, and the offset after it.
  static func tag(_ sc: [Unicode.Scalar], at i: Int) -> (String, Bool, Int)? {
    var j = i + 1
    var closing = false
    if j < sc.count, sc[j] == "/" {
      closing = true
      j += 1
    }
    guard j < sc.count, sc[j].properties.isAlphabetic else { return nil }
    let nameStart = j
    while j < sc.count, sc[j] != "}", sc[j] != "{", sc[j] != "\n", j - nameStart <= 80 { j += 1 }
    guard j < sc.count, sc[j] == "}" else { return nil }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: sc[nameStart..<j])
    let name = String(v).trimmingCharacters(in: .whitespaces)
    return name.isEmpty ? nil : (name, closing, j + 1)
  }
}
