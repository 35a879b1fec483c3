import Foundation
import QuireCore

/// A unit to code: a range of a source with its speaker.
public struct CodingUnit: Sendable, Equatable {
  public var segmentOrdinal: Int
  public var start: Int
  public var end: Int
  public var speaker: String?
  public var isInterviewer: Bool
  public var tweet: TweetInfo?
}

/// Applies a codebook to sources: one compiled matcher for all themes, each unit read once
/// (DESIGN §4). Suggestions carry the rules that fired and the matched spans.
///
/// ```swift
/// let engine = try CodingEngine(codebook: codebook)
/// let codings = engine.code(source: source, segments: segments, coder: "rules")
/// ```
public struct CodingEngine: @unchecked Sendable {
  /// Classes, not structs: the hot loop hands them around thousands of times per second, and
  /// a class reference costs one retain where a struct of arrays and strings costs many.
  final class CompiledRule {
    let kind: Rule.Kind
    /// Each item is one or more pattern ids; an item matches where any of them does.
    let items: [[Int]]
    let within: Int
    let display: String
    init(kind: Rule.Kind, items: [[Int]], within: Int, display: String) {
      self.kind = kind
      self.items = items
      self.within = within
      self.display = display
    }
  }

  final class CompiledTheme {
    let theme: Theme
    let positive: [CompiledRule]
    let negative: [CompiledRule]
    let positiveIDs: [Int]
    let speakerNames: Set<String>?
    init(theme: Theme, positive: [CompiledRule], negative: [CompiledRule], positiveIDs: [Int], speakerNames: Set<String>?) {
      self.theme = theme
      self.positive = positive
      self.negative = negative
      self.positiveIDs = positiveIDs
      self.speakerNames = speakerNames
    }
  }

  public let codebook: Codebook
  var matcher: Matcher
  var themes: [CompiledTheme] = []
  /// For each pattern id, the themes whose positive rules use it: only those are evaluated.
  var themesByPattern: [[Int]] = []

  /// Compiles every pattern of the codebook; a bad pattern names its theme.
  public init(codebook: Codebook) throws {
    self.codebook = codebook
    matcher = Matcher(tokenizer: Tokenizer(foldDiacritics: codebook.options.foldDiacritics))
    for theme in codebook.themes {
      var positive: [CompiledRule] = []
      var negative: [CompiledRule] = []
      var positiveIDs: [Int] = []
      for rule in theme.rules {
        var ids: [[Int]] = []
        func compile(_ item: RuleItem) throws(PatternError) -> [Int] {
          switch item {
          case .pattern(let p): return [try matcher.add(pattern: p)]
          case .regex(let r): return [try matcher.add(regex: r)]
          case .oneOf(let list):
            var out: [Int] = []
            for i in list { out += try compile(i) }
            return out
          }
        }
        for item in rule.items {
          do {
            ids.append(try compile(item))
          } catch {
            throw QuireError("theme '\(theme.name)': \(error.message)", at: rule.line.map { SourceLocation(file: "codebook", line: $0) })
          }
        }
        let compiled = CompiledRule(kind: rule.kind, items: ids, within: rule.within ?? 0, display: rule.display)
        if rule.kind == .not {
          negative.append(compiled)
        } else {
          positive.append(compiled)
          positiveIDs.append(contentsOf: ids.flatMap { $0 })
        }
      }
      var names: Set<String>? = nil
      if case .names(let list) = theme.speaker { names = Set(list.map { $0.lowercased() }) }
      themes.append(CompiledTheme(theme: theme, positive: positive, negative: negative, positiveIDs: positiveIDs, speakerNames: names))
    }
    themesByPattern = Array(repeating: [], count: matcher.patterns.count)
    for (index, t) in themes.enumerated() {
      for id in Set(t.positiveIDs) { themesByPattern[id].append(index) }
    }
  }

  /// The units of a source for this codebook's unit option: turns (or their paragraphs or
  /// sentences) for interviews, paragraphs (or sentences) for documents; tweets are always
  /// coded whole.
  public func units(of source: Source, segments: [Segment], scalars: [Unicode.Scalar]) -> [CodingUnit] {
    var units: [CodingUnit] = []
    for seg in segments {
      let wanted: Bool
      switch source.kind {
      case .tweets: wanted = seg.kind == .tweet
      case .interview: wanted = seg.kind == .turn
      case .webPage, .document: wanted = seg.kind == .paragraph || seg.kind == .turn
      }
      guard wanted, seg.end > seg.start else { continue }
      let pieces: [Range<Int>]?
      switch codebook.options.unit {
      case .paragraph where seg.kind != .tweet: pieces = Self.paragraphs(scalars, seg.start..<seg.end)
      case .sentence where seg.kind != .tweet: pieces = SentenceSplitter.sentences(scalars, seg.start..<seg.end)
      default: pieces = nil
      }
      if let pieces {
        for r in pieces {
          units.append(CodingUnit(segmentOrdinal: seg.ordinal, start: r.lowerBound, end: r.upperBound, speaker: seg.speaker, isInterviewer: seg.isInterviewer, tweet: seg.tweet))
        }
      } else {
        units.append(CodingUnit(segmentOrdinal: seg.ordinal, start: seg.start, end: seg.end, speaker: seg.speaker, isInterviewer: seg.isInterviewer, tweet: seg.tweet))
      }
    }
    return units
  }

