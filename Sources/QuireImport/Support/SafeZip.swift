import Foundation
import QuireCore
import ZIPFoundation

/// Reads entries of a zip (DOCX, ODT, QDPX) defensively: absolute or `..` entry paths are
/// refused, and so are archives with too many entries, too much uncompressed data, or an entry
/// that inflates more than `maxRatio` times its compressed size (a zip bomb). Sizes are checked
/// while inflating, not only as declared.
public struct SafeZip {
  public static let maxEntries = 10_000
  public static let maxTotalBytes: UInt64 = 1 << 30
  public static let maxRatio: UInt64 = 100

  let archive: Archive
  let file: String

  public init(bytes: [UInt8], file: String) throws {
    self.file = file
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw QuireError("not a zip archive: expected a \((file as NSString).pathExtension.uppercased()) file (a zip of XML parts)", at: SourceLocation(file: file))
    }
    var count = 0
    var total: UInt64 = 0
    for entry in archive {
      count += 1
      let path = entry.path
      if path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") || path.contains(":") {
        throw QuireError("unsafe entry path '\(path)' in the zip: absolute and '..' paths are refused", at: SourceLocation(file: file, detail: "entry \(count)"))
      }
      guard count <= Self.maxEntries else {
        throw QuireError("the zip holds more than \(Self.maxEntries) entries", at: SourceLocation(file: file))
      }
      total += entry.uncompressedSize
      if entry.uncompressedSize > 1_000_000, entry.uncompressedSize > Self.maxRatio * max(1, entry.compressedSize) {
        throw QuireError(
          "entry '\(path)' would inflate \(entry.uncompressedSize / max(1, entry.compressedSize)) times its size (over \(Self.maxRatio):1): refused as a possible zip bomb",
          at: SourceLocation(file: file, detail: "entry \(count)"))
      }
    }
    guard total <= Self.maxTotalBytes else {
      throw QuireError("the zip would inflate to \(total) bytes, over the \(Self.maxTotalBytes)-byte limit", at: SourceLocation(file: file))
    }
  }

  /// Whether an entry exists.
  public func contains(_ path: String) -> Bool { archive[path] != nil }

  /// The paths of all entries.
  public var paths: [String] { archive.map(\.path) }

  /// An entry's bytes, never more than its declared size (nor the ratio limit) however it inflates.
  public func read(_ path: String) throws -> [UInt8]? {
    guard let entry = archive[path] else { return nil }
    let limit = min(entry.uncompressedSize, Self.maxTotalBytes)
    var out: [UInt8] = []
    out.reserveCapacity(Int(min(entry.uncompressedSize, 64 << 20)))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        out.append(contentsOf: chunk)
        if UInt64(out.count) > limit { throw ZipLimit() }
      }
    } catch is ZipLimit {
      throw QuireError("entry '\(path)' inflates past its declared size: refused as a possible zip bomb", at: SourceLocation(file: file))
    } catch {
      throw QuireError("entry '\(path)' cannot be read: \(error)", at: SourceLocation(file: file))
    }
    return out
  }

  struct ZipLimit: Error {}
}
