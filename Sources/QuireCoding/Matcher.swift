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
  /// Byte offsets into the source's UTF-8.
  var byteStart: Int
  var byteEnd: Int
}

/// A pattern of the compiled codebook: a token pattern or a regex.
enum PatternEntry {
  case tokens(CompiledPattern, display: String)
  /// A regex: its index in `Matcher.regexes`.
  case regex(Int, display: String)

  var display: String {
    switch self {
    case .tokens(_, let d), .regex(_, let d): return d
    }
  }
}

/// All patterns of all themes compiled into one index, so each unit is read once whatever the
/// number of themes. Pattern words are interned in a table of folded UTF-8 bytes: each token is
/// looked up once by its bytes (its vocabulary id), prefixes by a walk of a byte trie, and a
/// phrase's later words are tested by id or by comparing bytes; no token becomes a string.
struct Matcher {
  var patterns: [PatternEntry] = []
  private var ids: [String: Int] = [:]
  private var words = WordTable()
  /// By vocabulary id: phrases whose first word is exactly that word, hashtags and mentions
  /// whose whole body is.
  private var phraseExact = IDLists()
  private var hashtagExact = IDLists()
  private var mentionExact = IDLists()
  private var phrasePrefix = ByteTrie()
  private var hashtagPrefix = ByteTrie()
  private var mentionPrefix = ByteTrie()
  /// Each phrase's word tests, packed: pattern id → `testStart[id] ..< testStart[id] + testCount[id]`.
  private var testStart: [Int32] = []
  private var testCount: [Int32] = []
  private var tests: [ByteTest] = []
  private var prefixBytes: [UInt8] = []
  /// The regexes' pattern ids, and (by the same index) the compiled regexes.
  private(set) var regexIDs: [Int] = []
  private(set) var regexes: [CompiledRegex] = []
  /// By pattern id: whether it is a regex.
  private var isRegex: [Bool] = []
  /// By regex index, sets of ASCII literals (one per branch): a unit must contain every literal
  /// of some set for the regex to run (none: the regex is not filtered).
  private var regexLiterals: [[[[UInt8]]]] = []
  /// By regex index, for a regex used only inside `all` and `near` rules: the other items of each
  /// such rule. The regex runs only in a unit where, for some rule, every other item has a hit (a
  /// regex among them counts as present): elsewhere none of its rules can fire, so its matches
  /// cannot matter. Empty: the regex always runs.
  private var regexCompanions: [[[[Int]]]] = []
  /// By regex index, bit 0: it has literals, bit 1: it has companions. A flat array: checking
  /// every regex of a large codebook on every unit then reads one cache line, not one array
  /// header per regex.
  private var regexGates: [UInt8] = []
  /// `regexLiterals` and `regexCompanions` packed by `freeze` for matching: both cores read
  /// them for every unit, and reading a nested array would retain it, each retain contending
  /// for the same reference count.
  private var literalSets = PackedLists<Int32>()  // regex index → its literal sets
  private var setLiterals = PackedLists<Int32>()  // literal set → its literals
  private var literalBytes = PackedLists<UInt8>()  // literal → its bytes
  private var pairBits: [UInt64] = []  // bit p: some literal starts with the two bytes p
  private var pairKeys: [UInt16] = []  // those pairs, in order
  private var pairLiterals = PackedLists<Int32>()  // pair (by index in pairKeys) → its literals
  private var companionRules = PackedLists<Int32>()  // regex index → its companion rules
  private var ruleItems = PackedLists<Int32>()  // companion rule → its items
  private var itemPatterns = PackedLists<Int32>()  // item → its pattern ids
  let tokenizer: Tokenizer

