/// A speaker label found at the start of a transcript line, with its timestamps.
struct TranscriptLabel: Equatable {
  var speaker: String
  /// Seconds, from a timestamp before or after the label.
  var time: Double?
  /// Scalar offset within the line where the turn's own words begin.
  var contentOffset: Int
  /// False for a label known only by the spaces after it (`Speaker 2   text`): such a label
  /// must recur in the file to count.
  var strong: Bool = true
  /// `[Name]`: brackets make any plausible name a label.
  var bracketed: Bool = false
}

/// Recognises `[00:12:31] Name:`, `Name: [00:12:31]`, `Name (00:12:31):`, plain `Name:`,
/// `[Name] text`, Otter's `Name  0:01` on a line of its own, and `Speaker 2   text` (a label
/// followed by a run of spaces).
enum TranscriptLabelParser {
  static let maxLabelScalars = 40
  static let maxLabelWords = 5

  /// Parses a line's label, or nil when the line does not start with one.
  static func parse(_ line: [Unicode.Scalar]) -> TranscriptLabel? {
    var i = 0
    skipSpaces(line, &i)
    var time: Double? = nil
    if let (t, next) = timestamp(line, at: i) {
      time = t
      i = next
      skipSpaces(line, &i)
    }
    // `[Name] text` or `[Name]: text`
    if i < line.count, line[i] == "[", let close = line[i...].prefix(maxLabelScalars + 2).firstIndex(of: "]"),
      timestamp(line, at: i) == nil
    {
      let label = Array(line[(i + 1)..<close])
      if isPlausibleLabel(label) {
        var k = close + 1
        if k < line.count, line[k] == ":" { k += 1 }
        if k == line.count || line[k] == " " || line[k] == "\t" {
          skipSpaces(line, &k)
          if let (t, next) = timestamp(line, at: k) {
            time = time ?? t
            k = next
            skipSpaces(line, &k)
          }
          return TranscriptLabel(speaker: scalarsToString(label), time: time, contentOffset: k, bracketed: true)
        }
      }
    }
    // The label runs to the first ':' followed by whitespace or the end of the line.
    let labelStart = i
    var colon: Int? = nil
    var j = i
    while j < line.count, j - labelStart <= maxLabelScalars + 14 {
      if line[j] == ":" {
        if j + 1 == line.count || line[j + 1] == " " || line[j + 1] == "\t" {
          colon = j
          break
        }
        // `00:12:31` inside the label's parenthesised time: keep going.
      }
      j += 1
    }
    guard let colon else { return spacedLabel(line, from: labelStart, time: time) }
    var labelEnd = colon
    // `Name (00:12:31):`
    var innerTime: Double? = nil
    if labelEnd > labelStart, line[labelEnd - 1] == ")" {
      if let open = line[labelStart..<labelEnd].lastIndex(of: "("),
        let (t, next) = timestamp(line, at: open), next == labelEnd
      {
        innerTime = t
        labelEnd = open
      }
    }
    while labelEnd > labelStart, line[labelEnd - 1] == " " || line[labelEnd - 1] == "\t" { labelEnd -= 1 }
    let label = Array(line[labelStart..<labelEnd])
    guard isPlausibleLabel(label) else { return nil }
    var k = colon + 1
    skipSpaces(line, &k)
    if let (t, next) = timestamp(line, at: k) {
      time = time ?? t
      k = next
      skipSpaces(line, &k)
    }
    var speakerView = String.UnicodeScalarView()
    speakerView.append(contentsOf: label)
    return TranscriptLabel(speaker: String(speakerView), time: time ?? innerTime, contentOffset: k)
  }

