import Foundation
import QuireCore

/// Reads WebVTT and SRT subtitle files as interview transcripts.
///
/// The speaker comes from a WebVTT voice tag (`<v Alice Chen>`) or a `Name:` at the start of a
/// cue (as Zoom writes it); consecutive cues of one speaker become one turn whose time runs from
/// the first cue's start to the last cue's end. Formatting tags and cue settings are dropped,
/// entities decoded. The stored text is a readable transcript, one turn per paragraph:
/// `[00:00:01] Alice Chen: Right, let's start…`; citations use the times.
public struct SubtitleImporter: Importer {
  public enum Flavor: Sendable { case vtt, srt }
  public let flavor: Flavor
  public var format: String { flavor == .vtt ? "vtt" : "srt" }

  public init(_ flavor: Flavor) { self.flavor = flavor }

  public func confidence(path: String, head: [UInt8]) -> Double {
    var text = String(decoding: head.prefix(512), as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let ext = (path as NSString).pathExtension.lowercased()
    switch flavor {
    case .vtt:
      return text.hasPrefix("WEBVTT") ? 1 : 0
    case .srt:
      let lines = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(2).map { $0.trimmingCharacters(in: .whitespaces) }
      if lines.count == 2, Int(lines[0]) != nil, lines[1].contains("-->") { return 0.95 }
      return ext == "srt" ? 0.3 : 0
    }
  }

  struct Cue {
    var start: Double
    var end: Double
    var speaker: String?
    var text: String
    var line: Int
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let file = url.lastPathComponent
    let text = try TextDecoding.decode(bytes, file: file)
    let cues = try parseCues(text, file: file)
    // Merge consecutive cues of one speaker.
    struct Turn { var speaker: String?; var start: Double; var end: Double; var parts: [String] }
    var turns: [Turn] = []
    for cue in cues where !cue.text.isEmpty {
      if var last = turns.last, last.speaker == cue.speaker {
        last.end = max(last.end, cue.end)
        last.parts.append(cue.text)
        turns[turns.count - 1] = last
      } else {
        turns.append(Turn(speaker: cue.speaker, start: cue.start, end: cue.end, parts: [cue.text]))
      }
    }
    var builder = TextBuilder()
    var segments: [Segment] = []
    var cases: [Case] = []
    for t in turns {
      if !segments.isEmpty { _ = builder.append("\n\n") }
      let prefix = "[\(Citation.timestamp(t.start))] " + (t.speaker.map { "\($0): " } ?? "")
      _ = builder.append(prefix)
      let r = builder.append(t.parts.joined(separator: " ").precomposedStringWithCanonicalMapping)
      let interviewer = t.speaker.map(options.isInterviewer) ?? false
      segments.append(
        Segment(
          ordinal: segments.count, kind: .turn, start: r.start, end: r.end, lineStart: r.lineStart, lineEnd: r.lineEnd,
          speaker: t.speaker, isInterviewer: interviewer, timeStart: t.start, timeEnd: t.end))
      if let s = t.speaker, !interviewer, !cases.contains(where: { $0.name == s }) { cases.append(Case(name: s)) }
    }
    var warnings: [String] = []
    if cues.isEmpty { warnings.append("\(file): no cues found") }
    return ImportedSource(
      name: url.deletingPathExtension().lastPathComponent, kind: .interview, format: format, text: builder.text,
      originalName: file, sha256: options.sha256(bytes), segments: segments, cases: cases, warnings: warnings)
  }

  /// Splits the file into cues; a malformed timing line is an error naming its line.
  func parseCues(_ text: String, file: String) throws -> [Cue] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var i = 0
    if flavor == .vtt {
      guard let first = lines.first, first.hasPrefix("WEBVTT") else {
        throw QuireError("expected `WEBVTT` on the first line of a WebVTT file", at: SourceLocation(file: file, line: 1, column: 1))
      }
      i = 1
      while i < lines.count, !lines[i].trimmingCharacters(in: .whitespaces).isEmpty { i += 1 }  // header
    }
    var cues: [Cue] = []
    while i < lines.count {
      // Skip blank lines between blocks.
      while i < lines.count, lines[i].trimmingCharacters(in: .whitespaces).isEmpty { i += 1 }
      guard i < lines.count else { break }
      let blockStart = i
      var block: [String] = []
      while i < lines.count, !lines[i].trimmingCharacters(in: .whitespaces).isEmpty {
        block.append(lines[i])
        i += 1
      }
      if flavor == .vtt, let head = block.first, head.hasPrefix("NOTE") || head.hasPrefix("STYLE") || head.hasPrefix("REGION") {
        continue
      }
      guard let timingIndex = block.firstIndex(where: { $0.contains("-->") }), timingIndex <= 1 else {
        throw QuireError(
          "expected a cue timing line such as `00:00:01\(flavor == .vtt ? "." : ",")000 --> 00:00:04\(flavor == .vtt ? "." : ",")500`",
          at: SourceLocation(file: file, line: blockStart + 1, column: 1))
      }
      let timing = block[timingIndex]
      let parts = timing.components(separatedBy: "-->")
      guard parts.count == 2, let start = Self.time(parts[0]),
        let end = Self.time(String(parts[1].trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? ""))
      else {
        throw QuireError("malformed cue timing '\(timing)': expected `hh:mm:ss.mmm --> hh:mm:ss.mmm`", at: SourceLocation(file: file, line: blockStart + timingIndex + 1, column: 1))
      }
      var payload = block[(timingIndex + 1)...].joined(separator: " ")
      var speaker: String? = nil
      if let v = Self.voice(payload) {
        speaker = v
      }
      payload = Self.stripTags(payload)
      if speaker == nil, let label = TranscriptLabelParser.parse(Array(payload.unicodeScalars)), label.strong {
        speaker = label.speaker
        payload = String(String.UnicodeScalarView(Array(payload.unicodeScalars)[label.contentOffset...]))
      }
      cues.append(Cue(start: start, end: end, speaker: speaker, text: payload.trimmingCharacters(in: .whitespaces), line: blockStart + 1))
    }
    return cues
  }

  /// `00:01:02.500`, `01:02.500` or SRT's `00:01:02,500` in seconds.
  static func time(_ s: String) -> Double? {
    let t = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
    let fields = t.split(separator: ":")
    guard fields.count == 2 || fields.count == 3 else { return nil }
    var seconds = 0.0
    for f in fields {
      guard let v = Double(f) else { return nil }
      seconds = seconds * 60 + v
    }
    return seconds
  }

  /// The name in the first `<v Name>` or `<v.class Name>` tag.
  static func voice(_ s: String) -> String? {
    guard let r = s.range(of: "<v") else { return nil }
    let rest = s[r.upperBound...]
    guard let close = rest.firstIndex(of: ">") else { return nil }
    var tag = rest[..<close]
    if tag.first == "." { tag = tag.drop { $0 != " " } }
    let name = tag.trimmingCharacters(in: .whitespaces)
    return name.isEmpty ? nil : name
  }

  /// Drops `<…>` tags (voice, italics, classes, inline timestamps) and decodes entities.
  static func stripTags(_ s: String) -> String {
    var out = ""
    var inTag = false
    for ch in s {
      if ch == "<" { inTag = true; continue }
      if ch == ">" && inTag { inTag = false; continue }
      if !inTag { out.append(ch) }
    }
    return TweetText.decodeEntities(out).replacingOccurrences(of: "\u{00A0}", with: " ")
  }
}
