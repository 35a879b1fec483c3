#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Byte tests eight at a time in a 64-bit word ("SIMD within a register"), for the scans that
/// run over whole archives: counting scalars, lines and words, finding the bytes a CSV cell
/// must be quoted for.
public enum SWAR {
  public static let high: UInt64 = 0x8080_8080_8080_8080
  static let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// The high bit of each byte of `w` equal to `byte`, no other bit: exact, with no carry from
  /// one byte into the next.
  @inline(__always) public static func equal(_ w: UInt64, _ byte: UInt8) -> UInt64 {
    let x = w ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
    return ~(((x & low) &+ low) | x | low)
  }

  /// The high bit of each byte of `w` below `n` (1 ≤ n ≤ 0x80), no other bit.
  @inline(__always) public static func less(_ w: UInt64, than n: UInt8) -> UInt64 {
    ~((w & low) &+ UInt64(0x80 - n) &* 0x0101_0101_0101_0101) & ~w & high
  }

  /// The high bit of each byte of `w` that continues a UTF-8 sequence (`10xxxxxx`).
  @inline(__always) public static func continuation(_ w: UInt64) -> UInt64 {
    w & ~(w << 1) & high
  }

  /// The eight bytes at `p`, in memory order from the lowest byte up (little-endian).
  @inline(__always) public static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes are the literal's UTF-8 (a length check and `memcmp`, where the generic
  /// `elementsEqual` walks a string's UTF-8 view byte by byte).
  @inline(__always) public func equals(_ literal: StaticString) -> Bool {
    let n = literal.utf8CodeUnitCount
    guard count == n else { return false }
    guard n > 0, let base = baseAddress else { return true }
    return memcmp(base, literal.utf8Start, n) == 0
  }
}

extension Array<UInt8> {
  /// Appends the literal's UTF-8.
  @inline(__always) public mutating func append(literal: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }
}
