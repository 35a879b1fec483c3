#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an evidence list's JSON (the form of `Evidence.json`) match by match, from the parts
/// the coding engine has at hand: the rule's and the pattern's text and the matched bytes. A
/// suggestion's stored evidence is then made with no `Evidence` value, no array and no string
/// per match; `Evidence.appendJSON` writes through it too, so both give the same bytes.
public struct EvidenceJSONWriter {
  private var rule: String? = nil

  public init() {}

  /// Opens a list.
  public mutating func begin(_ o: inout [UInt8]) {
    rule = nil
    o.append(UInt8(ascii: "["))
  }

  /// Adds a match. Consecutive matches of one rule share an entry; the matched text is left out
  /// when it is the pattern itself (compared as `String`s compare).
  public mutating func add(rule r: String, pattern: String, start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, to o: inout [UInt8]) {
    if let current = rule, current == r {
      o.append(UInt8(ascii: ","))
    } else {
      if rule != nil {
        o.append(literal: "]},")
      }
      o.append(literal: #"{"rule":"#)
      JSONText.appendQuoted(r, to: &o)
      o.append(literal: #","hits":["#)
      rule = r
    }
    o.append(UInt8(ascii: "["))
    JSONText.appendInt(start, to: &o)
    o.append(UInt8(ascii: ","))
    JSONText.appendInt(end, to: &o)
    o.append(UInt8(ascii: ","))
    var p = pattern
    let same = p.withUTF8 { pb -> Bool in
      JSONText.appendQuoted(pb, to: &o)
      if pb.count == text.count, pb.count == 0 || memcmp(pb.baseAddress!, text.baseAddress!, pb.count) == 0 { return true }
      // Different bytes: equal only if canonically equivalent, which ASCII on both sides never is.
      if Self.isASCII(pb), Self.isASCII(text) { return false }
      return String(decoding: text, as: UTF8.self) == pattern
    }
    if !same {
      o.append(UInt8(ascii: ","))
      JSONText.appendQuoted(text, to: &o)
    }
    o.append(UInt8(ascii: "]"))
  }

  /// Closes the list.
  public mutating func end(_ o: inout [UInt8]) {
    if rule != nil { o.append(literal: "]}") }
    o.append(UInt8(ascii: "]"))
    rule = nil
  }

  static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    for c in b where c >= 0x80 { return false }
    return true
  }
}

/// Rule suggestions for one run of one source, as columns: what `quire code` makes on its
/// coding threads and stores, with no `Coding` (its strings, its evidence list, a string per
/// matched word) per suggestion. `codings(…)` gives them as `Coding`s where they are wanted.
public struct SuggestionBatch: Sendable {
  public let sourceID: String
  /// The code keys `themes` indexes (the codebook's, shared by every batch of a run).
  public let codeKeys: [String]
  /// Each suggestion's segment ordinal (`SuggestionBatch.noSegment` when it has none), start
  /// and end (scalar offsets) and theme.
  public private(set) var ordinals: [Int] = []
  public private(set) var starts: [Int] = []
  public private(set) var ends: [Int] = []
  public private(set) var themes: [Int32] = []
  /// Each suggestion's evidence JSON (`Evidence.json`), one after the other.
  public var evidence: [UInt8] = []
  /// Where each suggestion's evidence ends in `evidence`.
  public private(set) var evidenceEnds: [Int] = []

  public static let noSegment = Int.min

  public init(sourceID: String, codeKeys: [String]) {
    self.sourceID = sourceID
    self.codeKeys = codeKeys
  }

  public var count: Int { starts.count }
  public var isEmpty: Bool { starts.isEmpty }

  /// Adds a suggestion whose evidence JSON has just been appended to `evidence`.
  public mutating func append(ordinal: Int?, start: Int, end: Int, theme: Int) {
    ordinals.append(ordinal ?? Self.noSegment)
    starts.append(start)
    ends.append(end)
    themes.append(Int32(theme))
    evidenceEnds.append(evidence.count)
  }

  public func ordinal(_ i: Int) -> Int? { ordinals[i] == Self.noSegment ? nil : ordinals[i] }
  public func codeKey(_ i: Int) -> String { codeKeys[Int(themes[i])] }
  public func evidenceRange(_ i: Int) -> Range<Int> { (i == 0 ? 0 : evidenceEnds[i - 1])..<evidenceEnds[i] }
  public func evidenceJSON(_ i: Int) -> String { String(decoding: evidence[evidenceRange(i)], as: UTF8.self) }

  /// Suggestion `i` as a `Coding` (its evidence read back from its JSON).
  public func coding(_ i: Int, coder: String) -> Coding {
    Coding(
      sourceID: sourceID, segmentOrdinal: ordinal(i), start: starts[i], end: ends[i], codeKey: codeKey(i), coder: coder,
      origin: .rule, status: .suggested, evidence: Evidence.list(json: evidenceJSON(i)) ?? [])
  }

  public func codings(coder: String) -> [Coding] { (0..<count).map { coding($0, coder: coder) } }

  /// `codings` as batches, one for each run of codings of one source, in order.
  public static func batches(_ codings: [Coding]) -> [SuggestionBatch] {
    var out: [SuggestionBatch] = []
    var i = 0
    while i < codings.count {
      let source = codings[i].sourceID
      var j = i
      var keys: [String] = []
      var index: [String: Int] = [:]
      while j < codings.count, codings[j].sourceID == source {
        if index[codings[j].codeKey] == nil {
          index[codings[j].codeKey] = keys.count
          keys.append(codings[j].codeKey)
        }
        j += 1
      }
      var batch = SuggestionBatch(sourceID: source, codeKeys: keys)
      for c in codings[i..<j] {
        Evidence.appendJSON(c.evidence, to: &batch.evidence)
        batch.append(ordinal: c.segmentOrdinal, start: c.start, end: c.end, theme: index[c.codeKey]!)
      }
      out.append(batch)
      i = j
    }
    return out
  }
}
