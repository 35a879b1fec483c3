import Foundation
import QuireCore

/// Turns a file's bytes into the text Quire stores: BOM removed, UTF-16 decoded, UTF-8
/// validated, line ends made `\n`, NFC.
public enum TextDecoding {
  /// Decodes `bytes`; an invalid UTF-8 byte is an error naming its offset, line and column.
  public static func decode(_ bytes: [UInt8], file: String) throws(QuireError) -> String {
    var raw: String
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let little = bytes[0] == 0xFF
      guard bytes.count % 2 == 0 else {
        throw QuireError(
          "the file starts with a UTF-16 byte-order mark but has an odd number of bytes",
          at: SourceLocation(file: file, detail: "byte \(bytes.count - 1)"))
      }
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2 - 1)
      var k = 2
      while k + 1 < bytes.count {
        units.append(little ? UInt16(bytes[k]) | UInt16(bytes[k + 1]) << 8 : UInt16(bytes[k]) << 8 | UInt16(bytes[k + 1]))
        k += 2
      }
      raw = String(decoding: units, as: UTF16.self)
    } else {
      var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      let offsetShift = body.count == bytes.count ? 0 : 3
      if let bad = UTF8Validation.firstInvalidOffset(body) {
        let (line, column) = lineAndColumn(of: bad, in: body)
        throw QuireError(
          "invalid UTF-8 at byte offset \(bad + offsetShift) (byte 0x\(String(body[bad], radix: 16))): expected UTF-8 or UTF-16 text with a byte-order mark; convert the file to UTF-8 first",
          at: SourceLocation(file: file, line: line, column: column))
      }
      // Line ends: CR LF and lone CR become LF, on the bytes (0x0D never occurs inside a
      // multi-byte UTF-8 sequence, so no other character is touched).
      if body.contains(0x0D) {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var k = 0
        while k < body.count {
          let b = body[k]
          if b == 0x0D {
            out.append(0x0A)
            if k + 1 < body.count, body[k + 1] == 0x0A { k += 1 }
          } else {
            out.append(b)
          }
          k += 1
        }
        body = out
      }
      raw = String(decoding: body, as: UTF8.self)
    }
    if raw.containsByte(0x0D) {
      raw = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
    return NFC.normalize(raw)
  }

  /// 1-based line and column (in bytes) of a byte offset.
  public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    bytes.withUnsafeBufferPointer { lineAndColumn(of: offset, in: $0, from: 0, line: 1, lineStart: 0) }
  }

  /// `lineAndColumn(of:in:)` over bytes in memory of the caller's.
  public static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    lineAndColumn(of: offset, in: bytes, from: 0, line: 1, lineStart: 0)
  }

  /// `lineAndColumn(of:in:)` counting from `from`, where the line is `line` and began at
  /// `lineStart`.
  static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from: Int, line: Int, lineStart: Int) -> (Int, Int) {
    var line = line
    var lineStart = lineStart
    var i = from
    let end = min(offset, bytes.count)
    while i < end {
      if bytes[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    return (line, offset - lineStart + 1)
  }
}

/// Lines of a large file found without reading it from the top: the newlines before each block
/// of 1 MB and the last newline before each block's end. A file whose parsed blocks were given
/// back to the system (`ReleasedBytes`) still gets exact line and column numbers in errors, as
/// long as the offset's own block is kept.
struct LineIndex: Sendable {
  static let block = 1 << 20
  /// Newlines before each block.
  private var before: [Int] = []
  /// The offset of the last newline before each block (-1 when none).
  private var lastBefore: [Int] = []

  init(_ bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { LineIndex($0) }
  }

  /// Newlines counted eight bytes at a time (the last one kept from the word that holds it): a
  /// pretty-printed archive has tens of millions of lines, and a `memchr` call for each took
  /// half a second of the million-tweet import, before its parse could start.
  init(_ b: UnsafeBufferPointer<UInt8>) {
    guard let base = b.baseAddress else { return }
    var count = 0
    var last = -1
    var start = 0
    while start < b.count {
      before.append(count)
      lastBefore.append(last)
      let end = min(start + Self.block, b.count)
      var p = start
      while p + 8 <= end {
        let newlines = SWAR.equal(SWAR.load(base + p), 0x0A)
        if newlines != 0 {
          count += newlines.nonzeroBitCount
          last = p + (63 - newlines.leadingZeroBitCount) >> 3
        }
        p += 8
      }
      while p < end {
        if base[p] == 0x0A {
          count += 1
          last = p
        }
        p += 1
      }
      start = end
    }
  }

  /// 1-based line and column (in bytes) of `offset`, reading only its own block of `bytes`.
  func locate(_ offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    bytes.withUnsafeBufferPointer { locate(offset, in: $0) }
  }

  func locate(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    let offset = min(offset, bytes.count)
    let b = min(offset / Self.block, before.count - 1)
    guard b >= 0 else { return (1, offset + 1) }
    return TextDecoding.lineAndColumn(of: offset, in: bytes, from: b * Self.block, line: 1 + before[b], lineStart: lastBefore[b] + 1)
  }
}

/// Gives the pages of a large file's bytes back to the system as parsing passes them, so an
/// archive is never held whole beside its parsed posts. Whole blocks of `LineIndex.block` are
/// released, in steps of 16, once `gate` (the file's hash, which reads the same bytes) is done.
struct ReleasedBytes {
  let base: UnsafeRawPointer
  let gate: DispatchGroup
  /// Blocks released at a time.
  let step: Int
  /// Blocks before this offset have been released.
  private(set) var releasedUpTo: Int
  /// The hash is done.
  private var gateOpen = false

  init(base: UnsafeRawPointer, from start: Int, gate: DispatchGroup, step: Int = 16) {
    self.base = base
    self.gate = gate
    self.step = step
    releasedUpTo = (start + LineIndex.block - 1) / LineIndex.block * LineIndex.block
  }

  /// Parsing has passed `offset`: the whole blocks before it may go.
  mutating func passed(_ offset: Int) {
    let upTo = offset / LineIndex.block * LineIndex.block
    guard upTo - releasedUpTo >= step * LineIndex.block else { return }
    // Not waited for: until the hash is through, the bytes are kept and parsing goes on; they
    // go with the first step after it.
    if !gateOpen {
      guard gate.wait(timeout: .now()) == .success else { return }
      gateOpen = true
    }
    release(upTo)
  }

  /// Parsing has ended at `end`: the whole blocks before it go now if the hash is done. False
  /// when it is not, and they are still held.
  mutating func finish(_ end: Int) -> Bool {
    let upTo = end / LineIndex.block * LineIndex.block
    guard upTo > releasedUpTo else { return true }
    if !gateOpen {
      guard gate.wait(timeout: .now()) == .success else { return false }
      gateOpen = true
    }
    release(upTo)
    return true
  }

  private mutating func release(_ upTo: Int) {
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let from = (Int(bitPattern: base + releasedUpTo) + page - 1) / page * page
    let to = Int(bitPattern: base + upTo) / page * page
    if to > from, let start = UnsafeMutableRawPointer(bitPattern: from) {
      _ = madvise(start, to - from, Int32(MADV_DONTNEED))
    }
    releasedUpTo = upTo
  }
}
