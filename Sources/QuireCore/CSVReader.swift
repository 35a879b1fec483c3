import Foundation

/// An RFC 4180 reader that keeps each record's line number.
public enum CSVReader {
  public struct Record: Sendable {
    public var fields: [String]
    public var line: Int
  }

  public static func records(_ text: String, file: String, separator: Character = ",") throws -> [Record] {
    var out: [Record] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var line = 1
    var recordLine = 1
    var quoteLine = 1
    var afterQuote = false
    for ch in text {
      if quoted {
        if ch == "\"" {
          quoted = false
          afterQuote = true
        } else {
          if ch == "\n" || ch == "\r\n" { line += 1 }
          field.append(ch)
        }
        continue
      }
      if ch == "\"" {
        if afterQuote {  // a doubled quote inside a quoted field
          field.append("\"")
          quoted = true
          afterQuote = false
          continue
        }
        guard field.isEmpty else {
          throw QuireError("a quote inside an unquoted field: expected the whole field in quotes", at: SourceLocation(file: file, line: line))
        }
        quoted = true
        quoteLine = line
        continue
      }
      afterQuote = false
      if ch == separator {
        fields.append(field)
        field = ""
      } else if ch == "\n" || ch == "\r\n" {
        fields.append(field)
        out.append(Record(fields: fields, line: recordLine))
        fields = []
        field = ""
        line += 1
        recordLine = line
      } else {
        field.append(ch)
      }
    }
    if quoted { throw QuireError("a quoted field is never closed", at: SourceLocation(file: file, line: quoteLine)) }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      out.append(Record(fields: fields, line: recordLine))
    }
    return out
  }
}
