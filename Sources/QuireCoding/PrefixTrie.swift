/// Prefix patterns (`connect*`) in a trie over Unicode scalars: a token is looked up by walking
/// its scalars once, collecting every pattern whose prefix it passes through.
struct PrefixTrie: Sendable {
  private var children: [[UInt32: Int32]] = [[:]]
  private var ids: [[Int]] = [[]]

  var isEmpty: Bool { children.count == 1 }

  mutating func insert(_ prefix: String, id: Int) {
    var node = 0
    for u in prefix.unicodeScalars {
      if let next = children[node][u.value] {
        node = Int(next)
      } else {
        children.append([:])
        ids.append([])
        children[node][u.value] = Int32(children.count - 1)
        node = children.count - 1
      }
    }
    ids[node].append(id)
  }

  /// Appends the ids of every pattern that is a prefix of `text`.
  func matches(_ text: String, into out: inout [Int]) {
    guard !isEmpty else { return }
    var node = 0
    for u in text.unicodeScalars {
      guard let next = children[node][u.value] else { return }
      node = Int(next)
      if !ids[node].isEmpty { out.append(contentsOf: ids[node]) }
    }
  }
}
