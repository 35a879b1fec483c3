/// The words of a codebook's patterns, interned: a folded token's UTF-8 bytes are looked up
/// without building a string (open addressing over a 64-bit hash of the bytes; the bytes are
/// compared on a hash match). Ids are dense, from 0, in the order words were added.
struct WordTable: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt64] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var pool: [UInt8] = []
  private var mask: Int

  init() {
    slots = Array(repeating: -1, count: 64)
    mask = 63
  }

  var count: Int { hashes.count }

  /// A 64-bit hash of the `n` bytes at `p`. With `padded`, at least 7 more bytes after them can
  /// be read: the last partial word is then read whole and masked, where otherwise it is
  /// gathered byte by byte (a loop of unknown length for every token, most tokens being shorter
  /// than 8 bytes). The same value either way.
  @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, padded: Bool = false) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: n &+ 1)
    var k = 0
    let raw = UnsafeRawPointer(p)
    while k + 8 <= n {
      let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
      h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      k += 8
    }
    if k < n {
      var w: UInt64 = 0
      if padded {
        w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) & (UInt64.max >> UInt64(64 - 8 * (n - k)))
      } else {
        var shift: UInt64 = 0
        while k < n {
          w |= UInt64(p[k]) << shift
          shift += 8
          k += 1
        }
      }
      h = (h ^ w) &* 0xC4CE_B9FE_1A85_EC53
    }
    h ^= h >> 29
    return h
  }

  /// The id of the word (never empty), adding it when new.
  mutating func intern(_ word: [UInt8]) -> Int32 {
    precondition(!word.isEmpty, "an empty word has no place in the table")
    let found = word.withUnsafeBufferPointer { find($0.baseAddress, $0.count) }
    if found >= 0 { return found }
    let id = Int32(hashes.count)
    let h = word.withUnsafeBufferPointer { Self.hash($0.baseAddress.unsafelyUnwrapped, $0.count) }
    hashes.append(h)
    starts.append(pool.count)
    lengths.append(word.count)
    pool.append(contentsOf: word)
    if hashes.count * 2 > slots.count { rehash(slots.count * 2) } else { place(id, h) }
    return id
  }

  private mutating func place(_ id: Int32, _ h: UInt64) {
    var i = Int(truncatingIfNeeded: h) & mask
    while slots[i] >= 0 { i = (i + 1) & mask }
    slots[i] = id
  }

  private mutating func rehash(_ capacity: Int) {
    slots = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    for (id, h) in hashes.enumerated() { place(Int32(id), h) }
  }

  /// The id of the `n` bytes at `p`, or -1. With `padded`, at least 7 bytes after them can be
  /// read (see `hash`).
  @inline(__always) func find(_ p: UnsafePointer<UInt8>?, _ n: Int, padded: Bool = false) -> Int32 {
    guard let p, n > 0 else { return -1 }
    let h = Self.hash(p, n, padded: padded)
    var i = Int(truncatingIfNeeded: h) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let id = slots[i]
        if id < 0 { return -1 }
        let e = Int(id)
        if hashes[e] == h, lengths[e] == n {
          let same = pool.withUnsafeBufferPointer { pool in
            memcmpEqual(pool.baseAddress.unsafelyUnwrapped + starts[e], p, n)
          }
          if same { return id }
        }
        i = (i + 1) & mask
      }
    }
  }
}

@inline(__always) func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var k = 0
  while k + 8 <= n {
    if UnsafeRawPointer(a).loadUnaligned(fromByteOffset: k, as: UInt64.self)
      != UnsafeRawPointer(b).loadUnaligned(fromByteOffset: k, as: UInt64.self)
    {
      return false
    }
    k += 8
  }
  while k < n {
    if a[k] != b[k] { return false }
    k += 1
  }
  return true
}

/// Lists of ids by a dense key, packed in two arrays (no array per key, so reading one costs no
/// reference counting): built once with `append`, then `freeze`, then read.
struct IDLists: Sendable {
  private var building: [[Int32]] = []
  private var offsets: [Int32] = [0]
  private var ids: [Int32] = []

  mutating func append(_ id: Int, to key: Int) {
    if key >= building.count { building += Array(repeating: [], count: key + 1 - building.count) }
    building[key].append(Int32(id))
  }

  mutating func freeze(keys: Int) {
    if keys > building.count { building += Array(repeating: [], count: keys - building.count) }
    offsets = [0]
    ids = []
    for list in building {
      ids += list
      offsets.append(Int32(ids.count))
    }
  }

  /// The ids of `key` (empty for a key beyond those frozen).
  @inline(__always) func range(_ key: Int) -> Range<Int> {
    guard key + 1 < offsets.count else { return 0..<0 }
    return Int(offsets[key])..<Int(offsets[key + 1])
  }

  @inline(__always) subscript(_ k: Int) -> Int { Int(ids[k]) }
}

