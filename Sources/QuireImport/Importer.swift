import Foundation
import QuireCore

/// Options that change how files are read.
public struct ImportOptions: Sendable {
  /// Speaker labels that mark the interviewer, compared case-insensitively: a label ending in
  /// `*` matches every label that starts with it (`Interviewer*` covers `Interviewer 2` and
  /// `Interviewer (Ian)`), any other label must match whole. The default follows DESIGN §4:
  /// `Interviewer…`, `Researcher…` or exactly `Q`.
  public var interviewerLabels: [String] {
    didSet { loweredInterviewerLabels = interviewerLabels.map { $0.lowercased() } }
  }
  /// `interviewerLabels` lower-cased once, not on every turn.
  private var loweredInterviewerLabels: [String]

  /// Whether importers hash the file's bytes themselves. The import runner hashes on another
  /// core while the file is parsed, and fills in `ImportedSource.sha256` when it is empty.
  public var hashFiles: Bool

  public init(interviewerLabels: [String] = ["Interviewer*", "Researcher*", "Q"], hashFiles: Bool = true) {
    self.interviewerLabels = interviewerLabels
    loweredInterviewerLabels = interviewerLabels.map { $0.lowercased() }
    self.hashFiles = hashFiles
  }

  /// The SHA-256 of `bytes`, or "" when the caller hashes them itself.
  public func sha256(_ bytes: [UInt8]) -> String { hashFiles ? SHA256.hex(bytes) : "" }

  /// Whether a speaker label names an interviewer.
  public func isInterviewer(_ label: String) -> Bool {
    let l = label.lowercased()
    for i in loweredInterviewerLabels {
      if i.hasSuffix("*") {
        if l.hasPrefix(String(i.dropLast())) { return true }
      } else if l == i {
        return true
      }
    }
    return false
  }
}

/// One importer per format: it says how sure it is that it can read a file, then reads it.
public protocol Importer: Sendable {
  /// The format name used by `quire import --format`.
  var format: String { get }
  /// How sure the importer is, from 0 (not this format) to 1, looking at the path and the
  /// first bytes of the file.
  func confidence(path: String, head: [UInt8]) -> Double
  /// Reads the whole file.
  func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource
}

