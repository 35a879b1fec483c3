import QuireCore

/// The coding units of a project and, for each, which coder applied which codes: the basis of
/// agreement statistics and code matrices.
public struct CodedUnits: Sendable {
  public struct Unit: Sendable, Equatable {
    public var sourceID: String
    public var segmentOrdinal: Int
    public var start: Int
    public var end: Int
    public var speaker: String?
  }
  public var units: [Unit] = []
  /// `applied[i][coder]` = the code keys that coder applied to unit i.
  public var applied: [[String: Set<String>]] = []

  /// Units come from the codebook's unit option (turns, paragraphs, sentences, tweets); a coding
  /// applies to every unit it overlaps. Rejected codings are left out.
  public init(codebook: Codebook, sources: [(Source, [Segment])], codings: [Coding]) throws {
    let engine = try CodingEngine(codebook: codebook)
    var bySource: [String: [Coding]] = [:]
    for c in codings where c.status != .rejected { bySource[c.sourceID, default: []].append(c) }
    for (source, segments) in sources {
      let scalars = source.text.scalarArray
      let first = units.count
      for u in engine.units(of: source, segments: segments, scalars: scalars) {
        units.append(Unit(sourceID: source.id, segmentOrdinal: u.segmentOrdinal, start: u.start, end: u.end, speaker: u.speaker))
        applied.append([:])
      }
      let range = first..<units.count
      for c in bySource[source.id] ?? [] {
        // Units are in text order: find the first that ends after the coding starts.
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
          let mid = (lo + hi) / 2
          if units[mid].end <= c.start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < range.upperBound, units[i].start < max(c.end, c.start + 1) {
          applied[i][c.coder, default: []].insert(c.codeKey)
          i += 1
        }
      }
    }
  }

  /// Whether `coder` (or, with nil, anyone) applied `code` to unit `i`.
  public func has(_ i: Int, _ code: String, by coder: String?) -> Bool {
    if let coder { return applied[i][coder]?.contains(code) ?? false }
    return applied[i].values.contains { $0.contains(code) }
  }

  /// The 2×2 table of one code for two coders.
  public func table(_ code: String, _ a: String, _ b: String) -> Agreement.Table {
    var t = Agreement.Table()
    for i in units.indices {
      switch (has(i, code, by: a), has(i, code, by: b)) {
      case (true, true): t.both += 1
      case (true, false): t.onlyA += 1
      case (false, true): t.onlyB += 1
      case (false, false): t.neither += 1
      }
    }
    return t
  }

  /// Units coded with both codes (the diagonal: units coded with the code), by any coder.
  public func cooccurrence(_ codes: [String]) -> [[Int]] {
    var m = [[Int]](repeating: [Int](repeating: 0, count: codes.count), count: codes.count)
    for i in units.indices {
      let present = codes.indices.filter { has(i, codes[$0], by: nil) }
      for x in present { for y in present { m[x][y] += 1 } }
    }
    return m
  }

  /// Units coded with each code per group (a case, or a case attribute's value).
  public func countsBy(_ codes: [String], group: (Unit) -> String?) -> (groups: [String], counts: [[Int]]) {
    var groups: [String] = []
    var index: [String: Int] = [:]
    var counts: [[Int]] = codes.map { _ in [] }
    for i in units.indices {
      guard let g = group(units[i]) else { continue }
      if index[g] == nil {
        index[g] = groups.count
        groups.append(g)
        for c in counts.indices { counts[c].append(0) }
      }
      for (c, code) in codes.enumerated() where has(i, code, by: nil) { counts[c][index[g]!] += 1 }
    }
    let order = groups.indices.sorted { groups[$0].lowercased() < groups[$1].lowercased() }
    return (order.map { groups[$0] }, counts.map { row in order.map { row[$0] } })
  }
}
