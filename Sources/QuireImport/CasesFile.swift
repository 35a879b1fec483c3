import Foundation
import QuireCore

/// Reads a cases file: CSV (or TSV) with a header row, one row per participant or account.
///
/// The first column (or one headed `name`, `case` or `participant`) names the case; a column
/// headed `aliases` lists other names separated by `;` (speaker labels such as `T Whitfield`,
/// or `@handles`); every other column is an attribute. UTF-8 with or without a BOM; quoted
/// fields as in RFC 4180.
public enum CasesFile {
  public static func read(url: URL) throws -> [CaseRow] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw QuireError("cannot read the cases file", at: SourceLocation(file: url.path))
    }
    let text = try TextDecoding.decode([UInt8](data), file: url.lastPathComponent)
    return try parse(text, file: url.lastPathComponent, separator: url.pathExtension.lowercased() == "tsv" ? "\t" : ",")
  }

  public static func parse(_ text: String, file: String, separator: Character = ",") throws -> [CaseRow] {
    let records = try CSVReader.records(text, file: file, separator: separator)
    guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }), !header.isEmpty else {
      throw QuireError("the cases file is empty: expected a header row such as `name,role,country`", at: SourceLocation(file: file, line: 1))
    }
    let lower = header.map { $0.lowercased() }
    let nameColumn = lower.firstIndex { ["name", "case", "participant", "speaker"].contains($0) } ?? 0
    let aliasColumn = lower.firstIndex(of: "aliases")
    var rows: [CaseRow] = []
    var seen: [String: Int] = [:]
    for record in records.dropFirst() {
      if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      guard record.fields.count == header.count else {
        throw QuireError(
          "expected \(header.count) fields as in the header, found \(record.fields.count)",
          at: SourceLocation(file: file, line: record.line))
      }
      let name = record.fields[nameColumn].trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { throw QuireError("the case has no name (column '\(header[nameColumn])')", at: SourceLocation(file: file, line: record.line)) }
      if let first = seen[name.lowercased()] {
        throw QuireError("case '\(name)' appears twice (first on line \(first))", at: SourceLocation(file: file, line: record.line))
      }
      seen[name.lowercased()] = record.line
      var row = CaseRow(name: name, line: record.line)
      for (i, value) in record.fields.enumerated() where i != nameColumn {
        let v = value.trimmingCharacters(in: .whitespaces)
        if i == aliasColumn {
          row.aliases = v.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        } else if !header[i].isEmpty {
          row.attributes[header[i]] = v
        }
      }
      rows.append(row)
    }
    return rows
  }
}
