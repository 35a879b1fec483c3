import Foundation
import QuireCore

/// One match of a pattern in a unit.
public struct Hit: Sendable, Equatable {
  /// Positions of the first and last token the match covers.
  public var first: Int
  public var last: Int
  /// Scalar offsets into the source text.
  public var start: Int
  public var end: Int
}

/// A pattern of the compiled codebook: a token pattern or a regex.
enum PatternEntry {
  case tokens(CompiledPattern, display: String)
  case regex(NSRegularExpression, display: String)

  var display: String {
    switch self {
    case .tokens(_, let d), .regex(_, let d): return d
    }
  }
}

/// All patterns of all themes compiled into one index, so each unit is read once whatever the
/// number of themes: each token is looked up in hash tables of first words and of prefixes.
struct Matcher {
  var patterns: [PatternEntry] = []
  private var ids: [String: Int] = [:]
  private var phraseExact: [String: [Int]] = [:]
  private var phrasePrefix = PrefixTrie()
  private var hashtagExact: [String: [Int]] = [:]
  private var hashtagPrefix = PrefixTrie()
  private var mentionExact: [String: [Int]] = [:]
  private var mentionPrefix = PrefixTrie()
  private(set) var regexIDs: [Int] = []
  /// For each regex id, literals one of which a unit must contain for the regex to run.
  private var regexLiterals: [Int: [[Unicode.Scalar]]] = [:]
  let tokenizer: Tokenizer

  init(tokenizer: Tokenizer) {
    self.tokenizer = tokenizer
  }

  /// Adds a token pattern (once per distinct text) and returns its id.
  mutating func add(pattern raw: String) throws(PatternError) -> Int {
    let key = "p:" + raw
    if let id = ids[key] { return id }
    let compiled = try CompiledPattern.compile(raw, tokenizer: tokenizer)
    let id = patterns.count
    patterns.append(.tokens(compiled, display: raw))
    ids[key] = id
    func register(_ test: TokenTest, _ exact: inout [String: [Int]], _ prefix: inout PrefixTrie) {
      if test.isPrefix {
        prefix.insert(test.text, id: id)
      } else {
        exact[test.text, default: []].append(id)
      }
    }
    switch compiled {
    case .phrase(let tests): register(tests[0], &phraseExact, &phrasePrefix)
    case .hashtag(let t): register(t, &hashtagExact, &hashtagPrefix)
    case .mention(let t): register(t, &mentionExact, &mentionPrefix)
    }
    return id
  }

