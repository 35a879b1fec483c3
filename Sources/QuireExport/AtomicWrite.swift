import Foundation
import QuireCore

/// Writes a file through a temporary file in the same folder, renamed into place, so a reader
/// never sees half an export and a failed export leaves the old file as it was.
public enum AtomicWrite {
  public static func write(_ text: String, to path: String) throws {
    try write(data: Data(text.utf8), to: path)
  }

  public static func write(data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
      throw QuireError("the folder does not exist", at: SourceLocation(file: dir.path))
    }
    let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temp)
      // rename(2) replaces the target atomically.
      guard rename(temp.path, url.path) == 0 else {
        throw QuireError("cannot move the finished file into place (errno \(errno))", at: SourceLocation(file: path))
      }
    } catch {
      try? FileManager.default.removeItem(at: temp)
      throw QuireError("cannot write the file: \(error.localizedDescription)", at: SourceLocation(file: path))
    }
  }
}
