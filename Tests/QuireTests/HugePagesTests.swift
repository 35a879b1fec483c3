import Foundation
import Testing

@testable import quire

@Suite struct HugePagesTests {
  /// A sparse file of `size` bytes (its length is what counts, nothing is written).
  func sparse(_ path: String, _ size: Int) throws {
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try h.truncate(atOffset: UInt64(size))
    try h.close()
  }

  @Test func onlyLargeProjectsAndImportsStartAgain() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let big = HugePages.largeFrom + 1
    let small = dir.path("small.quire")
    try sparse(small, 1 << 20)
    let large = dir.path("large.quire")
    try sparse(large, big)
    try FileManager.default.createDirectory(atPath: dir.path("archive/data"), withIntermediateDirectories: true)
    try sparse(dir.path("archive/data/tweets.js"), big)
    _ = try dir.write("interviews/a.txt", "Q: hello\nA: hi\n")
    let none: [String: String] = [:]

    #expect(!HugePages.isLarge(["quire", "code", "--project", small], environment: none))
    #expect(HugePages.isLarge(["quire", "code", "--project", large], environment: none))
    #expect(HugePages.isLarge(["quire", "quotes", "--format", "csv", "--project=\(large)"], environment: none))
    #expect(HugePages.isLarge(["quire", "code"], environment: ["QUIRE_PROJECT": large]))
    #expect(!HugePages.isLarge(["quire", "code"], environment: ["QUIRE_PROJECT": small]))
    // An import: the files it reads count, a folder's summed.
    #expect(HugePages.isLarge(["quire", "import", dir.path("archive"), "--project", small], environment: none))
    #expect(!HugePages.isLarge(["quire", "import", dir.path("interviews"), "--project", small], environment: none))
    // Files named to other commands are not their input.
    #expect(!HugePages.isLarge(["quire", "quotes", "--out", dir.path("archive/data/tweets.js"), "--project", small], environment: none))
    #expect(!HugePages.isLarge(["quire", "code", "--project", dir.path("missing.quire")], environment: none))
  }
}