  /// `Alice Chen  0:01` alone on its line (Otter), or `Speaker 2   words…` (a label, then two or
  /// more spaces or a tab).
  static func spacedLabel(_ line: [Unicode.Scalar], from start: Int, time: Double?) -> TranscriptLabel? {
    var j = start
    var gap: Int? = nil
    while j < line.count, j - start <= maxLabelScalars {
      if line[j] == "\t" || (line[j] == " " && j + 1 < line.count && line[j + 1] == " ") {
        gap = j
        break
      }
      j += 1
    }
    guard let gap, gap > start else { return nil }
    let label = Array(line[start..<gap])
    guard isPlausibleLabel(label), label.split(separator: " ").allSatisfy({ $0.first?.properties.isUppercase == true || $0.first?.properties.numericType != nil }) else { return nil }
    var k = gap
    skipSpaces(line, &k)
    var t = time
    if let (ts, next) = timestamp(line, at: k) {
      var m = next
      skipSpaces(line, &m)
      if m == line.count {  // Otter: the name and the time, the words on the next lines
        return TranscriptLabel(speaker: scalarsToString(label), time: t ?? ts, contentOffset: m)
      }
      t = t ?? ts
      k = m
    }
    guard k < line.count else { return nil }
    return TranscriptLabel(speaker: scalarsToString(label), time: t, contentOffset: k, strong: false)
  }

  static func scalarsToString(_ s: [Unicode.Scalar]) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s)
    return String(v)
  }

  /// Letters first; then letters, digits, marks, spaces, `.`, `'`, `’`, `-`; at most five words.
  static func isPlausibleLabel(_ label: [Unicode.Scalar]) -> Bool {
    guard let first = label.first, first.properties.isAlphabetic, label.count <= maxLabelScalars else { return false }
    var words = 1
    var previousSpace = false
    for s in label {
      if s == " " {
        if previousSpace { return false }
        previousSpace = true
        words += 1
        continue
      }
      previousSpace = false
      if s.properties.isAlphabetic || s.properties.numericType != nil { continue }
      if s.properties.generalCategory == .nonspacingMark { continue }
      if s == "." || s == "'" || s == "\u{2019}" || s == "-" { continue }
      return false
    }
    return words <= maxLabelWords
  }

  private static func skipSpaces(_ line: [Unicode.Scalar], _ i: inout Int) {
    while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
  }

  /// `[hh:mm:ss]`, `[mm:ss]`, `(hh:mm:ss)`, `{hh:mm:ss}`, `#hh:mm:ss.sss#` or a bare `hh:mm:ss`
  /// followed by a space; fractions of a second allowed. Returns seconds and the offset after it.
  static func timestamp(_ line: [Unicode.Scalar], at start: Int) -> (Double, Int)? {
    guard start < line.count else { return nil }
    var i = start
    let closers: [Unicode.Scalar: Unicode.Scalar] = ["[": "]", "(": ")", "{": "}", "#": "#"]
    var closer: Unicode.Scalar? = nil
    if let c = closers[line[i]] {
      closer = c
      i += 1
    }
    var fields: [Int] = []
    var fraction: Double = 0
    while fields.count < 3 {
      var v = 0
      var digits = 0
      while i < line.count, line[i].value >= 0x30, line[i].value <= 0x39 {
        v = v * 10 + Int(line[i].value - 0x30)
        digits += 1
        i += 1
        if digits > 3 { return nil }
      }
      guard digits > 0 else { return nil }
      fields.append(v)
      if i < line.count, line[i] == ":", fields.count < 3 { i += 1; continue }
      break
    }
    guard fields.count >= 2 else { return nil }
    if i < line.count, line[i] == "." || line[i] == "," {
      var j = i + 1
      var frac = "0."
      while j < line.count, line[j].value >= 0x30, line[j].value <= 0x39 { frac.unicodeScalars.append(line[j]); j += 1 }
      if j > i + 1 {
        fraction = Double(frac) ?? 0
        i = j
      }
    }
    if let closer {
      guard i < line.count, line[i] == closer else { return nil }
      i += 1
    } else {
      // A bare time must stand alone: followed by a space or the end of the line.
      guard i == line.count || line[i] == " " || line[i] == "\t" else { return nil }
    }
    let seconds: Double
    if fields.count == 3 {
      seconds = Double(fields[0] * 3600 + fields[1] * 60 + fields[2])
    } else {
      seconds = Double(fields[0] * 60 + fields[1])
    }
    return (seconds + fraction, i)
  }
}
