/// Finds literal text that every match of a regex must contain, so the regex only runs on
/// units that contain it ("regexes run only where they can fire", DESIGN §4).
///
/// For `\bmeet-?ups?\b` the required literal is `meet`; for `colleague|staff ?room` it is one of
/// `colleague`, `staff`. A group that must match is followed too: `\b(filter|echo) (bubble|chamber)`
/// needs `filter` or `echo`, and `bubble` or `chamber`. When a branch has no literal of at least
/// two characters (or uses syntax this reader does not follow), there is no prefilter and the
/// regex runs on every unit.
enum RegexPrefilter {
  /// A group's alternatives multiply a branch's: beyond this many, the group is not followed
  /// (which only lets the regex run on more units).
  static let maxAlternatives = 32

  /// Lower-cased literals, one of which every match contains; nil when none can be told.
  static func requiredLiterals(_ pattern: String) -> [String]? {
    requiredLiteralSets(pattern)?.map { set in set.max { $0.count < $1.count } ?? "" }
  }

  /// Sets of literal runs of two or more characters, such that every match contains all of
  /// some set (`teach ?meets?`: `teach` and `meet`); nil when some way to match needs none.
  static func requiredLiteralSets(_ pattern: String) -> [[String]]? {
    let chars = Array(pattern)
    // Free spacing (`(?x)`) makes spaces and `#…` comments no text to find.
    if freeSpacing(chars) { return nil }
    return literalSets(chars[...])
  }

  static func literalSets(_ chars: ArraySlice<Character>) -> [[String]]? {
    guard let branches = splitTopLevel(Array(chars)) else { return nil }
    var out: [[String]] = []
    for branch in branches {
      guard let alternatives = mandatoryRuns(branch) else { return nil }
      for runs in alternatives {
        let long = runs.filter { $0.count >= 2 }
        guard !long.isEmpty else { return nil }
        out.append(long.map { $0.lowercased() })
      }
    }
    return out
  }

  /// Whether an inline flag group turns on free spacing (`(?x)`, `(?ix:`…).
  static func freeSpacing(_ c: [Character]) -> Bool {
    var i = 0
    while i + 2 < c.count {
      if c[i] == "\\" {
        i += 2
        continue
      }
      if c[i] == "(" && c[i + 1] == "?" {
        var j = i + 2
        while j < c.count, c[j].isLetter || c[j] == "-" {
          if c[j] == "x" { return true }
          j += 1
        }
      }
      i += 1
    }
    return false
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

  /// Ways to match the branch, each with the runs of characters that must appear literally in
  /// every match that way; nil when the branch uses syntax this reader does not follow.
  static func mandatoryRuns(_ c: [Character]) -> [[String]]? {
    var alternatives: [[String]] = [[]]
    var run = ""
    func breakRun() {
      if !run.isEmpty {
        for k in alternatives.indices { alternatives[k].append(run) }
      }
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
          if e == "Q" { return alternatives }
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
        var inClass = false
        while j < c.count {
          if c[j] == "\\" { j += 2; continue }
          if inClass {
            if c[j] == "]" { inClass = false }
          } else if c[j] == "[" {
            inClass = true
          } else if c[j] == "(" {
            depth += 1
          } else if c[j] == ")" {
            depth -= 1
            if depth == 0 { break }
          }
          j += 1
        }
        guard j < c.count else { return nil }
        // A plain, non-capturing or atomic group that must match once or more: each match
        // takes one of its ways (lookarounds, flag groups and the like are passed over).
        var body = i + 1
        if body < j, c[body] == "?" {
          body = body + 1 < j && (c[body + 1] == ":" || c[body + 1] == ">") ? body + 2 : j
        }
        i = j + 1
        let mandatory = i >= c.count || !["?", "*", "{"].contains(c[i]) || Self.repeatsAtLeastOnce(c, i)
        skipQuantifier(c, &i)
        if mandatory, body < j, let inner = literalSets(c[body..<j]),
          alternatives.count * inner.count <= maxAlternatives
        {
          alternatives = alternatives.flatMap { before in inner.map { before + $0 } }
        }
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
    return alternatives
  }

  /// Whether the `{n,m}` quantifier at `i` asks for at least one repetition.
  static func repeatsAtLeastOnce(_ c: [Character], _ i: Int) -> Bool {
    guard i < c.count, c[i] == "{" else { return false }
    var n = 0
    var j = i + 1
    var digits = 0
    while j < c.count, let d = c[j].wholeNumberValue, c[j].isASCII {
      n = n * 10 + d
      digits += 1
      j += 1
    }
    return digits > 0 && n >= 1
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