  /// Splits a range at blank lines, trimming each paragraph.
  static func paragraphs(_ sc: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = range.lowerBound
    var i = range.lowerBound
    func emit(_ a: Int, _ b: Int) {
      var a = a, b = b
      while a < b, sc[a].properties.isWhitespace { a += 1 }
      while b > a, sc[b - 1].properties.isWhitespace { b -= 1 }
      if b > a { out.append(a..<b) }
    }
    while i < range.upperBound {
      if sc[i] == "\n" {
        var j = i + 1
        while j < range.upperBound, sc[j] == " " || sc[j] == "\t" { j += 1 }
        if j < range.upperBound, sc[j] == "\n" {
          emit(start, i)
          while j < range.upperBound, sc[j].properties.isWhitespace { j += 1 }
          start = j
          i = j
          continue
        }
      }
      i += 1
    }
    emit(start, range.upperBound)
    return out
  }

  func passes(_ t: CompiledTheme, unit: CodingUnit, source: Source) -> Bool {
    if let kinds = t.theme.sourceKinds, !kinds.contains(source.kind) { return false }
    switch t.theme.speaker {
    case nil: return true
    case .participants: return !unit.isInterviewer
    case .names:
      guard let names = t.speakerNames else { return true }
      if let s = unit.speaker, names.contains(s.lowercased()) { return true }
      if let tw = unit.tweet {
        return names.contains(tw.authorName.lowercased()) || names.contains(tw.authorHandle.lowercased())
          || names.contains("@" + tw.authorHandle.lowercased())
      }
      return false
    }
  }

