internal import CLibCrypto

/// SHA-256 (FIPS 180-4), used to recognise files already imported. Computed by OpenSSL's
/// libcrypto, which uses the CPU's SHA extensions: about 1 GB/s here, ten times our own Swift
/// implementation, and hashing runs beside parsing on every import.
///
/// ```swift
/// SHA256.hex(Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct SHA256: @unchecked Sendable {
  private final class Context {
    let ctx: OpaquePointer
    init() {
      guard let c = EVP_MD_CTX_new() else { fatalError("OpenSSL: out of memory") }
      ctx = c
      EVP_DigestInit_ex(ctx, EVP_sha256(), nil)
    }
    deinit { EVP_MD_CTX_free(ctx) }
  }

  private let context = Context()

  public init() {}

  /// Adds bytes to the hash.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update(raw: $0) }
  }

  /// Adds bytes to the hash.
  public mutating func update(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBytes { update(raw: $0) }
  }

  /// Adds bytes to the hash.
  public mutating func update(raw: UnsafeRawBufferPointer) {
    guard let base = raw.baseAddress, raw.count > 0 else { return }
    EVP_DigestUpdate(context.ctx, base, raw.count)
  }

  /// The digest as 64 lower-case hex digits.
  public mutating func finalizeHex() -> String {
    var digest = [UInt8](repeating: 0, count: 32)
    var length: UInt32 = 0
    digest.withUnsafeMutableBufferPointer { d in _ = EVP_DigestFinal_ex(context.ctx, d.baseAddress, &length) }
    let hex = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(64)
    for b in digest.prefix(Int(length)) {
      out.append(hex[Int(b >> 4)])
      out.append(hex[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The hex digest of `bytes`.
  public static func hex(_ bytes: [UInt8]) -> String {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalizeHex()
  }

  /// The hex digest of bytes in memory of the caller's.
  public static func hex(raw bytes: UnsafeRawBufferPointer) -> String {
    var hasher = SHA256()
    hasher.update(raw: bytes)
    return hasher.finalizeHex()
  }
}
