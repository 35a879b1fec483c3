/// Agreement between coders (DESIGN §4's units are the items rated).
///
/// ```swift
/// Agreement.cohensKappa(both: 20, onlyA: 5, onlyB: 10, neither: 15)  // 0.4
/// ```
public enum Agreement {
  /// The 2×2 table of one code: units both coders coded, only one, or neither.
  public struct Table: Sendable, Equatable, Codable {
    public var both: Int
    public var onlyA: Int
    public var onlyB: Int
    public var neither: Int
    public init(both: Int = 0, onlyA: Int = 0, onlyB: Int = 0, neither: Int = 0) {
      self.both = both
      self.onlyA = onlyA
      self.onlyB = onlyB
      self.neither = neither
    }
    public var total: Int { both + onlyA + onlyB + neither }
    public static func + (l: Table, r: Table) -> Table {
      Table(both: l.both + r.both, onlyA: l.onlyA + r.onlyA, onlyB: l.onlyB + r.onlyB, neither: l.neither + r.neither)
    }
  }

  /// The share of units on which both coders agree (coded by both or by neither).
  public static func percent(_ t: Table) -> Double? {
    t.total == 0 ? nil : Double(t.both + t.neither) / Double(t.total)
  }

  /// Cohen's κ for two coders and a yes/no decision; nil when chance agreement is total.
  public static func cohensKappa(both a: Int, onlyA b: Int, onlyB c: Int, neither d: Int) -> Double? {
    let n = Double(a + b + c + d)
    guard n > 0 else { return nil }
    let po = Double(a + d) / n
    let pe = (Double(a + b) * Double(a + c) + Double(c + d) * Double(b + d)) / (n * n)
    guard pe < 1 else { return nil }
    return (po - pe) / (1 - pe)
  }

  public static func cohensKappa(_ t: Table) -> Double? {
    cohensKappa(both: t.both, onlyA: t.onlyA, onlyB: t.onlyB, neither: t.neither)
  }

  /// Krippendorff's α for nominal data: `data[coder][unit]` holds a value or nil (missing).
  /// Units with fewer than two values are not pairable and left out. Nil when there is no
  /// variation at all (expected disagreement 0).
  public static func krippendorffAlphaNominal<Value: Hashable>(_ data: [[Value?]]) -> Double? {
    guard let unitCount = data.map(\.count).max() else { return nil }
    var index: [Value: Int] = [:]
    var values: [Value] = []
    for row in data { for v in row { if let v, index[v] == nil { index[v] = values.count; values.append(v) } } }
    let k = values.count
    guard k > 0 else { return nil }
    var o = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for u in 0..<unitCount {
      var inUnit: [Int] = []
      for row in data where u < row.count { if let v = row[u], let i = index[v] { inUnit.append(i) } }
      let m = inUnit.count
      guard m >= 2 else { continue }
      for x in 0..<m {
        for y in 0..<m where x != y { o[inUnit[x]][inUnit[y]] += 1 / Double(m - 1) }
      }
    }
    let nc = o.map { $0.reduce(0, +) }
    let n = nc.reduce(0, +)
    guard n > 1 else { return nil }
    var disagreeObserved = 0.0
    var disagreeExpected = 0.0
    for c in 0..<k {
      for d in 0..<k where c != d {
        disagreeObserved += o[c][d]
        disagreeExpected += nc[c] * nc[d]
      }
    }
    guard disagreeExpected > 0 else { return nil }
    return 1 - (n - 1) * disagreeObserved / disagreeExpected
  }

  /// Krippendorff's α for two coders' yes/no decisions summarised in a 2×2 table.
  public static func krippendorffAlpha(_ t: Table) -> Double? {
    var a: [Bool?] = [], b: [Bool?] = []
    func add(_ x: Bool, _ y: Bool, _ times: Int) {
      for _ in 0..<times { a.append(x); b.append(y) }
    }
    add(true, true, t.both)
    add(true, false, t.onlyA)
    add(false, true, t.onlyB)
    add(false, false, t.neither)
    return krippendorffAlphaNominal([a, b])
  }

  /// Precision, recall and F1 of a coder (`onlyA` = false positives) against a gold coder
  /// (`onlyB` = false negatives).
  public static func precisionRecallF1(_ t: Table) -> (precision: Double?, recall: Double?, f1: Double?) {
    let tp = Double(t.both), fp = Double(t.onlyA), fn = Double(t.onlyB)
    let p = tp + fp > 0 ? tp / (tp + fp) : nil
    let r = tp + fn > 0 ? tp / (tp + fn) : nil
    var f: Double? = nil
    if let p, let r, p + r > 0 { f = 2 * p * r / (p + r) } else if p != nil || r != nil { f = 0 }
    return (p, r, f)
  }
}