  /// Suggested codings for every unit of a source where a theme applies.
  public func code(source: Source, segments: [Segment], coder: String) -> [Coding] {
    let scalars = source.text.scalarArray
    // A large source is coded in two halves on two cores: units are independent, and the
    // halves' suggestions joined in order are exactly those of one pass.
    // The second half gets an engine of its own (its own compiled regexes): nothing mutable is
    // shared between the threads.
    guard segments.count >= Self.parallelThreshold, ProcessInfo.processInfo.activeProcessorCount > 1,
      let engine = try? CodingEngine(codebook: codebook)
    else {
      return code(source: source, scalars: scalars, segments: segments[...], coder: coder)
    }
    let middle = segments.count / 2
    final class Box: @unchecked Sendable { var codings: [Coding] = [] }
    let second = Box()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      second.codings = engine.code(source: source, scalars: scalars, segments: segments[middle...], coder: coder)
    }
    var first = code(source: source, scalars: scalars, segments: segments[..<middle], coder: coder)
    group.wait()
    first += second.codings
    return first
  }

  /// From this many segments on, a source is coded on two cores.
  static let parallelThreshold = 20_000

  func code(source: Source, scalars: [Unicode.Scalar], segments: ArraySlice<Segment>, coder: String) -> [Coding] {
    var codings: [Coding] = []
    var hits = HitTable(patterns: matcher.patterns.count)
    var isCandidate = [Bool](repeating: false, count: themes.count)
    var candidates: [Int] = []
    var tokenized = TokenizedUnit()
    var scratch: [Int] = []
    for unit in units(of: source, segments: Array(segments), scalars: scalars) {
      scalars.withUnsafeBufferPointer { matcher.tokenizer.tokenize($0, unit.start..<unit.end, into: &tokenized) }
      matcher.hits(in: scalars, range: unit.start..<unit.end, unit: tokenized, into: &hits, scratch: &scratch) {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[unit.start..<unit.end])
        return String(v)
      }
      if hits.isEmpty { continue }
      // Only themes with a positive hit can apply; visit them in codebook order.
      candidates.removeAll(keepingCapacity: true)
      for id in hits.touched {
        for t in themesByPattern[id] where !isCandidate[t] {
          isCandidate[t] = true
          candidates.append(t)
        }
      }
      candidates.sort()
      for index in candidates {
        isCandidate[index] = false
        let t = themes[index]
        guard passes(t, unit: unit, source: source) else { continue }
        guard let evidence = evaluate(t, hits: hits) else { continue }
        let spans = evidence.map { e -> Evidence in
          var v = String.UnicodeScalarView()
          v.append(contentsOf: scalars[e.hit.start..<e.hit.end])
          return Evidence(rule: e.rule, pattern: matcher.patterns[e.pattern].display, start: e.hit.start, end: e.hit.end, text: String(v))
        }
        codings.append(
          Coding(
            sourceID: source.id, segmentOrdinal: unit.segmentOrdinal, start: unit.start, end: unit.end,
            codeKey: t.theme.key, coder: coder, origin: .rule, status: .suggested, evidence: spans))
      }
    }
    return codings
  }

  struct RawEvidence {
    var rule: String
    var pattern: Int
    var hit: Hit
  }

  /// The evidence when the theme applies to a unit with these hits, or nil.
  func evaluate(_ t: CompiledTheme, hits: HitTable) -> [RawEvidence]? {
    guard applies(t, hits: hits) else { return nil }
    return evidence(t, hits: hits)
  }

  /// Whether the theme applies, decided without building any evidence: most candidate themes
  /// do not, and this costs no allocation.
  func applies(_ t: CompiledTheme, hits: HitTable) -> Bool {
    func present(_ item: [Int]) -> Bool {
      for id in item where hits.has(id) { return true }
      return false
    }
    var fired = false
    rules: for rule in t.positive {
      switch rule.kind {
      case .any, .regex:
        for item in rule.items where present(item) {
          fired = true
          break rules
        }
      case .all:
        if rule.items.allSatisfy(present) {
          fired = true
          break rules
        }
      case .near:
        guard rule.items.count == 2, present(rule.items[0]), present(rule.items[1]) else { continue }
        for ia in rule.items[0] where hits.has(ia) {
          for ib in rule.items[1] where hits.has(ib) {
            for ha in hits.list(ia) {
              for hb in hits.list(ib) where Self.distance(ha, hb) <= rule.within {
                fired = true
                break rules
              }
            }
          }
        }
      case .not:
        continue
      }
    }
    guard fired else { return false }
    for rule in t.negative where rule.items.contains(where: present) { return false }
    if t.theme.minHits > 1 {
      var positions = Set<Int>()
      for id in t.positiveIDs where hits.has(id) { for h in hits.list(id) { positions.insert(h.first) } }
      if positions.count < t.theme.minHits { return false }
    }
    return true
  }

  /// The evidence of a theme that applies: every span each fired rule matched, in text order.
  func evidence(_ t: CompiledTheme, hits: HitTable) -> [RawEvidence]? {
    var evidence: [RawEvidence] = []
    var fired = false
    func present(_ item: [Int]) -> Bool { item.contains { hits[$0] != nil } }
    func add(_ item: [Int], _ rule: CompiledRule) {
      for id in item { for h in hits[id] ?? [] { evidence.append(RawEvidence(rule: rule.display, pattern: id, hit: h)) } }
    }
    for rule in t.positive {
      switch rule.kind {
      case .any, .regex:
        for item in rule.items where present(item) {
          fired = true
          add(item, rule)
        }
      case .all:
        guard rule.items.allSatisfy(present) else { continue }
        fired = true
        for item in rule.items { add(item, rule) }
      case .near:
        guard rule.items.count == 2 else { continue }
        let a = rule.items[0].flatMap { id in (hits[id] ?? []).map { (id, $0) } }
        let b = rule.items[1].flatMap { id in (hits[id] ?? []).map { (id, $0) } }
        guard !a.isEmpty, !b.isEmpty else { continue }
        var used: [(Int, Hit)] = []
        for ha in a {
          for hb in b where Self.distance(ha.1, hb.1) <= rule.within {
            if !used.contains(where: { $0.0 == ha.0 && $0.1 == ha.1 }) { used.append(ha) }
            if !used.contains(where: { $0.0 == hb.0 && $0.1 == hb.1 }) { used.append(hb) }
          }
        }
        guard !used.isEmpty else { continue }
        fired = true
        for (id, h) in used { evidence.append(RawEvidence(rule: rule.display, pattern: id, hit: h)) }
      case .not:
        continue
      }
    }
    guard fired else { return nil }
    for rule in t.negative where rule.items.contains(where: present) {
      return nil
    }
    if t.theme.minHits > 1 {
      var positions = Set<Int>()
      for id in t.positiveIDs { for h in hits[id] ?? [] { positions.insert(h.first) } }
      if positions.count < t.theme.minHits { return nil }
    }
    // One evidence entry per span and pattern, in text order.
    var seen = Set<String>()
    var unique: [RawEvidence] = []
    for e in evidence.sorted(by: { ($0.hit.start, $0.hit.end) < ($1.hit.start, $1.hit.end) }) {
      let key = "\(e.pattern):\(e.hit.start):\(e.hit.end)"
      if seen.insert(key).inserted { unique.append(e) }
    }
    return unique
  }

  /// Token distance between two hits: between their nearest tokens, 0 when they overlap.
  static func distance(_ a: Hit, _ b: Hit) -> Int {
    if a.last < b.first { return b.first - a.last }
    if b.last < a.first { return a.first - b.last }
    return 0
  }
}
