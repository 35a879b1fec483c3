/// How a tool counts REFI-QDA selection positions.
///
/// The standard counts characters (Unicode scalars) of the plain text, a line end of CR LF
/// being two. Tools written on .NET or Java often count UTF-16 code units instead (an emoji is
/// two), and some count CR LF as one.
public struct PositionConvention: Sendable, Equatable {
  public enum Unit: String, Sendable, CaseIterable { case scalars, utf16 }
  public var unit: Unit
  public var crlfAsOne: Bool

  public init(unit: Unit = .scalars, crlfAsOne: Bool = false) {
    self.unit = unit
    self.crlfAsOne = crlfAsOne
  }

  public static let standard = PositionConvention()
}

/// A source text as another tool holds it (BOM gone, line ends as in its file) and as Quire
/// stores it (`\n` line ends), with the mapping between their positions.
struct ExchangedText {
  /// The text as Quire stores it.
  var text: String
  /// `external[i]` is the tool's position of Quire offset `i` (for every i in 0...count).
  var external: [Int]

  /// Reads a tool's text: line ends made `\n`, positions mapped by `convention`.
  init(raw: String, convention: PositionConvention) {
    var out = String.UnicodeScalarView()
    var ext = [0]
    var pos = 0
    let scalars = Array(raw.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let u = scalars[i]
      if u == "\r" {
        if i + 1 < scalars.count, scalars[i + 1] == "\n" {
          pos += convention.crlfAsOne ? 1 : 2
          i += 2
        } else {
          pos += 1
          i += 1
        }
        out.append("\n")
      } else {
        pos += convention.unit == .utf16 ? u.utf16.count : 1
        out.append(u)
        i += 1
      }
      ext.append(pos)
    }
    text = String(out)
    external = ext
  }

  /// Quire's text as it will be written with `crlf` line ends, positions by `convention`.
  init(quire text: String, crlf: Bool, convention: PositionConvention) {
    var ext = [0]
    ext.reserveCapacity(text.unicodeScalars.count + 1)
    var pos = 0
    for u in text.unicodeScalars {
      if u == "\n" {
        pos += crlf && !convention.crlfAsOne ? 2 : 1
      } else {
        pos += convention.unit == .utf16 ? u.utf16.count : 1
      }
      ext.append(pos)
    }
    self.text = text
    external = ext
  }

  /// The Quire offset of a tool's position: exact at character boundaries; a position inside
  /// a character (between CR and LF, or inside a surrogate pair) goes to that character's start.
  func internalOffset(_ p: Int) -> Int? {
    guard p >= 0, let last = external.last, p <= last else { return nil }
    // The largest i with external[i] <= p.
    var lo = 0
    var hi = external.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if external[mid] <= p { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  var externalLength: Int { external.last ?? 0 }
}
