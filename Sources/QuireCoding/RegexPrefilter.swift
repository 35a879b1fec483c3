/// Finds literal text that every match of a regex must contain, so the regex only runs on
/// units that contain it ("regexes run only where they can fire", DESIGN §4).
///
/// For `\bmeet-?ups?\b` the required literal is `meet`; for `colleague|staff ?room` it is one of
/// `colleague`, `staff`. When a branch has no literal of at least two characters (or uses syntax
/// this reader does not follow), there is no prefilter and the regex runs on every unit.
enum RegexPrefilter {
  /// Lower-cased literals, one of which every match contains; nil when none can be told.
  static func requiredLiterals(_ pattern: String) -> [String]? {
    requiredLiteralSets(pattern)?.map { set in set.max { $0.count < $1.count } ?? "" }
  }

  /// For each top-level branch, every literal run of two or more characters its matches must
  /// all contain (`teach ?meets?`: `teach` and `meet`); nil when a branch has none.
  static func requiredLiteralSets(_ pattern: String) -> [[String]]? {
    let chars = Array(pattern)
    guard let branches = splitTopLevel(chars) else { return nil }
    var out: [[String]] = []
    for branch in branches {
      guard let runs = mandatoryRuns(branch)?.filter({ $0.count >= 2 }), !runs.isEmpty else { return nil }
      out.append(runs.map { $0.lowercased() })
    }
    return out
  }

  /// Splits at `|` outside groups and classes; nil on unbalanced syntax.
  static func splitTopLevel(_ c: [Character]) -> [[Character]]? {
    var branches: [[Character]] = []
    var current: [Character] = []
    var depth = 0
    var inClass = false
    var i = 0
    while i < c.count {
      let ch = c[i]
      if ch == "\\" {
        guard i + 1 < c.count else { return nil }
        current.append(ch)
        current.append(c[i + 1])
        i += 2
        continue
      }
      if inClass {
        if ch == "]" { inClass = false }
      } else if ch == "[" {
        inClass = true
      } else if ch == "(" {
        depth += 1
      } else if ch == ")" {
        depth -= 1
        if depth < 0 { return nil }
      } else if ch == "|" && depth == 0 {
        branches.append(current)
        current = []
        i += 1
        continue
      }
      current.append(ch)
      i += 1
    }
    guard depth == 0, !inClass else { return nil }
    branches.append(current)
    return branches
  }

  /// How many hex digits (up to `max`) start at `i`.
  static func hexDigits(_ c: [Character], _ i: Int, max: Int) -> Int {
    var n = 0
    while n < max, i + n < c.count, c[i + n].isHexDigit { n += 1 }
    return n
  }

  /// The runs of characters that must appear literally, in order, in every match; nil when
  /// the branch uses syntax this reader does not follow.
  static func mandatoryRuns(_ c: [Character]) -> [String]? {
    var runs: [String] = []
    var run = ""
    func breakRun() {
      if !run.isEmpty { runs.append(run) }
      run = ""
    }
    func addLiteral(_ ch: Character, _ q: Character?) {
      switch q {
      case nil:
        if ch.isWhitespace { breakRun() } else { run.append(ch) }
      case "+":
        if !ch.isWhitespace { run.append(ch) }
        breakRun()
      default:
        breakRun()  // optional or repeated zero times: not required
      }
    }
    func quantifierFollows(_ j: Int) -> Character? {
      guard j < c.count else { return nil }
      return ["?", "*", "+", "{"].contains(c[j]) ? c[j] : nil
    }
    var i = 0
    while i < c.count {
      let ch = c[i]
      switch ch {
      case "\\":
        guard i + 1 < c.count else { return nil }
        let e = c[i + 1]
        if e == "b" || e == "B" || e == "A" || e == "z" || e == "Z" {
          i += 2  // zero-width: the run goes on
          continue
        }
        if e == "Q" || e == "p" || e == "P" || e == "N" || e == "x" || e == "u" || e == "U" || e == "c" || e.isNumber {
          breakRun()
          i += 2
          if e == "Q" { return runs }
          // Skip the escape's payload, which is not text to find: `\x41`, `\x{e9}`, `\u00e9`,
          // `\U0001F600`, `\0101` and back-references, `\N{NAME}`, `\p{L}` or `\pL`, `\cA`.
          if i < c.count, c[i] == "{" {
            while i < c.count, c[i] != "}" { i += 1 }
            i += 1
          } else {
            switch e {
            case "x": i += hexDigits(c, i, max: 2)
            case "u": i += hexDigits(c, i, max: 4)
            case "U": i += hexDigits(c, i, max: 8)
            case "p", "P", "c": i += 1
            default: while i < c.count, c[i].isNumber { i += 1 }  // octal \0ooo, back-reference \12
            }
          }
          skipQuantifier(c, &i)
          continue
        }
        if e.isLetter {  // \w \s \d and friends: a class
          breakRun()
          i += 2
          skipQuantifier(c, &i)
          continue
        }
        // An escaped punctuation character is itself.
        i += 2
        addLiteral(e, quantifierFollows(i))
        skipQuantifier(c, &i)
      case "[":
        breakRun()
        var j = i + 1
        if j < c.count, c[j] == "^" { j += 1 }
        if j < c.count, c[j] == "]" { j += 1 }
        while j < c.count, c[j] != "]" {
          if c[j] == "\\" { j += 1 }
          j += 1
        }
        i = j + 1
        skipQuantifier(c, &i)
      case "(":
        breakRun()
        var depth = 0
        var j = i
        while j < c.count {
          if c[j] == "\\" { j += 2; continue }
          if c[j] == "(" { depth += 1 }
          if c[j] == ")" {
            depth -= 1
            if depth == 0 { break }
          }
          j += 1
        }
        i = j + 1
        skipQuantifier(c, &i)
      case ".", "^", "$":
        if ch == "." { breakRun() }
        i += 1
        skipQuantifier(c, &i)
      case ")", "]", "|", "?", "*", "+", "{":
        return nil  // unexpected here: give up
      default:
        i += 1
        addLiteral(ch, quantifierFollows(i))
        skipQuantifier(c, &i)
      }
    }
    breakRun()
    return runs
  }

  static func skipQuantifier(_ c: [Character], _ i: inout Int) {
    guard i < c.count else { return }
    if c[i] == "{" {
      while i < c.count, c[i] != "}" { i += 1 }
      i += 1
    } else if c[i] == "?" || c[i] == "*" || c[i] == "+" {
      i += 1
    } else {
      return
    }
    if i < c.count, c[i] == "?" || c[i] == "+" { i += 1 }  // lazy or possessive
  }
}