  /// One word of a phrase: an exact vocabulary id, or a prefix's bytes in `prefixBytes`.
  struct ByteTest {
    var isPrefix: Bool
    var word: Int32
    var start: Int
    var count: Int
  }

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
    isRegex.append(false)
    ids[key] = id
    testStart.append(Int32(tests.count))
    testCount.append(0)
    func register(_ test: TokenTest, _ exact: inout IDLists, _ prefix: inout ByteTrie) {
      let bytes = Array(test.text.utf8)
      if test.isPrefix {
        prefix.insert(bytes, id: id)
      } else {
        exact.append(id, to: Int(words.intern(bytes)))
      }
    }
    switch compiled {
    case .phrase(let list):
      register(list[0], &phraseExact, &phrasePrefix)
      for test in list {
        let bytes = Array(test.text.utf8)
        if test.isPrefix {
          tests.append(ByteTest(isPrefix: true, word: -1, start: prefixBytes.count, count: bytes.count))
          prefixBytes += bytes
        } else {
          tests.append(ByteTest(isPrefix: false, word: words.intern(bytes), start: 0, count: 0))
        }
      }
      testCount[id] = Int32(list.count)
    case .hashtag(let t): register(t, &hashtagExact, &hashtagPrefix)
    case .mention(let t): register(t, &mentionExact, &mentionPrefix)
    }
    return id
  }

  /// Adds a regex (once per distinct pattern and case setting) and returns its id.
  mutating func add(regex spec: RegexSpec) throws(PatternError) -> Int {
    let key = (spec.caseSensitive ? "R:" : "r:") + spec.pattern
    if let id = ids[key] { return id }
    guard let regex = CompiledRegex(pattern: spec.pattern, caseInsensitive: !spec.caseSensitive) else {
      throw PatternError(message: "regex '\(spec.pattern)' does not compile: expected an ICU regular expression")
    }
    let id = patterns.count
    patterns.append(.regex(regexes.count, display: "regex /\(spec.pattern)/"))
    isRegex.append(true)
    ids[key] = id
    testStart.append(Int32(tests.count))
    testCount.append(0)
    regexIDs.append(id)
    regexes.append(regex)
    regexCompanions.append([])
    regexLiterals.append([])
    regexGates.append(0)
    // Only ASCII literals: their case-insensitive search below never misses a match.
    if let sets = RegexPrefilter.requiredLiteralSets(spec.pattern) {
      // Per branch, its ASCII literals (a branch with none leaves the regex unfiltered).
      let ascii = sets.map { $0.filter { $0.unicodeScalars.allSatisfy(\.isASCII) } }
      if ascii.allSatisfy({ !$0.isEmpty }) {
        regexLiterals[regexLiterals.count - 1] = ascii.map { $0.map { Array($0.utf8) } }
        regexGates[regexGates.count - 1] |= 1
      }
    }
    return id
  }

  /// Lets the regex run only where one of these lists of items is present (see `regexCompanions`).
  mutating func runRegex(_ id: Int, onlyWith companions: [[[Int]]]) {
    guard case .regex(let index, _) = patterns[id] else { return }
    regexCompanions[index] = companions
    if !companions.isEmpty { regexGates[index] |= 2 }
  }

  /// Whether every item has a hit (a regex counts as present: it is what is being decided).
  /// Plain loops: a closure here would capture, and so copy, the whole matcher on every call.
  private func allPresent(rule: Int, in out: HitTable) -> Bool {
    for item in ruleItems.range(rule) {
      var present = false
      for k in itemPatterns.range(Int(ruleItems[item])) {
        let id = Int(itemPatterns[k])
        present = isRegex[id] || out.has(id)
        if present { break }
      }
      if !present { return false }
    }
    return true
  }

  /// Whether every literal of some set of regex `r` was found in the unit (`known`, filled by
  /// `markLiterals`).
  private func anySetPresent(regex r: Int, known: UnsafePointer<UInt8>) -> Bool {
    for set in literalSets.range(r) {
      var all = true
      for k in setLiterals.range(Int(literalSets[set])) where known[Int(setLiterals[k])] != 1 {
        all = false
        break
      }
      if all { return true }
    }
    return false
  }

  /// Marks each literal found in `haystack` (1) or not (2), in one pass over it whatever the
  /// number of literals, ASCII letters compared without case (the literals are lower case):
  /// each pair of bytes that starts some literal is looked up in a bitmap, and only then are
  /// those literals compared.
  private func markLiterals(in haystack: UnsafeBufferPointer<UInt8>, known: UnsafeMutableBufferPointer<UInt8>) {
    known.update(repeating: 2)
    guard haystack.count >= 2, let h = haystack.baseAddress else { return }
    @inline(__always) func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c + 0x20 : c }
    pairBits.withUnsafeBufferPointer { bits in
      pairKeys.withUnsafeBufferPointer { keys in
        literalBytes.values.withUnsafeBufferPointer { pool in
          var pair = UInt16(lower(h[0]))
          for i in 1..<haystack.count {
            pair = pair << 8 | UInt16(lower(h[i]))
            guard bits[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 else { continue }
            // The pair's literals: a binary search among the few pairs that start one.
            var lo = 0
            var hi = keys.count
            while lo < hi {
              let mid = (lo + hi) / 2
              if keys[mid] < pair { lo = mid + 1 } else { hi = mid }
            }
            let start = i - 1
            for k in pairLiterals.range(lo) {
              let literal = Int(pairLiterals[k])
              if known[literal] == 1 { continue }
              let bytes = literalBytes.range(literal)
              guard bytes.count <= haystack.count - start else { continue }
              var j = 2
              while j < bytes.count, lower(h[start + j]) == pool[bytes.lowerBound + j] { j += 1 }
              if j == bytes.count { known[literal] = 1 }
            }
          }
        }
      }
    }
  }

  /// Readies the index for matching: call once after the last pattern is added.
  mutating func freeze() {
    phraseExact.freeze(keys: words.count)
    hashtagExact.freeze(keys: words.count)
    mentionExact.freeze(keys: words.count)
    phrasePrefix.freeze()
    literalSets = PackedLists()
    setLiterals = PackedLists()
    literalBytes = PackedLists()
    companionRules = PackedLists()
    ruleItems = PackedLists()
    itemPatterns = PackedLists()
    // Each distinct literal once: a unit looks for it once, however many regexes need it.
    var literalIndex: [[UInt8]: Int32] = [:]
    for r in regexIDs.indices {
      var sets: [Int32] = []
      for set in regexLiterals[r] {
        var literals: [Int32] = []
        for literal in set {
          if let known = literalIndex[literal] {
            literals.append(known)
          } else {
            literalIndex[literal] = Int32(literalBytes.count)
            literals.append(Int32(literalBytes.count))
            literalBytes.append(literal)
          }
        }
        sets.append(Int32(setLiterals.count))
        setLiterals.append(literals)
      }
      literalSets.append(sets)
      var rules: [Int32] = []
      for rule in regexCompanions[r] {
        var items: [Int32] = []
        for item in rule {
          items.append(Int32(itemPatterns.count))
          itemPatterns.append(item.map { Int32($0) })
        }
        rules.append(Int32(ruleItems.count))
        ruleItems.append(items)
      }
      companionRules.append(rules)
    }
    hashtagPrefix.freeze()
    mentionPrefix.freeze()
    // Literals by their first two bytes (every literal has two or more).
    pairBits = [UInt64](repeating: 0, count: 1024)
    var byPair: [UInt16: [Int32]] = [:]
    for literal in 0..<literalBytes.count {
      let bytes = literalBytes.range(literal)
      let pair = UInt16(literalBytes[bytes.lowerBound]) << 8 | UInt16(literalBytes[bytes.lowerBound + 1])
      byPair[pair, default: []].append(Int32(literal))
      pairBits[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
    }
    pairKeys = byPair.keys.sorted()
    pairLiterals = PackedLists()
    for pair in pairKeys { pairLiterals.append(byPair[pair]!) }
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

  /// Scalars of blocks without case, told without asking their properties (tweets hold many):
  /// general punctuation, kana, CJK ideographs, variation selectors, emoji.
  @inline(__always) static func hasNoCase(_ v: UInt32) -> Bool {
    switch v {
    case 0x2000...0x206F, 0x3040...0x30FF, 0x4E00...0x9FFF, 0xFE00...0xFE0F, 0x1F000...0x1FAFF: return true
    default: return false
    }
  }

  /// Whether the unit's bytes are all ASCII, eight at a time.
  static func isASCII(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let base = b.baseAddress else { return true }
    var i = range.lowerBound
    while i + 8 <= range.upperBound {
      if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      i += 8
    }
    while i < range.upperBound {
      if b[i] >= 0x80 { return false }
      i += 1
    }
    return true
  }

  /// Whether any scalar of `bytes[range]` may case-fold to other letters (`foldsToOtherLetters`).
  static func mayFoldToOtherLetters(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      if b[i] < 0x80 {
        i += 1
        continue
      }
      let (u, n) = Tokenizer.decode(b, i)
      if !hasNoCase(u.value), foldsToOtherLetters(u) { return true }
      i += n
    }
    return false
  }

  /// All hits of all patterns in a scanned unit, keyed by pattern id. `b[unitBytes]` is the
  /// unit's UTF-8, whose first scalar is scalar `unitScalarStart` of the source; `wordIDs` and
  /// `literals` are scratch space reused from unit to unit.
  func hits(
    bytes b: UnsafeBufferPointer<UInt8>, unitBytes: Range<Int>, unitScalarStart: Int, unit: ScannedUnit,
    into out: inout HitTable, scratch candidates: inout [Int], wordIDs: inout [Int32], literals: inout [UInt8],
    regexRunner: RegexRunner
  ) {
    out.clear()
    let tokens = unit.tokens
    unit.folded.withUnsafeBufferPointer { folded in
      guard let f = folded.baseAddress else { return }
      wordIDs.removeAll(keepingCapacity: true)
      for t in tokens { wordIDs.append(t.role.wordMatchable ? words.find(f + t.foldStart, t.foldEnd - t.foldStart, padded: true) : -1) }
      prefixBytes.withUnsafeBufferPointer { pool in
        for k in tokens.indices where tokens[k].role.wordMatchable {
          let token = tokens[k]
          candidates.removeAll(keepingCapacity: true)
          let w = wordIDs[k]
          if w >= 0 { for j in phraseExact.range(Int(w)) { candidates.append(phraseExact[j]) } }
          phrasePrefix.matches(f + token.foldStart, token.foldEnd - token.foldStart, into: &candidates)
          for id in candidates {
            let count = Int(testCount[id])
            let first = Int(testStart[id])
            let lastIndex = k + count - 1
            guard lastIndex < tokens.count else { continue }
            var ok = true
            var t = 1
            while t < count {
              let other = tokens[k + t]
              let test = tests[first + t]
              if !other.role.wordMatchable {
                ok = false
              } else if test.isPrefix {
                ok = other.foldEnd - other.foldStart >= test.count
                  && memcmpEqual(f + other.foldStart, pool.baseAddress.unsafelyUnwrapped + test.start, test.count)
              } else {
                ok = wordIDs[k + t] == test.word
              }
              if !ok { break }
              t += 1
            }
            if ok {
              let lastToken = tokens[lastIndex]
              out.add(
                id,
                Hit(first: k, last: lastIndex, start: token.start, end: lastToken.end, byteStart: token.byteStart, byteEnd: lastToken.byteEnd))
            }
          }
        }
      }
      for s in unit.structures {
        candidates.removeAll(keepingCapacity: true)
        let w = words.find(f + s.foldStart, s.foldEnd - s.foldStart, padded: true)
        switch s.kind {
        case .hashtag:
          if w >= 0 { for j in hashtagExact.range(Int(w)) { candidates.append(hashtagExact[j]) } }
          hashtagPrefix.matches(f + s.foldStart, s.foldEnd - s.foldStart, into: &candidates)
        case .mention:
          if w >= 0 { for j in mentionExact.range(Int(w)) { candidates.append(mentionExact[j]) } }
          mentionPrefix.matches(f + s.foldStart, s.foldEnd - s.foldStart, into: &candidates)
        }
        if candidates.isEmpty { continue }
        // The structure's tokens: from its position up to the first token past its end.
        var last = s.position
        while last + 1 < tokens.count, tokens[last + 1].start < s.end { last += 1 }
        for id in candidates {
          out.add(id, Hit(first: s.position, last: max(s.position, last), start: s.start, end: s.end, byteStart: s.byteStart, byteEnd: s.byteEnd))
        }
      }
    }
    guard !regexIDs.isEmpty else { return }
    // A case-insensitive ICU match goes through full case folding, where `ß` is `ss` and `ﬁ`
    // is `fi`: in a unit holding such a character the literals are looked for in its folding.
    var ascii: Bool? = nil
    var literalsMarked = false
    if literals.count != literalBytes.count { literals = [UInt8](repeating: 0, count: literalBytes.count) }
    let unitText = UnsafeBufferPointer(rebasing: b[unitBytes])
    for r in 0..<regexIDs.count {
      let id = regexIDs[r]
      let gates = regexGates[r]
      if gates & 2 != 0 {
        var possible = false
        for k in companionRules.range(r) where allPresent(rule: Int(companionRules[k]), in: out) {
          possible = true
          break
        }
        if !possible { continue }
      }
      if gates & 1 != 0 {
        if !literalsMarked {
          literalsMarked = true
          if Self.mayFoldToOtherLetters(b, unitBytes) {
            // The literals are looked for in the unit's full case folding, as ICU compares.
            let folded = Array(String(decoding: unitText, as: UTF8.self).folding(options: [.caseInsensitive], locale: nil).utf8)
            folded.withUnsafeBufferPointer { h in literals.withUnsafeMutableBufferPointer { markLiterals(in: h, known: $0) } }
          } else {
            literals.withUnsafeMutableBufferPointer { markLiterals(in: unitText, known: $0) }
          }
        }
        guard literals.withUnsafeBufferPointer({ anySetPresent(regex: r, known: $0.baseAddress!) }) else { continue }
      }
      if ascii == nil { ascii = Self.isASCII(b, unitBytes) }
      let isASCII = ascii == true
      let tokens = unit.tokens
      // Matches come in text order: scalars are counted on from the last one (ASCII text: a
      // byte is a scalar).
      var countedTo = 0
      var scalars = 0
      func scalarOffset(_ byte: Int) -> Int {
        if isASCII { return byte }
        while countedTo < byte {
          if unitText[countedTo] & 0xC0 != 0x80 { scalars += 1 }
          countedTo += 1
        }
        return scalars
      }
      regexRunner.matches(r, in: unitText) { s, e in
        let a = unitScalarStart + scalarOffset(s)
        let z = unitScalarStart + scalarOffset(e)
        var first = tokens.count
        var last = -1
        for k in tokens.indices where tokens[k].end > a && tokens[k].start < z {
          first = min(first, k)
          last = max(last, k)
        }
        if last < 0 {
          first = tokens.firstIndex { $0.start >= z } ?? tokens.count
          last = first
        }
        out.add(id, Hit(first: first, last: last, start: a, end: z, byteStart: unitBytes.lowerBound + s, byteEnd: unitBytes.lowerBound + e))
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
