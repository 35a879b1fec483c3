/// Prefix patterns (`connect*`) in a trie over Unicode scalars: a token is looked up by walking
/// its scalars once, collecting every pattern whose prefix it passes through.
///
/// The edges live in one hash table keyed by (node, scalar), so a step costs one lookup and no
/// reference counting.
struct PrefixTrie: Sendable {
  private var edges: [UInt64: Int32] = [:]
  private var ids: [[Int]] = [[]]

  var isEmpty: Bool { edges.isEmpty }

  @inline(__always) private static func key(_ node: Int, _ scalar: UInt32) -> UInt64 { UInt64(node) << 21 | UInt64(scalar) }

  mutating func insert(_ prefix: String, id: Int) {
    var node = 0
    for u in prefix.unicodeScalars {
      if let next = edges[Self.key(node, u.value)] {
        node = Int(next)
      } else {
        ids.append([])
        edges[Self.key(node, u.value)] = Int32(ids.count - 1)
        node = ids.count - 1
      }
    }
    ids[node].append(id)
  }

  /// Appends the ids of every pattern that is a prefix of `text`.
  func matches(_ text: String, into out: inout [Int]) {
    guard !isEmpty else { return }
    var node = 0
    for u in text.unicodeScalars {
      guard let next = edges[Self.key(node, u.value)] else { return }
      node = Int(next)
      if !ids[node].isEmpty { out.append(contentsOf: ids[node]) }
    }
  }
}
