import Foundation
import QuireCore

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a whole file straight into one byte array (no intermediate `Data` copy, so a 1 GB
/// archive costs 1 GB of memory, not 2).
public enum FileBytes {
  public static func read(_ path: String) throws -> [UInt8] {
    try opened(path) { fd, info in try read(fd, size: Int(info.st_size), path: path) }
  }

  /// `body` given the file open for reading and its status; errors name the file.
  static func opened<T>(_ path: String, _ body: (Int32, stat) throws -> T) throws -> T {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw QuireError("cannot open the file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw QuireError("cannot read the file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
    }
    return try body(fd, info)
  }

  /// The bytes of the open file `fd`, `size` of them expected.
  static func read(_ fd: Int32, size: Int, path: String) throws -> [UInt8] {
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
      var done = 0
      while done < size {
        let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          break
        }
        if n == 0 { break }
        done += n
      }
      count = done
    }
    if failure != 0 {
      throw QuireError("cannot read the file: \(String(cString: strerror(failure)))", at: SourceLocation(file: path))
    }
    return bytes
  }
}

extension FileBytes {
  /// The SHA-256 of a file, read in pieces of 4 MB into one buffer: its pages pass through the
  /// system's file cache only, never into this process's memory (hashing a mapped file brought
  /// every page of it in, and a million-tweet import held the whole gigabyte until it was
  /// parsed). Errors name the file.
  public static func sha256Hex(_ path: String) throws -> String {
    try opened(path) { fd, _ in
      var hasher = SHA256()
      let size = 4 << 20
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 64)
      defer { buffer.deallocate() }
      while true {
        let n = Glibc.read(fd, buffer.baseAddress!, size)
        if n < 0 {
          if errno == EINTR { continue }
          throw QuireError("cannot read the file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        if n == 0 { break }
        hasher.update(raw: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
      }
      return hasher.finalizeHex()
    }
  }
}

/// A file's bytes in memory: mapped read-only from the file, or a copy of bytes already read;
/// unmapped or freed when this goes.
///
/// A mapped file is not copied: its pages are the system's file cache, mapped as they are first
/// read (reading a 1.09 GB `tweets.js` into an array took 0.55–1.5 s, mostly the system zeroing
/// and filling fresh pages; mapping it, a few milliseconds). Parts of it may be given back while
/// it is read (`ReleasedBytes`); they come back from the file if read again. A file cut shorter
/// by another program while it is mapped cannot be read past its new end.
public final class FileBuffer: @unchecked Sendable {
  public let bytes: UnsafeBufferPointer<UInt8>
  /// Mapped from the file (pages handed back read as the file again), not a copy in memory.
  public let isMapped: Bool

  private init(bytes: UnsafeBufferPointer<UInt8>, mapped: Bool) {
    self.bytes = bytes
    self.isMapped = mapped
  }

  /// A copy of `bytes`.
  public convenience init(copying bytes: [UInt8]) {
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = copy.initialize(from: bytes)
    self.init(bytes: UnsafeBufferPointer(rebasing: copy[0..<bytes.count]), mapped: false)
  }

  /// The file at `path`, mapped; read into memory when it cannot be mapped (an empty file, a
  /// pipe).
  public static func map(_ path: String) throws -> FileBuffer {
    try FileBytes.opened(path) { fd, info in
      let size = Int(info.st_size)
      if size > 0, (info.st_mode & S_IFMT) == S_IFREG, let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED {
        return FileBuffer(bytes: UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size), mapped: true)
      }
      return FileBuffer(copying: try FileBytes.read(fd, size: size, path: path))
    }
  }

  deinit {
    guard let base = bytes.baseAddress else { return }
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    } else {
      UnsafeMutablePointer(mutating: base).deallocate()
    }
  }
}

/// NFC normalisation that skips the work for text that is already NFC for certain.
public enum NFC {
  /// `s` in Unicode Normalization Form C. Text made only of scalars that can never change under
  /// NFC is returned as it is: below U+0300, general punctuation, the emoji planes, and letters
  /// that are their own NFC, have no combining class and never compose with what precedes them
  /// (Greek and Cyrillic letters, Vietnamese precomposed Latin, kana, CJK ideographs, Hangul
  /// syllables; checked scalar by scalar with Foundation's NFC). A combining mark, a Hangul jamo
  /// or a kana voicing mark anywhere sends the whole text through NFC.
  public static func normalize(_ s: String) -> String {
    for u in s.unicodeScalars where !isStable(u.value) {
      return s.precomposedStringWithCanonicalMapping
    }
    return s
  }

  @inline(__always) static func isStable(_ v: UInt32) -> Bool {
    if v < 0x300 { return true }
    switch v {
    case 0x0370...0x0373, 0x0388...0x03FF,  // Greek letters (not U+0374, U+037E, U+0387: singletons)
      0x0400...0x0482, 0x048A...0x052F,  // Cyrillic letters (not the combining U+0483–0489)
      0x1E00...0x1EFF,  // Latin Extended Additional
      0x2010...0x2027,  // punctuation
      0x3041...0x3096, 0x30A1...0x30FA,  // kana
      0x4E00...0x9FFF,  // CJK ideographs
      0xAC00...0xD7A3,  // Hangul syllables
      0x1F000...0x1FAFF, 0xFE0F, 0x200D:  // emoji
      return true
    default:
      return false
    }
  }
}

extension ArraySlice<UInt8> {
  /// Whether the UTF-8 of `needle` occurs in these bytes, as they are.
  func containsBytes(_ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard !n.isEmpty else { return true }
    guard count >= n.count else { return false }
    var i = startIndex
    while i <= endIndex - n.count {
      if self[i] == n[0] {
        var k = 1
        while k < n.count, self[i + k] == n[k] { k += 1 }
        if k == n.count { return true }
      }
      i += 1
    }
    return false
  }
}
