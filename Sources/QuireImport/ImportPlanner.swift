import Foundation
import QuireCore

/// A file chosen for import and the importer that will read it.
public struct PlannedImport: Sendable {
  public var url: URL
  public var importer: any Importer
}

/// A file left out, and why.
public struct SkippedFile: Sendable, Equatable {
  public var path: String
  public var reason: String
}

/// Finds the files under the paths a user gave and picks an importer for each from its content.
public struct ImportPlanner: Sendable {
  public let importers: [any Importer]

  public init(importers: [any Importer] = ImportPlanner.defaultImporters) {
    self.importers = importers
  }

  public static let defaultImporters: [any Importer] = [
    TweetsJSImporter(), GrailbirdImporter(), TwarcImporter(), TAGSImporter(), MastodonImporter(), SubtitleImporter(.vtt),
    SubtitleImporter(.srt), OfficeDocumentImporter(.docx), OfficeDocumentImporter(.odt), HTMLImporter(),
    PlainTranscriptImporter(),
  ]

  /// The names accepted by `--format`.
  public var formats: [String] { importers.map(\.format) }

  /// Expands folders (sorted, hidden files left out) and picks an importer per file. A format
  /// given by the user applies to every file.
  /// REFI-QDA projects (`.qdpx`, `.qde`) among `paths` and inside the folders given, in order.
  public static func projects(in paths: [String]) -> [String] {
    var out: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
      if !isDir.boolValue {
        if ["qdpx", "qde"].contains((path as NSString).pathExtension.lowercased()) { out.append(path) }
        continue
      }
      guard let walker = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { continue }
      var found: [String] = []
      for case let url as URL in walker where ["qdpx", "qde"].contains(url.pathExtension.lowercased()) { found.append(url.path) }
      out += found.sorted()
    }
    return out
  }

  public func plan(paths: [String], format: String? = nil) throws -> (files: [PlannedImport], skipped: [SkippedFile]) {
    var files: [PlannedImport] = []
    var skipped: [SkippedFile] = []
    let fm = FileManager.default
    var forced: (any Importer)? = nil
    if let format, format != "auto" {
      guard let imp = importers.first(where: { $0.format == format }) else {
        throw QuireError("unknown format '\(format)': expected one of auto, \(formats.joined(separator: ", "))")
      }
      forced = imp
    }
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        throw QuireError("no such file or folder", at: SourceLocation(file: path))
      }
      var candidates: [URL] = []
      if isDir.boolValue {
        let root = URL(fileURLWithPath: path)
        guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
          throw QuireError("cannot read the folder", at: SourceLocation(file: path))
        }
        for case let url as URL in walker {
          if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { candidates.append(url) }
        }
        candidates.sort { $0.path < $1.path }
      } else {
        candidates = [URL(fileURLWithPath: path)]
      }
      for url in candidates {
        if let forced {
          files.append(PlannedImport(url: url, importer: forced))
          continue
        }
        if ["qdpx", "qde"].contains(url.pathExtension.lowercased()) { continue }  // REFI-QDA projects import on their own
        let head = Self.head(of: url)
        if let main = Self.mainPart(of: url) {
          skipped.append(SkippedFile(path: url.path, reason: "part of a multi-part archive, read with \(main)"))
          continue
        }
        if GrailbirdImporter().confidence(path: url.path, head: head) == 1, let first = GrailbirdImporter.mainMonth(of: url) {
          skipped.append(SkippedFile(path: url.path, reason: "a month of a Grailbird archive, read with \(first.lastPathComponent)"))
          continue
        }
        if url.lastPathComponent == "tweets.csv",
          FileManager.default.fileExists(atPath: url.deletingLastPathComponent().appendingPathComponent("data/js/tweets").path)
        {
          skipped.append(SkippedFile(path: url.path, reason: "the same tweets as the archive's data/js/tweets, read from there"))
          continue
        }
        if String(decoding: head.prefix(40), as: UTF8.self).hasPrefix("var user_details") || String(decoding: head.prefix(40), as: UTF8.self).hasPrefix("var payload_details") || String(decoding: head.prefix(40), as: UTF8.self).hasPrefix("var tweet_index") {
          skipped.append(SkippedFile(path: url.path, reason: "Grailbird archive metadata, read with its tweets"))
          continue
        }
        if let companion = Self.archiveCompanion(head) {
          skipped.append(SkippedFile(path: url.path, reason: "X archive companion file (\(companion)), read with its tweets"))
          continue
        }
        let scored = importers.map { ($0, $0.confidence(path: url.path, head: head)) }
        if let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.15 {
          files.append(PlannedImport(url: url, importer: best.0))
        } else {
          let ext = url.pathExtension.isEmpty ? "no extension" : "." + url.pathExtension
          skipped.append(SkippedFile(path: url.path, reason: "not a format Quire reads (\(ext))"))
        }
      }
    }
    return (files, skipped)
  }

  /// `tweets.js` when `url` is `tweets-part1.js` and `tweets.js` is beside it.
  static func mainPart(of url: URL) -> String? {
    let name = url.lastPathComponent
    for stem in ["tweets", "tweet"] where name.hasPrefix(stem + "-part") && name.hasSuffix(".js") {
      let main = url.deletingLastPathComponent().appendingPathComponent(stem + ".js")
      if FileManager.default.fileExists(atPath: main.path) { return stem + ".js" }
    }
    return nil
  }

  static func head(of url: URL) -> [UInt8] {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return [] }
    defer { try? handle.close() }
    return [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
  }

  /// `account`, `profile`, … for `window.YTD.account.part0 = …` files other than tweets.
  static func archiveCompanion(_ head: [UInt8]) -> String? {
    let start = String(decoding: head.prefix(120), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if start.hasPrefix("window.__THAR_CONFIG") { return "manifest" }
    guard start.hasPrefix("window.YTD.") else { return nil }
    let name = start.dropFirst("window.YTD.".count).prefix { $0 != "." && $0 != " " }
    if name == "tweets" || name == "tweet" { return nil }
    if name == "noteTweet" || name == "note_tweet" { return "long posts, read with tweets.js" }
    return String(name)
  }
}
