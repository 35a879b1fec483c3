import Foundation
import QuireCore

/// Reads plain-text and Markdown interview transcripts: speaker turns (`Name:` labels, with
/// optional timestamps before or after), a preamble before the first turn, blank-line
/// paragraphs inside turns, and the original line numbers.
///
/// A line starting `Label:` opens a turn when the label is a plausible name and either recurs in
/// the file, carries a timestamp, names the interviewer, or looks like a name (up to three
/// capitalised words, and not a header word such as `Date` or `Note`). A text with no turns at all is read as a document of paragraphs.
public struct PlainTranscriptImporter: Importer {
  public let format = "text"

  /// Labels that begin ordinary sentences or file headers, never speakers, unless they recur.
  static let notSpeakers: Set<String> = [
    "note", "notes", "nb", "ps", "example", "edit", "update", "date", "time", "location", "place",
    "recorded", "duration", "transcribed", "transcript", "participants", "subject", "re", "title",
    "source", "http", "https", "tags", "summary", "keywords", "length", "project", "study", "file",
    "audio", "video", "speakers", "language", "format", "warning", "question", "answer", "topic",
    // Transcription annotations, often written in brackets at the start of a line.
    "laughs", "laughter", "laughing", "pause", "long pause", "inaudible", "unclear", "crosstalk",
    "silence", "sighs", "sigh", "coughs", "cough", "music", "overlapping", "interruption",
    "indistinct", "noise", "background noise", "break", "end", "end of recording", "recording ends",
    "recording starts", "start of recording", "redacted", "name redacted", "unintelligible",
  ]

  static let otherFormats: Set<String> = [
    "csv", "tsv", "json", "jsonl", "js", "xml", "html", "htm", "xhtml", "docx", "odt", "doc", "rtf",
    "pdf", "zip", "qdpx", "qdc", "qde", "yml", "yaml", "vtt", "srt", "png", "jpg", "jpeg", "gif",
    "mp3", "mp4", "m4a", "wav", "sqlite", "quire", "xlsx", "xls", "css", "svg", "ico", "woff", "ttf",
  ]

  public init() {}

  public func confidence(path: String, head: [UInt8]) -> Double {
    let ext = (path as NSString).pathExtension.lowercased()
    let textual = !head.prefix(4096).contains(0)
    guard textual else { return 0 }
    if head.starts(with: Array("WEBVTT".utf8)) { return 0.1 }
    if let first = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
      first == UInt8(ascii: "{") || first == UInt8(ascii: "[") && !head.starts(with: Array("[0".utf8))
    {
      // JSON or JavaScript archives are for other importers, unless a timestamp opens the line.
      if ext != "txt" && ext != "md" { return 0.05 }
    }
    if String(decoding: head.prefix(64), as: UTF8.self).hasPrefix("window.") { return 0 }
    switch ext {
    case "txt", "text": return 0.8
    case "md", "markdown": return 0.7
    default:
      // Data, markup and office files are never plain transcripts; other files are when their
      // first lines hold speaker labels.
      if Self.otherFormats.contains(ext) { return 0 }
      let lines = String(decoding: head, as: UTF8.self).split(separator: "\n").prefix(40)
      let labelled = lines.filter { TranscriptLabelParser.parse(Array($0.unicodeScalars))?.strong == true }.count
      return labelled >= 2 ? 0.5 : (ext.isEmpty ? 0.2 : 0)
    }
  }

