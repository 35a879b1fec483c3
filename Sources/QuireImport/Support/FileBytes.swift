import Foundation
import QuireCore

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a whole file straight into one byte array (no intermediate `Data` copy, so a 1 GB
/// archive costs 1 GB of memory, not 2).
public enum FileBytes {
  public static func read(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw QuireError("cannot open the file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw QuireError("cannot read the file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
    }
    let size = Int(info.st_size)
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

/// NFC normalisation that skips the work for text that is already NFC for certain.
public enum NFC {
  /// `s` in Unicode Normalization Form C. Text made only of scalars that can never change under
  /// NFC (below U+0300, general punctuation, and the emoji planes) is returned as it is.
  public static func normalize(_ s: String) -> String {
    for u in s.unicodeScalars {
      let v = u.value
      if v < 0x300 || (v >= 0x2010 && v <= 0x2027) || (v >= 0x1F000 && v <= 0x1FAFF) || v == 0xFE0F || v == 0x200D {
        continue
      }
      return s.precomposedStringWithCanonicalMapping
    }
    return s
  }
}
