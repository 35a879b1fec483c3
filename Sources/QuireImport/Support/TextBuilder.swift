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
    // Scalars are the UTF-8 bytes that do not continue a sequence; counted on the bytes.
    var newlines = 0
    var count = 0
    for b in piece.utf8 {
      if b & 0xC0 != 0x80 { count += 1 }
      if b == 0x0A { newlines += 1 }
    }
    text += piece
    scalarCount += count
    line += newlines
    return (start, scalarCount, lineStart, line)
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