/// Prefix patterns (`connect*`) in a trie over folded UTF-8 bytes: a token is looked up by
/// walking its bytes once, collecting every pattern whose prefix it passes through. A UTF-8
/// prefix of whole scalars is a scalar prefix, so this is the scalar trie's answer.
///
/// The root's edges are a table of 256; deeper edges live in one open-addressed table keyed by
/// (node, byte).
struct ByteTrie: Sendable {
  private var root = [Int32](repeating: -1, count: 256)
  private var keys: [UInt64] = Array(repeating: .max, count: 64)
  private var values: [Int32] = Array(repeating: -1, count: 64)
  private var used = 0
  private var nodes = 1
  private var lists = IDLists()
  private(set) var isEmpty = true
  /// The prefixes inserted, for the gate.
  private var inserted: [[UInt8]] = []
  /// How many first bytes of a token the gate looks at (the shortest prefix's length, at most
  /// three; 0: no gate), and a bitmap of those bytes' hashes for every prefix: a token whose
  /// first bytes no prefix starts with (most tokens) is told apart without walking the trie.
  private var gateLength = 0
  private var gate: [UInt64] = []

  @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  private func child(_ node: Int, _ byte: UInt8) -> Int {
    if node == 0 { return Int(root[Int(byte)]) }
    let key = UInt64(node) << 8 | UInt64(byte)
    let mask = keys.count - 1
    var i = Self.slot(key, mask)
    while true {
      let k = keys[i]
      if k == key { return Int(values[i]) }
      if k == .max { return -1 }
      i = (i + 1) & mask
    }
  }

  private mutating func addChild(_ node: Int, _ byte: UInt8) -> Int {
    let id = nodes
    nodes += 1
    if node == 0 {
      root[Int(byte)] = Int32(id)
      return id
    }
    if (used + 1) * 2 > keys.count {
      let oldKeys = keys
      let oldValues = values
      keys = Array(repeating: .max, count: oldKeys.count * 2)
      values = Array(repeating: -1, count: oldKeys.count * 2)
      used = 0
      for (k, v) in zip(oldKeys, oldValues) where k != .max { put(k, v) }
    }
    put(UInt64(node) << 8 | UInt64(byte), Int32(id))
    return id
  }

  private mutating func put(_ key: UInt64, _ value: Int32) {
    let mask = keys.count - 1
    var i = Self.slot(key, mask)
    while keys[i] != .max { i = (i + 1) & mask }
    keys[i] = key
    values[i] = value
    used += 1
  }

  mutating func insert(_ prefix: [UInt8], id: Int) {
    var node = 0
    for byte in prefix {
      let next = child(node, byte)
      node = next >= 0 ? next : addChild(node, byte)
    }
    lists.append(id, to: node)
    isEmpty = false
    inserted.append(prefix)
  }

  @inline(__always) private static func gateBit(_ p: UnsafePointer<UInt8>, _ length: Int) -> Int {
    var v: UInt32 = 0
    for k in 0..<length { v |= UInt32(p[k]) << (8 * UInt32(k)) }
    return Int(truncatingIfNeeded: (v &* 0x9E37_79B1) >> 16)
  }

  /// Readies the trie for lookups: call after the last `insert`.
  mutating func freeze() {
    lists.freeze(keys: nodes)
    // An empty prefix is never reported (`matches` reports a node after a byte), so it sets
    // no length.
    let shortest = inserted.lazy.map(\.count).filter { $0 > 0 }.min() ?? 0
    gateLength = min(3, shortest)
    gate = []
    if gateLength >= 2 {
      gate = [UInt64](repeating: 0, count: 1024)
      for prefix in inserted where prefix.count >= gateLength {
        let bit = prefix.withUnsafeBufferPointer { Self.gateBit($0.baseAddress!, gateLength) }
        gate[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    } else {
      gateLength = 0
    }
  }

  /// Appends the ids of every pattern that is a prefix of the `n` bytes at `p`.
  @inline(__always) func matches(_ p: UnsafePointer<UInt8>, _ n: Int, into out: inout [Int]) {
    guard !isEmpty else { return }
    if gateLength > 0 {
      // Every prefix is at least `gateLength` long: a shorter token, or one whose first bytes
      // start none of them, has none.
      guard n >= gateLength else { return }
      let bit = Self.gateBit(p, gateLength)
      guard gate.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0 else { return }
    }
    var node = 0
    for k in 0..<n {
      node = child(node, p[k])
      if node < 0 { return }
      for j in lists.range(node) { out.append(lists[j]) }
    }
  }
}

/// Lists packed in one array: list `k` is `values[range(k)]`. Reading one costs no reference
/// counting, unlike an array of arrays.
struct PackedLists<T: Sendable>: Sendable {
  private var offsets: [Int32] = [0]
  private(set) var values: [T] = []

  var count: Int { offsets.count - 1 }

  mutating func append(_ list: some Sequence<T>) {
    values.append(contentsOf: list)
    offsets.append(Int32(values.count))
  }

  @inline(__always) func range(_ k: Int) -> Range<Int> { Int(offsets[k])..<Int(offsets[k + 1]) }

  @inline(__always) subscript(_ i: Int) -> T { values[i] }
}