  public func read(url: URL, bytes: [UInt8], options: ImportOptions) throws -> ImportedSource {
    let fileName = url.lastPathComponent
    let decoded = try TextDecoding.decode(bytes, file: fileName)
    let (text, inline) = try InlineMarkup.extract(decoded, file: fileName)
    var parsed = Self.parse(text: text, options: options)
    if !parsed.segments.contains(where: { $0.kind == .turn }) {
      // A document quoting people in the chapter style: a passage, then `(Name)`.
      let scalars = Array(text.unicodeScalars)
      for i in parsed.segments.indices where parsed.segments[i].kind == .paragraph {
        // `…quote…` and `(Name)` on the paragraph's last line.
        let seg = parsed.segments[i]
        guard let lastBreak = scalars[seg.start..<seg.end].lastIndex(of: "\n") else { continue }
        let lastLine = String(String.UnicodeScalarView(scalars[(lastBreak + 1)..<seg.end]))
        if let who = Attribution.name(lastLine) {
          var end = lastBreak
          while end > seg.start, scalars[end - 1].properties.isWhitespace { end -= 1 }
          parsed.segments[i].kind = .turn
          parsed.segments[i].speaker = who
          parsed.segments[i].end = end
          parsed.segments[i].lineEnd -= 1
        }
      }
      for i in parsed.segments.indices.dropLast() {
        let next = parsed.segments[i + 1]
        let nextText = String(String.UnicodeScalarView(scalars[next.start..<next.end]))
        if parsed.segments[i].kind == .paragraph, let who = Attribution.name(nextText) {
          parsed.segments[i].kind = .turn
          parsed.segments[i].speaker = who
        }
      }
    }
    let name = url.deletingPathExtension().lastPathComponent
    let ext = url.pathExtension.lowercased()
    var cases: [Case] = []
    var seen: Set<String> = []
    for seg in parsed.segments {
      if let s = seg.speaker, !seg.isInterviewer, !seen.contains(s) {
        seen.insert(s)
        cases.append(Case(name: s))
      }
    }
    let hasTurns = parsed.segments.contains { $0.kind == .turn && $0.speaker != nil && parsed.speakers.contains($0.speaker ?? "") }
    var warnings: [String] = []
    if !parsed.segments.contains(where: { $0.kind == .turn }) {
      warnings.append("\(fileName): no speaker labels found; imported as a document of \(parsed.segments.count) paragraphs")
    }
    var source = ImportedSource(
      name: name, kind: hasTurns ? .interview : .document,
      format: (ext == "md" || ext == "markdown") ? "markdown" : "text", text: text,
      originalName: fileName, sha256: options.sha256(bytes), segments: parsed.segments, cases: cases,
      warnings: warnings)
    source.inlineCodings = inline
    return source
  }

  struct Line {
    var start: Int  // scalar offset of the first scalar
    var scalars: ArraySlice<Unicode.Scalar>
    var isBlank: Bool
  }

