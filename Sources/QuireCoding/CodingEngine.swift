import Foundation
import QuireCore

/// A unit to code: a range of a source with its speaker.
public struct CodingUnit: Sendable, Equatable {
  public var segmentOrdinal: Int
  public var start: Int
  public var end: Int
  public var speaker: String?
  public var isInterviewer: Bool
  /// A post's author (display name and handle): all of a post's metadata that coding reads.
  public var authorName: String?
  public var authorHandle: String?
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
  /// How long one regex match may run, in ICU's time steps (about a millisecond each): a pattern
  /// that backtracks without end stops a stream with `CodingStream.timeOut` instead of hanging.
  public var regexTimeLimit: Int32 = 10_000
  var themes: [CompiledTheme] = []
  /// Each theme's code key, by its index in `themes` (what `SuggestionBatch.themes` holds).
  public private(set) var themeKeys: [String] = []
  /// For each pattern id, the rule items that use it: a unit's hits count which rules may
  /// fire, and only themes with such a rule (and no negative rule hit) are evaluated.
  var ruleIndex = RuleIndex()

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
    // A regex used only as one item of `all` and `near` rules runs only where the rule's other
    // items are present (`\d{3,}` beside three words need not run on every post). Not when a
    // theme counts `min_hits` (every positive hit counts there) or uses it in a `not` rule.
    var companions: [Int: [[[Int]]]] = [:]
    var eager = Set<Int>()
    for t in themes {
      for rule in t.positive + t.negative {
        for item in rule.items {
          for id in item where matcher.regexIDs.contains(id) {
            guard t.theme.minHits <= 1, rule.kind == .all || (rule.kind == .near && rule.items.count == 2) else {
              eager.insert(id)
              continue
            }
            companions[id, default: []].append(rule.items.filter { !$0.contains(id) })
          }
        }
      }
    }
    for (id, lists) in companions where !eager.contains(id) { matcher.runRegex(id, onlyWith: lists) }
    matcher.freeze()
    ruleIndex = RuleIndex(themes: themes, patterns: matcher.patterns.count)
    themeKeys = themes.map(\.theme.key)
  }

  /// A copy for one coding thread: its compiled rules, themes and pattern texts in objects and
  /// buffers of its own. The hot loops retain and release them thousands of times a second;
  /// shared between two threads, every such count went back and forth between the cores.
  func threadCopy() -> CodingEngine {
    func fresh(_ s: String) -> String { String(decoding: Array(s.utf8), as: UTF8.self) }
    var copy = self
    copy.themes = themes.map { t in
      func rules(_ list: [CompiledRule]) -> [CompiledRule] {
        list.map { r in CompiledRule(kind: r.kind, items: r.items.map { $0.map { $0 } }, within: r.within, display: fresh(r.display)) }
      }
      return CompiledTheme(
        theme: t.theme, positive: rules(t.positive), negative: rules(t.negative), positiveIDs: t.positiveIDs.map { $0 },
        speakerNames: t.speakerNames)
    }
    copy.matcher.patterns = matcher.patterns.map { p in
      switch p {
      case .tokens(let c, let d): return .tokens(c, display: fresh(d))
      case .regex(let i, let d): return .regex(i, display: fresh(d))
      }
    }
    return copy
  }

  /// The units of a source for this codebook's unit option: turns (or their paragraphs or
  /// sentences) for interviews, paragraphs (or sentences) for documents; tweets are always
  /// coded whole.
  public func units(of source: Source, segments: [Segment], scalars: [Unicode.Scalar]) -> [CodingUnit] {
    units(of: source, segments: segments[...], scalars: scalars)
  }

  func units(of source: Source, segments: ArraySlice<Segment>, scalars: [Unicode.Scalar]) -> [CodingUnit] {
    var units: [CodingUnit] = []
    units.reserveCapacity(segments.count)
    // Fields read in place: copying a segment would retain every string of its post.
    for k in segments.indices {
      let kind = segments[k].kind, start = segments[k].start, end = segments[k].end
      let wanted: Bool
      switch source.kind {
      case .tweets: wanted = kind == .tweet
      case .interview: wanted = kind == .turn
      case .webPage, .document: wanted = kind == .paragraph || kind == .turn
      }
      guard wanted, end > start else { continue }
      let pieces: [Range<Int>]?
      switch codebook.options.unit {
      case .paragraph where kind != .tweet: pieces = Self.paragraphs(scalars, start..<end)
      case .sentence where kind != .tweet: pieces = SentenceSplitter.sentences(scalars, start..<end)
      default: pieces = nil
      }
      let ordinal = segments[k].ordinal, speaker = segments[k].speaker, isInterviewer = segments[k].isInterviewer
      let authorName = segments[k].tweet?.authorName, authorHandle = segments[k].tweet?.authorHandle
      if let pieces {
        for r in pieces {
          units.append(
            CodingUnit(
              segmentOrdinal: ordinal, start: r.lowerBound, end: r.upperBound, speaker: speaker, isInterviewer: isInterviewer,
              authorName: authorName, authorHandle: authorHandle))
        }
      } else {
        units.append(
          CodingUnit(
            segmentOrdinal: ordinal, start: start, end: end, speaker: speaker, isInterviewer: isInterviewer,
            authorName: authorName, authorHandle: authorHandle))
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
      if let name = unit.authorName, let handle = unit.authorHandle {
        return names.contains(name.lowercased()) || names.contains(handle.lowercased()) || names.contains("@" + handle.lowercased())
      }
      return false
    }
  }

  /// Suggested codings for every unit of a source where a theme applies.
  public func code(source: Source, segments: [Segment], coder: String) -> [Coding] {
    code(source: source, segments: segments, coder: coder, parallel: true)
  }

  /// Suggested codings for many sources, in the order given (see `stream`).
  public func code(sources: [(source: Source, segments: [Segment])], coder: String) -> [Coding] {
    stream(sources: sources, coder: coder).all()
  }

  /// `parallel: false` codes on one thread whatever the source's size.
  func code(source: Source, segments: [Segment], coder: String, parallel: Bool) -> [Coding] {
    stream(sources: [(source, segments)], coder: coder, threads: parallel ? 2 : 1).all()
  }

  /// Codes many sources on background threads and hands their suggestions over in order, piece
  /// by piece, as soon as each piece and those before it are done: the caller stores one piece
  /// while the next are matched. A source too small to split is one piece (such sources go to
  /// both cores together); a large one is split into chunks of segments, each making its own
  /// units (units are independent: the pieces joined are exactly one pass over the source).
  public func stream(sources: [(source: Source, segments: [Segment])], coder: String) -> CodingStream {
    stream(sources: sources, coder: coder, threads: 2)
  }

  func stream(sources: [(source: Source, segments: [Segment])], coder: String, threads: Int) -> CodingStream {
    let stream = openStream(coder: coder, threads: threads)
    for (source, segments) in sources {
      let plan = stream.plan(source)
      if stream.threads > 1 && segments.count >= Self.parallelThreshold {
        for first in stride(from: 0, to: segments.count, by: Self.chunkSize) {
          stream.add(plan, segments: Array(segments[first..<min(segments.count, first + Self.chunkSize)]))
        }
      } else {
        stream.add(plan, segments: segments)
      }
    }
    stream.close()
    return stream
  }

  /// A stream the caller adds pieces to as it reads them (`plan`, `add`), then closes; its
  /// threads code each piece as soon as it is added.
  public func openStream(coder: String, threads: Int = 2) -> CodingStream {
    CodingStream(engine: self, coder: coder, threads: ProcessInfo.processInfo.activeProcessorCount > 1 ? max(1, threads) : 1)
  }

  /// Codes one piece of a stream.
  fileprivate func code(_ piece: CodingStream.Piece, runner: RegexRunner) -> SuggestionBatch {
    let plan = piece.plan
    return plan.text.utf8.withContiguousStorageIfAvailable { bytes in
      let units = self.units(of: plan.source, segments: piece.segments[...], scalars: plan.scalars)
      return code(source: plan.source, bytes: bytes, units: units[...], from: piece.from, runner: runner)
    } ?? SuggestionBatch(sourceID: plan.source.id, codeKeys: themeKeys)
  }

  /// Segments per piece of work when a large source is shared between cores.
  public static let chunkSize = 8192

  /// From this many segments on, a source is coded on two cores.
  static let parallelThreshold = 20_000

  /// Moves a (byte, scalar) position forward to scalar `target` over valid UTF-8: eight ASCII
  /// bytes at a time where it can.
  @inline(__always) static func advance(_ b: UnsafeBufferPointer<UInt8>, byte: inout Int, scalar: inout Int, to target: Int) {
    var i = byte
    var s = scalar
    let n = b.count
    guard let base = b.baseAddress else { return }
    while s < target, i < n {
      if target - s >= 8, i + 8 <= n {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if w & 0x8080_8080_8080_8080 == 0 {
          i += 8
          s += 8
          continue
        }
      }
      i += 1
      while i < n, b[i] & 0xC0 == 0x80 { i += 1 }
      s += 1
    }
    byte = i
    scalar = s
  }

  /// Codes `units` (in text order); `from` is a known (byte, scalar) position at or before the
  /// first unit's start, so a chunk from the middle of a large source does not walk the text from
  /// its beginning.
  func code(
    source: Source, bytes: UnsafeBufferPointer<UInt8>, units: ArraySlice<CodingUnit>, from: (byte: Int, scalar: Int),
    runner: RegexRunner
  ) -> SuggestionBatch {
    var batch = SuggestionBatch(sourceID: source.id, codeKeys: themeKeys)
    var writer = EvidenceJSONWriter()
    var hits = HitTable(patterns: matcher.patterns.count)
    let state = RuleIndex.State(ruleIndex)
    var candidates: [Int] = []
    var scanned = ScannedUnit()
    var scratch: [Int] = []
    var wordIDs: [Int32] = []
    var literals: [UInt8] = []
    // Where the last unit ended, in bytes and scalars: units come in text order.
    var byte = from.byte
    var scalar = from.scalar
    // Units read in place (a copy of each retained its strings).
    for u in units.indices {
      let unitStart = units[u].start, unitEnd = units[u].end
      if unitStart < scalar {
        byte = 0
        scalar = 0
      }
      Self.advance(bytes, byte: &byte, scalar: &scalar, to: unitStart)
      let unitByteStart = byte
      Self.advance(bytes, byte: &byte, scalar: &scalar, to: unitEnd)
      let unitBytes = unitByteStart..<byte
      matcher.tokenizer.scan(bytes, bytes: unitBytes, scalarStart: unitStart, into: &scanned)
      matcher.hits(
        bytes: bytes, unitBytes: unitBytes, unitScalarStart: unitStart, unit: scanned, into: &hits, scratch: &scratch, wordIDs: &wordIDs, literals: &literals,
        regexRunner: runner)
      // A regex that ran past its time limit: the run stops here (the caller reports it).
      if runner.timedOut != nil {
        runner.stoppedAt = unitStart
        break
      }
      if hits.isEmpty { continue }
      // Only themes with a rule whose items are all present can apply; visit them in codebook order.
      ruleIndex.candidates(hits: hits, into: &candidates, state: state)
      for index in candidates {
        let t = themes[index]
        guard passes(t, unit: units[u], source: source) else { continue }
        guard let evidence = evaluate(t, hits: hits) else { continue }
        // The evidence written as the JSON that is stored, straight from the matched bytes.
        writer.begin(&batch.evidence)
        for e in evidence {
          writer.add(
            rule: e.rule, pattern: matcher.patterns[e.pattern].display, start: e.hit.start, end: e.hit.end,
            text: UnsafeBufferPointer(rebasing: bytes[e.hit.byteStart..<e.hit.byteEnd]), to: &batch.evidence)
        }
        writer.end(&batch.evidence)
        batch.append(ordinal: units[u].segmentOrdinal, start: unitStart, end: unitEnd, theme: index)
      }
    }
    return batch
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
      // Distinct token positions, counted until there are enough: a unit holds few hits, and
      // a list compared in place costs less than a set's hashing.
      var positions: [Int] = []
      for id in t.positiveIDs where hits.has(id) {
        for h in hits.list(id) where !positions.contains(h.first) {
          positions.append(h.first)
          if positions.count >= t.theme.minHits { return true }
        }
      }
      return false
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
    // One evidence entry per span and pattern, in text order: after the (stable) sort, the
    // entries of one span are together, and a pattern already kept for it is dropped.
    if evidence.count < 2 { return evidence }
    evidence.sort { ($0.hit.start, $0.hit.end) < ($1.hit.start, $1.hit.end) }
    var unique: [RawEvidence] = []
    unique.reserveCapacity(evidence.count)
    var spanFrom = 0
    for e in evidence {
      if let last = unique.last, last.hit.start == e.hit.start, last.hit.end == e.hit.end {
        if unique[spanFrom...].contains(where: { $0.pattern == e.pattern }) { continue }
      } else {
        spanFrom = unique.count
      }
      unique.append(e)
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

/// Which rules of which themes a unit's hits may fire, found from the hit patterns alone: each
/// pattern id lists the themes its one-item rules (`any`, `regex`, `not`) name, and the (rule,
/// item) places of the rules that need all their items (all for `all`, both for `near`, whose
/// distance `CodingEngine.applies` then checks). A theme with a present `not` item is left out.
/// The work is proportional to the hits, not to the themes.
struct RuleIndex: Sendable {
  private var refOffsets: [Int32] = [0]
  private var refRules: [Int32] = []
  private var refSlots: [Int32] = []
  private var ruleTheme: [Int32] = []
  private var ruleNeed: [Int32] = []
  private var slots = 0
  private var themeCount = 0
  /// By pattern id, the themes a one-item rule (`any`, `regex`, `not`) makes a candidate (or
  /// rules out) as soon as the pattern has a hit: `theme << 1 | negated`. Those rules need no
  /// counting.
  private var direct = PackedLists<Int32>()

  init() {}

  init(themes: [CodingEngine.CompiledTheme], patterns: Int) {
    var refs = [[(Int32, Int32)]](repeating: [], count: patterns)
    var directRefs = [Set<Int32>](repeating: [], count: patterns)
    themeCount = themes.count
    for (index, theme) in themes.enumerated() {
      for rule in theme.positive + theme.negative {
        // A rule of all its items (`all`, `near`) counts them; any other fires on one.
        switch rule.kind {
        case .any, .regex, .not:
          let value = Int32(index) << 1 | (rule.kind == .not ? 1 : 0)
          for item in rule.items { for id in item { directRefs[id].insert(value) } }
          continue
        case .all: ruleNeed.append(Int32(rule.items.count))
        case .near: ruleNeed.append(rule.items.count == 2 ? 2 : .max)
        }
        let r = Int32(ruleTheme.count)
        ruleTheme.append(Int32(index))
        for item in rule.items {
          let slot = Int32(slots)
          slots += 1
          for id in Set(item) { refs[id].append((r, slot)) }
        }
      }
    }
    for list in directRefs { direct.append(list.sorted()) }
    for list in refs {
      for (r, slot) in list {
        refRules.append(r)
        refSlots.append(slot)
      }
      refOffsets.append(Int32(refRules.count))
    }
  }

  /// Scratch space of one coding thread, reused from unit to unit: fixed buffers, each as long
  /// as it can ever need to be, so the loops below neither check uniqueness nor grow arrays.
  final class State {
    let itemSeen: UnsafeMutableBufferPointer<Bool>
    let ruleCount: UnsafeMutableBufferPointer<Int32>
    let themeState: UnsafeMutableBufferPointer<UInt8>
    let touchedSlots: UnsafeMutableBufferPointer<Int32>
    let touchedRules: UnsafeMutableBufferPointer<Int32>
    let touchedThemes: UnsafeMutableBufferPointer<Int32>

    init(_ index: RuleIndex) {
      func buffer<T>(_ n: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
        let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(n, 1))
        b.initialize(repeating: value)
        return b
      }
      itemSeen = buffer(index.slots, false)
      ruleCount = buffer(index.ruleTheme.count, 0)
      themeState = buffer(index.themeCount, 0)
      touchedSlots = buffer(index.slots, 0)
      touchedRules = buffer(index.ruleTheme.count, 0)
      touchedThemes = buffer(index.themeCount, 0)
    }

    deinit {
      itemSeen.deallocate()
      ruleCount.deallocate()
      themeState.deallocate()
      touchedSlots.deallocate()
      touchedRules.deallocate()
      touchedThemes.deallocate()
    }
  }

  private static let mayApply: UInt8 = 1
  private static let negated: UInt8 = 2

  /// The themes (indexes, in codebook order) that may apply to a unit with these hits.
  func candidates(hits: HitTable, into out: inout [Int], state: State) {
    out.removeAll(keepingCapacity: true)
    // Through buffer pointers: array subscripts here cost a uniqueness check and a bounds check
    // per write, and this runs for every hit of every unit.
    let itemSeen = state.itemSeen
    let ruleCount = state.ruleCount
    let themeState = state.themeState
    let touchedSlots = state.touchedSlots
    let touchedRules = state.touchedRules
    let touchedThemes = state.touchedThemes
    var slotsTouched = 0
    var rulesTouched = 0
    var themesTouched = 0
    refOffsets.withUnsafeBufferPointer { refOffsets in
      refSlots.withUnsafeBufferPointer { refSlots in
        refRules.withUnsafeBufferPointer { refRules in
          ruleTheme.withUnsafeBufferPointer { ruleTheme in
            ruleNeed.withUnsafeBufferPointer { ruleNeed in
              for id in hits.touched {
                for k in direct.range(id) {
                  let v = Int(direct[k])
                  let t = v >> 1
                  if themeState[t] == 0 {
                    touchedThemes[themesTouched] = Int32(t)
                    themesTouched += 1
                  }
                  themeState[t] |= v & 1 == 1 ? Self.negated : Self.mayApply
                }
                for k in Int(refOffsets[id])..<Int(refOffsets[id + 1]) {
                  let slot = Int(refSlots[k])
                  if itemSeen[slot] { continue }
                  itemSeen[slot] = true
                  touchedSlots[slotsTouched] = Int32(slot)
                  slotsTouched += 1
                  let r = Int(refRules[k])
                  if ruleCount[r] == 0 {
                    touchedRules[rulesTouched] = Int32(r)
                    rulesTouched += 1
                  }
                  ruleCount[r] += 1
                }
              }
              for i in 0..<rulesTouched {
                let r = Int(touchedRules[i])
                let t = Int(ruleTheme[r])
                if ruleCount[r] >= ruleNeed[r] {
                  if themeState[t] == 0 {
                    touchedThemes[themesTouched] = Int32(t)
                    themesTouched += 1
                  }
                  themeState[t] |= Self.mayApply
                }
                ruleCount[r] = 0
              }
              for i in 0..<slotsTouched { itemSeen[Int(touchedSlots[i])] = false }
            }
          }
        }
      }
    }
    for i in 0..<themesTouched {
      let t = Int(touchedThemes[i])
      if themeState[t] == Self.mayApply { out.append(t) }
      themeState[t] = 0
    }
    out.sort()
  }
}

/// The suggestions of `CodingEngine.stream`, piece by piece in the order the pieces were added,
/// made by background threads that take the pieces in turn.
public final class CodingStream: @unchecked Sendable {
  /// A source being coded: its text (contiguous UTF-8), its scalars when units split turns, and
  /// where the pieces added so far have reached in it.
  public final class SourcePlan: @unchecked Sendable {
    let source: Source
    let text: String
    let scalars: [Unicode.Scalar]
    fileprivate var byte = 0
    fileprivate var scalar = 0

    init(_ source: Source, splits: Bool) {
      self.source = source
      var text = source.text
      text.makeContiguousUTF8()
      self.text = text
      // Scalars are needed only to split turns into paragraphs or sentences; matching works on
      // the text's UTF-8 bytes.
      scalars = splits ? text.scalarArray : []
    }
  }

  struct Piece {
    var plan: SourcePlan
    var segments: [Segment]
    /// A (byte, scalar) position at or before the piece's first unit.
    var from: (byte: Int, scalar: Int)
  }

  /// A regex that ran past its time limit: which, and where.
  public struct RegexTimeOut: Sendable, Equatable {
    /// The regex as the codebook wrote it (`regex /…/`).
    public var pattern: String
    public var sourceID: String
    /// The scalar offset of the unit it was matching.
    public var offset: Int
  }

  let threads: Int
  private let engine: CodingEngine
  private var stopped: RegexTimeOut? = nil
  private let condition = NSCondition()
  private var pieces: [Piece?] = []
  private var results: [SuggestionBatch?] = []
  private let coder: String
  private var taken = 0
  private var handed = 0
  private var closed = false
  private var matchingNanoseconds: UInt64 = 0

  /// The CPU time the coding threads have spent coding pieces so far (tokenising, matching,
  /// deciding themes, writing evidence): the matcher's own cost, without reading segments or
  /// storing suggestions. For the benchmark's figure of units coded per CPU-second.
  public var matchingCPUSeconds: Double {
    condition.lock()
    defer { condition.unlock() }
    return Double(matchingNanoseconds) / 1e9
  }

  /// This thread's CPU time so far, in nanoseconds.
  static func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0 else { return 0 }
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }

  init(engine: CodingEngine, coder: String, threads: Int) {
    self.engine = engine
    self.threads = threads
    self.coder = coder
    for _ in 0..<threads {
      Thread.detachNewThread { [self] in
        let runner = RegexRunner(engine.matcher.regexes, timeLimit: engine.regexTimeLimit)
        let local = engine.threadCopy()
        while true {
          condition.lock()
          while taken == pieces.count && !closed { condition.wait() }
          guard taken < pieces.count else {
            condition.unlock()
            return
          }
          let k = taken
          taken += 1
          // The piece leaves the stream with the thread that codes it.
          let piece = pieces[k]!
          pieces[k] = nil
          let skip = stopped != nil
          condition.unlock()
          // After a time-out the remaining pieces are passed over: the run is reported as failed.
          let cpuStart = Self.threadCPUNanoseconds()
          let codings = skip ? SuggestionBatch(sourceID: piece.plan.source.id, codeKeys: engine.themeKeys) : local.code(piece, runner: runner)
          let cpu = Self.threadCPUNanoseconds() &- cpuStart
          condition.lock()
          matchingNanoseconds &+= cpu
          if !skip, let r = runner.timedOut, stopped == nil {
            stopped = RegexTimeOut(
              pattern: engine.matcher.patterns[engine.matcher.regexIDs[r]].display, sourceID: piece.plan.source.id,
              offset: runner.stoppedAt ?? 0)
          }
          results[k] = codings
          condition.broadcast()
          condition.unlock()
        }
      }
    }
  }

  /// Starts a source; its segments follow, in order, with `add`.
  public func plan(_ source: Source) -> SourcePlan {
    let unit = engine.codebook.options.unit
    return SourcePlan(source, splits: source.kind != .tweets && (unit == .paragraph || unit == .sentence))
  }

  /// Adds a run of a source's segments (in order, after the runs added before) as one piece.
  public func add(_ plan: SourcePlan, segments: [Segment]) {
    guard let first = segments.first else { return }
    // Where the piece's first unit can start: walked on from where the last piece started.
    if first.start < plan.scalar {
      plan.byte = 0
      plan.scalar = 0
    }
    plan.text.utf8.withContiguousStorageIfAvailable { bytes in
      CodingEngine.advance(bytes, byte: &plan.byte, scalar: &plan.scalar, to: first.start)
    }
    condition.lock()
    pieces.append(Piece(plan: plan, segments: segments, from: (plan.byte, plan.scalar)))
    results.append(nil)
    condition.broadcast()
    condition.unlock()
  }

  /// No more pieces: the threads end once the last is coded.
  public func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The regex that ran past its time limit, if one did: the suggestions handed over are then
  /// incomplete and must not be stored.
  public var timeOut: RegexTimeOut? {
    condition.lock()
    defer { condition.unlock() }
    return stopped
  }

  /// Pieces added and not yet handed over.
  public var waiting: Int {
    condition.lock()
    defer { condition.unlock() }
    return results.count - handed
  }

  /// The next piece's suggestions, waiting for them; nil once the stream is closed and every
  /// piece handed over.
  public func nextBatch() -> SuggestionBatch? {
    condition.lock()
    defer { condition.unlock() }
    while handed == results.count ? !closed : results[handed] == nil { condition.wait() }
    return take()
  }

  /// The next piece's suggestions if they are done, without waiting.
  public func pollBatch() -> SuggestionBatch? {
    condition.lock()
    defer { condition.unlock() }
    return handed < results.count && results[handed] != nil ? take() : nil
  }

  /// `nextBatch()` as `Coding`s.
  public func next() -> [Coding]? { nextBatch().map { $0.codings(coder: coder) } }

  /// `pollBatch()` as `Coding`s.
  public func poll() -> [Coding]? { pollBatch().map { $0.codings(coder: coder) } }

  /// Hands over the next result (the lock held).
  private func take() -> SuggestionBatch? {
    guard handed < results.count, let done = results[handed] else { return nil }
    results[handed] = Self.handedOver
    handed += 1
    return done
  }

  private static let handedOver = SuggestionBatch(sourceID: "", codeKeys: [])

  /// All the suggestions, in order (the stream closed).
  public func all() -> [Coding] {
    var out: [Coding] = []
    while let piece = next() { out += piece }
    return out
  }
}
