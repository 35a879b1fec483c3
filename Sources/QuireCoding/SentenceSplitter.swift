/// Splits text into sentences for the `sentence` coding unit.
///
/// A sentence ends at `.`, `!`, `?`, `…` (and any closing quotes or brackets after them) when
/// whitespace follows and the next word does not start with a lower-case letter; a blank line
/// always ends one. A full stop after a common abbreviation (`Dr.`, `e.g.`, `etc.`), an initial
/// (`J. Dale`) or a number (`3.5`) does not end a sentence.
enum SentenceSplitter {
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "eg", "e.g", "ie", "i.e", "cf",
    "no", "nos", "vol", "p", "pp", "fig", "approx", "dept", "ca", "mt", "ft", "govt", "inc", "ltd",
    "co", "sra", "sr", "dra", "ee.uu", "uu",
  ]
  static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "»"]

  /// The trimmed sentence ranges inside `range`.
  static func sentences(_ sc: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = range.lowerBound
    var i = range.lowerBound
    let end = range.upperBound
    func emit(_ a: Int, _ b: Int) {
      var a = a, b = b
      while a < b, sc[a].properties.isWhitespace { a += 1 }
      while b > a, sc[b - 1].properties.isWhitespace { b -= 1 }
      if b > a { out.append(a..<b) }
    }
    while i < end {
      let c = sc[i]
      // A blank line.
      if c == "\n" {
        var j = i + 1
        while j < end, sc[j] == " " || sc[j] == "\t" { j += 1 }
        if j < end, sc[j] == "\n" {
          emit(start, i)
          start = j
          i = j
          continue
        }
      }
      if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
        var j = i + 1
        while j < end, sc[j] == "." || sc[j] == "!" || sc[j] == "?" || sc[j] == "\u{2026}" { j += 1 }
        while j < end, closers.contains(sc[j]) { j += 1 }
        guard j == end || sc[j].properties.isWhitespace else {
          i = j
          continue
        }
        var k = j
        while k < end, sc[k].properties.isWhitespace { k += 1 }
        let nextIsLower = k < end && sc[k].properties.isLowercase
        if c == "." && j == i + 1 && isAbbreviation(sc, before: i, from: start) {
          i = j
          continue
        }
        if !nextIsLower {
          emit(start, j)
          start = j
        }
        i = j
        continue
      }
      i += 1
    }
    emit(start, end)
    return out
  }

  /// Whether the word before the full stop at `dot` is an abbreviation or an initial.
  static func isAbbreviation(_ sc: [Unicode.Scalar], before dot: Int, from start: Int) -> Bool {
    var a = dot
    while a > start, sc[a - 1].properties.isAlphabetic || sc[a - 1] == "." { a -= 1 }
    guard a < dot else { return false }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: sc[a..<dot])
    let word = String(v)
    if word.unicodeScalars.count == 1, word.unicodeScalars.first?.properties.isUppercase == true { return true }
    return abbreviations.contains(word.lowercased())
  }
}
