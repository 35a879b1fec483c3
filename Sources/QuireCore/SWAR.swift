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

  /// The high bit of each byte of `w` that continues a UTF-8 sequence (`10xxxxxx`).
  @inline(__always) public static func continuation(_ w: UInt64) -> UInt64 {
    w & ~(w << 1) & high
  }

  /// The eight bytes at `p`, in memory order from the lowest byte up (little-endian).
  @inline(__always) public static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
  }
}
