import QuireCore

/// Builds a source text piece by piece while counting Unicode scalars and lines, so each
/// piece's offsets and line range are known.
struct TextBuilder {
  private(set) var text = ""
  private(set) var scalarCount = 0
  private(set) var line = 1

  /// Appends `piece` and returns its scalar range and line range.
  mutating func append(_ piece: String) -> (start: Int, end: Int, lineStart: Int, lineEnd: Int) {
    let start = scalarCount
    let lineStart = line
    var piece = piece
    let (count, newlines) = piece.withUTF8 { Self.count($0) }
    text += piece
    scalarCount += count
    line += newlines
    return (start, scalarCount, lineStart, line)
  }

  /// The scalars (the UTF-8 bytes that do not continue a sequence) and the newlines of UTF-8
  /// bytes, counted eight bytes at a time.
  static func count(_ b: UnsafeBufferPointer<UInt8>) -> (scalars: Int, newlines: Int) {
    guard let base = b.baseAddress else { return (0, 0) }
    var scalars = 0
    var newlines = 0
    var i = 0
    while i + 8 <= b.count {
      let w = SWAR.load(base + i)
      scalars += 8 - SWAR.continuation(w).nonzeroBitCount
      newlines += SWAR.equal(w, 0x0A).nonzeroBitCount
      i += 8
    }
    while i < b.count {
      if base[i] & 0xC0 != 0x80 { scalars += 1 }
      if base[i] == 0x0A { newlines += 1 }
      i += 1
    }
    return (scalars, newlines)
  }
}

extension String {
  /// The Unicode scalars of `range` (scalar offsets) as a string.
  func scalarSlice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[range])
    return String(v)
  }
}
