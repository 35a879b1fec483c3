#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the first byte where UTF-8 is invalid.
public enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
  public static func firstInvalidOffset(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = b.count
    guard let base = UnsafeRawPointer(b.baseAddress) else { return nil }
    while i < n {
      // ASCII runs, eight bytes at a time: most of a tweet archive is ASCII.
      while i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
      guard i < n else { break }
      let c = b[i]
      if c < 0x80 { i += 1; continue }
      var need = 0
      var min: UInt32 = 0
      var v: UInt32 = 0
      if c & 0xE0 == 0xC0 { need = 1; min = 0x80; v = UInt32(c & 0x1F) }
      else if c & 0xF0 == 0xE0 { need = 2; min = 0x800; v = UInt32(c & 0x0F) }
      else if c & 0xF8 == 0xF0 { need = 3; min = 0x10000; v = UInt32(c & 0x07) }
      else { return i }
      for k in 1...need {
        guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return i }
        v = v << 6 | UInt32(b[i + k] & 0x3F)
      }
      if v < min || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000) { return i }
      i += need + 1
    }
    return nil
  }

  public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
  }
}


extension String {
  /// Whether the UTF-8 of `needle` occurs in this string's UTF-8: a byte search, where
  /// `String.contains` goes through Foundation's locale-aware search (a tenth of the time of
  /// importing a transcript went there).
  public func containsBytes(_ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard let first = n.first else { return true }
    var text = self
    return text.withUTF8 { b in
      guard b.count >= n.count else { return false }
      var i = 0
      let last = b.count - n.count
      while i <= last {
        if b[i] == first {
          var k = 1
          while k < n.count, b[i + k] == n[k] { k += 1 }
          if k == n.count { return true }
        }
        i += 1
      }
      return false
    }
  }
}

extension String {
  /// Whether the string's UTF-8 holds the byte: `memchr` over the contiguous storage (the
  /// generic `utf8.contains` walks the view byte by byte; imports ask this of every post).
  @inline(__always) public func containsByte(_ byte: UInt8) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ b -> Bool in
      guard let base = b.baseAddress else { return false }
      return memchr(base, Int32(byte), b.count) != nil
    }) {
      return found
    }
    return utf8.contains(byte)
  }
}
