import Foundation
import QuireCore

/// Writes a file through a temporary file in the same folder, renamed into place, so a reader
/// never sees half an export and a failed export leaves the old file as it was.
public enum AtomicWrite {
  public static func write(_ text: String, to path: String) throws {
    var text = text
    try text.withUTF8 { try write(buffer: UnsafeRawBufferPointer($0), to: path) }
  }

  public static func write(data: Data, to path: String) throws {
    try data.withUnsafeBytes { try write(buffer: $0, to: path) }
  }

  public static func write(bytes: [UInt8], to path: String) throws {
    try bytes.withUnsafeBytes { try write(buffer: $0, to: path) }
  }

  static func write(buffer: UnsafeRawBufferPointer, to path: String) throws {
    try stream(to: path) { emit in try emit(buffer) }
  }

  /// Writes what `produce` hands its `emit` function, piece by piece, to a temporary file that
  /// is renamed into place when `produce` returns (and removed when it throws): a large export
  /// never needs to be whole in memory.
  public static func stream(to path: String, _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
      throw QuireError("the folder does not exist", at: SourceLocation(file: dir.path))
    }
    let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
    func fail(_ what: String) -> QuireError {
      let reason = String(cString: strerror(errno))
      unlink(temp)
      return QuireError("cannot write the file: \(what) (\(reason))", at: SourceLocation(file: path))
    }
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw fail("cannot create a temporary file beside it") }
    struct WriteFailed: Error {}
    do {
      try produce { buffer in
        var done = 0
        while done < buffer.count {
          let n = Foundation.write(fd, buffer.baseAddress! + done, buffer.count - done)
          if n < 0 {
            if errno == EINTR { continue }
            throw fail("write failed")
          }
          done += n
        }
      }
    } catch {
      close(fd)
      unlink(temp)
      throw error
    }
    guard close(fd) == 0 else { throw fail("close failed") }
    // rename(2) replaces the target atomically.
    guard rename(temp, path) == 0 else { throw fail("cannot move the finished file into place") }
  }
}