  /// Adds a regex (once per distinct pattern and case setting) and returns its id.
  mutating func add(regex spec: RegexSpec) throws(PatternError) -> Int {
    let key = (spec.caseSensitive ? "R:" : "r:") + spec.pattern
    if let id = ids[key] { return id }
    let regex: NSRegularExpression
    do {
      regex = try NSRegularExpression(pattern: spec.pattern, options: spec.caseSensitive ? [] : [.caseInsensitive])
    } catch {
      throw PatternError(message: "regex '\(spec.pattern)' does not compile: expected an ICU regular expression")
    }
    let id = patterns.count
    patterns.append(.regex(regex, display: "regex /\(spec.pattern)/"))
    ids[key] = id
    regexIDs.append(id)
    // Only ASCII literals: their case-insensitive search above never misses a match.
    if let literals = RegexPrefilter.requiredLiterals(spec.pattern), literals.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isASCII) }) {
      regexLiterals[id] = literals.map { Array($0.unicodeScalars) }
    }
    return id
  }

  private func lookup(_ text: String, _ exact: [String: [Int]], _ prefix: PrefixTrie, into out: inout [Int]) {
    if let e = exact[text] { out.append(contentsOf: e) }
    prefix.matches(text, into: &out)
  }

  /// Whether `scalars[range]` contains the lower-cased `literal`, ignoring case.
  static func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ literal: [Unicode.Scalar]) -> Bool {
    guard let first = literal.first, range.count >= literal.count else { return false }
    func lower(_ u: Unicode.Scalar) -> Unicode.Scalar {
      let v = u.value
      if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20) ?? u }
      if v < 0x80 { return u }
      // Non-ASCII scalars that a case-insensitive regex matches to ASCII letters.
      if v == 0x17F { return "s" }
      if v == 0x212A { return "k" }
      if v == 0x130 { return "i" }
      return u
    }
    var i = range.lowerBound
    let last = range.upperBound - literal.count
    while i <= last {
      if lower(scalars[i]) == first {
        var k = 1
        while k < literal.count, lower(scalars[i + k]) == literal[k] { k += 1 }
        if k == literal.count { return true }
      }
      i += 1
    }
    return false
  }

  /// Whether case folding may turn the scalar into other letters than its lower case (`ß`,
  /// ligatures, `ſ`, the Kelvin sign, `İ`): then the literal prefilter cannot rule a match out.
  static func foldsToOtherLetters(_ u: Unicode.Scalar) -> Bool {
    let p = u.properties
    guard p.changesWhenCaseFolded else { return false }
    let lower = p.lowercaseMapping
    if lower == String(u) { return true }  // folds, yet lower-cases to itself: ß, ﬁ, ſ, ς
    return lower.unicodeScalars.contains { $0.isASCII }  // K → k, İ → i̇
  }

  /// All hits of all patterns in the unit `range` of the source, keyed by pattern id.
  func hits(in scalars: [Unicode.Scalar], range: Range<Int>, unit: TokenizedUnit, into out: inout HitTable, text: () -> String) {
    var scratch: [Int] = []
    hits(in: scalars, range: range, unit: unit, into: &out, scratch: &scratch, text: text)
  }

  /// `hits`, with a caller's scratch array reused from unit to unit.
  func hits(
    in scalars: [Unicode.Scalar], range: Range<Int>, unit: TokenizedUnit, into out: inout HitTable, scratch candidates: inout [Int],
    text: () -> String
  ) {
    out.clear()
    let tokens = unit.tokens
    for (k, token) in tokens.enumerated() where token.role.wordMatchable {
      candidates.removeAll(keepingCapacity: true)
      lookup(token.text, phraseExact, phrasePrefix, into: &candidates)
      for id in candidates {
        guard case .tokens(.phrase(let tests), _) = patterns[id] else { continue }
        let lastIndex = k + tests.count - 1
        guard lastIndex < tokens.count else { continue }
        var ok = true
        var t = 1
        while t < tests.count {
          let other = tokens[k + t]
          if !other.role.wordMatchable || !tests[t].matches(other.text) {
            ok = false
            break
          }
          t += 1
        }
        if ok {
          out.add(id, Hit(first: k, last: lastIndex, start: token.start, end: tokens[lastIndex].end))
        }
      }
    }
    for s in unit.structures {
      candidates.removeAll(keepingCapacity: true)
      switch s.kind {
      case .hashtag: lookup(s.body, hashtagExact, hashtagPrefix, into: &candidates)
      case .mention: lookup(s.body, mentionExact, mentionPrefix, into: &candidates)
      }
      if candidates.isEmpty { continue }
      // The structure's tokens: from its position up to the first token past its end.
      var last = s.position
      while last + 1 < tokens.count, tokens[last + 1].start < s.end { last += 1 }
      for id in candidates {
        out.add(id, Hit(first: s.position, last: max(s.position, last), start: s.start, end: s.end))
      }
    }
    if !regexIDs.isEmpty {
      // The unit's text is built only when a regex may fire in it.
      var built: (string: String, ns: NSRange)? = nil
      // A case-insensitive ICU match goes through full case folding, where `ß` is `ss` and `ﬁ`
      // is `fi`: in a unit holding such a character the literal prefilter cannot rule a match out.
      var folds: Bool? = nil
      for id in regexIDs {
        guard case .regex(let regex, _) = patterns[id] else { continue }
        if let literals = regexLiterals[id] {
          if folds == nil { folds = range.contains { scalars[$0].value >= 0x80 && Self.foldsToOtherLetters(scalars[$0]) } }
          guard folds == true || literals.contains(where: { Self.contains(scalars, range, $0) }) else { continue }
        }
        if built == nil {
          let t = text()
          built = (t, NSRange(t.startIndex..., in: t))
        }
        guard let (string, ns) = built else { continue }
        for m in regex.matches(in: string, options: [], range: ns) where m.range.length > 0 {
          guard let r = Range(m.range, in: string) else { continue }
          let a = range.lowerBound + string.unicodeScalars.distance(from: string.startIndex, to: r.lowerBound)
          let b = range.lowerBound + string.unicodeScalars.distance(from: string.startIndex, to: r.upperBound)
          var first = tokens.count
          var last = -1
          for (k, t) in tokens.enumerated() where t.end > a && t.start < b {
            first = min(first, k)
            last = max(last, k)
          }
          if last < 0 {
            first = tokens.firstIndex { $0.start >= b } ?? tokens.count
            last = first
          }
          out.add(id, Hit(first: first, last: last, start: a, end: b))
        }
      }
    }
  }
}

/// The hits of one unit, by pattern id: an array reused from unit to unit (only the lists that
/// were filled are cleared), so looking a pattern up costs no hashing.
struct HitTable {
  private(set) var lists: [[Hit]]
  /// The ids with at least one hit, in the order they were first hit.
  private(set) var touched: [Int] = []

  init(patterns: Int) { lists = Array(repeating: [], count: patterns) }

  var isEmpty: Bool { touched.isEmpty }

  mutating func add(_ id: Int, _ hit: Hit) {
    if lists[id].isEmpty { touched.append(id) }
    lists[id].append(hit)
  }

  mutating func clear() {
    for id in touched { lists[id].removeAll(keepingCapacity: true) }
    touched.removeAll(keepingCapacity: true)
  }

  subscript(id: Int) -> [Hit]? { lists[id].isEmpty ? nil : lists[id] }

  @inline(__always) func has(_ id: Int) -> Bool { !lists[id].isEmpty }

  @inline(__always) func list(_ id: Int) -> [Hit] { lists[id] }
}