  /// Splits `text` (already `\n`-only) into turns and paragraphs.
  public static func parse(text: String, options: ImportOptions) -> (segments: [Segment], speakers: [String]) {
    let scalars = Array(text.unicodeScalars)
    var lines: [Line] = []
    var lineStart = 0
    for (i, s) in scalars.enumerated() where s == "\n" {
      let slice = scalars[lineStart..<i]
      lines.append(Line(start: lineStart, scalars: slice, isBlank: slice.allSatisfy { $0.properties.isWhitespace }))
      lineStart = i + 1
    }
    if lineStart <= scalars.count {
      let slice = scalars[lineStart..<scalars.count]
      if !(slice.isEmpty && lineStart == scalars.count && !lines.isEmpty) {
        lines.append(Line(start: lineStart, scalars: slice, isBlank: slice.allSatisfy { $0.properties.isWhitespace }))
      }
    }

    // First pass: candidate labels and how often each occurs.
    var candidates: [Int: TranscriptLabel] = [:]
    var counts: [String: Int] = [:]
    for (n, line) in lines.enumerated() where !line.isBlank {
      if let label = TranscriptLabelParser.parse(Array(line.scalars)) {
        candidates[n] = label
        counts[label.speaker.lowercased(), default: 0] += 1
      }
    }
    // A file written in the `Speaker 2   words` style has a weak label that recurs.
    let spacedStyle = candidates.values.contains { !$0.strong && (counts[$0.speaker.lowercased()] ?? 0) >= 2 }
    // A transcript has a few speakers and many turns: each label is looked up once.
    var interviewers: [String: Bool] = [:]
    func isInterviewer(_ speaker: String) -> Bool {
      if let known = interviewers[speaker] { return known }
      let answer = options.isInterviewer(speaker)
      interviewers[speaker] = answer
      return answer
    }
    func accepted(_ n: Int, _ label: TranscriptLabel) -> Bool {
      let key = label.speaker.lowercased()
      if isInterviewer(label.speaker) { return true }
      if notSpeakers.contains(key) { return (counts[key] ?? 0) >= 3 }
      if !label.strong { return spacedStyle }
      // `[Name]` must recur: a one-off bracket is an editorial insertion (`[Twitter] makes me…`).
      if label.bracketed { return (counts[key] ?? 0) >= 2 }
      if (counts[key] ?? 0) >= 2 || label.time != nil { return true }
      // A one-off label is a speaker when it looks like a name: up to three capitalised words.
      let words = label.speaker.split(separator: " ")
      return words.count <= 3 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    var segments: [Segment] = []
    var speakers: [String] = []
    // Current open block: a turn or a preamble paragraph.
    var blockKind: SegmentKind? = nil
    var blockSpeaker: String? = nil
    var blockTime: Double? = nil
    var blockStart = 0
    var blockEnd = 0
    var blockLineStart = 0
    var blockLineEnd = 0
    var contentSeen = false

    func close() {
      guard let kind = blockKind else { return }
      if contentSeen || kind == .turn {
        let speaker = blockSpeaker
        segments.append(
          Segment(
            ordinal: segments.count, kind: kind, start: blockStart,
            end: max(blockStart, blockEnd), lineStart: blockLineStart + 1,
            lineEnd: max(blockLineStart, blockLineEnd) + 1, speaker: speaker,
            isInterviewer: speaker.map(isInterviewer) ?? false, timeStart: blockTime))
      }
      blockKind = nil
      contentSeen = false
    }

    var inTurns = false
    for (n, line) in lines.enumerated() {
      if line.isBlank {
        if blockKind == .paragraph { close() }
        continue
      }
      if let label = candidates[n], accepted(n, label) {
        close()
        inTurns = true
        blockKind = .turn
        blockSpeaker = label.speaker
        if !speakers.contains(label.speaker) { speakers.append(label.speaker) }
        blockTime = label.time
        blockLineStart = n
        blockLineEnd = n
        // The turn's words start after the label; skip spaces.
        var offset = line.start + label.contentOffset
        let lineEnd = line.start + line.scalars.count
        while offset < lineEnd, scalars[offset].properties.isWhitespace { offset += 1 }
        if offset < lineEnd {
          blockStart = offset
          blockEnd = lineEnd
          trimEnd(&blockEnd, scalars, from: blockStart)
          contentSeen = true
        } else {
          blockStart = lineEnd
          blockEnd = lineEnd
          contentSeen = false
        }
        continue
      }
      // An ordinary line: it continues the open turn, or starts/continues a paragraph.
      if blockKind == nil {
        blockKind = inTurns ? .turn : .paragraph
        if inTurns {
          // Text after a turn closed by nothing: cannot happen (turns close only on labels).
          blockSpeaker = nil
        } else {
          blockSpeaker = nil
          blockTime = nil
        }
        blockLineStart = n
        contentSeen = false
      }
      var lineFirst = line.start
      let lineEnd = line.start + line.scalars.count
      while lineFirst < lineEnd, scalars[lineFirst] == " " || scalars[lineFirst] == "\t" { lineFirst += 1 }
      if !contentSeen {
        blockStart = lineFirst
        contentSeen = true
      }
      blockEnd = lineEnd
      trimEnd(&blockEnd, scalars, from: blockStart)
      blockLineEnd = n
    }
    close()

    // A turn's time ends where the next timed turn begins.
    var nextTime: Double? = nil
    for i in segments.indices.reversed() where segments[i].kind == .turn {
      segments[i].timeEnd = nextTime
      if let t = segments[i].timeStart { nextTime = t }
    }
    return (segments, speakers)
  }

  private static func trimEnd(_ end: inout Int, _ scalars: [Unicode.Scalar], from start: Int) {
    while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
  }
}
