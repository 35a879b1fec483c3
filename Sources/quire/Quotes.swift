import ArgumentParser
import Foundation
import QuireCore
import QuireExport
import QuireStore

extension Quire {
  struct Quotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export coded passages as a quote table.",
      discussion: """
        One row per quote and code, with a stable key, the speaker, the place in the source and a
        citation. CSV is RFC 4180 (UTF-8; --excel adds a byte-order mark; cells starting = + - @
        get a leading ' unless --raw). Written to --out through a temporary file, or to stdout.
        """)

    @OptionGroup var options: ProjectOptions

    @Option(name: .customLong("code"), help: "Only this code (key or name) and its children; repeatable.")
    var codes: [String] = []

    @Option(help: "Which codings: suggested, accepted, rejected, or all (default: suggested and accepted).")
    var status: String?

    @Option(help: "Only codings by this coder.")
    var coder: String?

    @Option(help: "Only this source (name or file name).")
    var source: String?

    @Option(name: .customLong("where"), help: "Only quotes whose case has this attribute, KEY=VALUE (case=NAME for the case itself); repeatable.")
    var conditions: [String] = []

    @Option(help: "Order within each theme: source (default), key, speaker or date.")
    var sort: String = "source"

    @Option(help: "csv, tsv, markdown, html, latex, docx or json.")
    var format: String = "csv"

    @Option(help: "Columns for csv, tsv and markdown, comma-separated (see QuoteColumn).")
    var columns: String?

    @Flag(help: "CSV/TSV: one row per passage with a 0/1 column per code, instead of one row per quote and code.")
    var matrix = false

    @Flag(help: "LaTeX: a whole document (compiles with pdflatex and xelatex) rather than a table to \\input.")
    var standalone = false

    @Flag(help: "CSV: do not guard cells that start like a formula.")
    var raw = false

    @Flag(help: "CSV: start with a byte-order mark so Excel reads UTF-8.")
    var excel = false

    @Option(help: "Write to this file instead of stdout.")
    var out: String?

    @Option(help: "A CSV of `real,pseudonym` rows: names, handles (@name) and mentions are replaced in the export, never in the project.")
    var pseudonyms: String?

    func validate() throws {
      for c in conditions where !c.contains("=") { throw ValidationError("--where takes KEY=VALUE, got '\(c)'") }
      guard ["source", "key", "speaker", "date"].contains(sort) else { throw ValidationError("--sort must be source, key, speaker or date") }
      guard ["csv", "tsv", "markdown", "md", "html", "latex", "tex", "docx", "json"].contains(format) else {
        throw ValidationError("--format must be csv, tsv, markdown, html, latex, docx or json")
      }
      if format == "docx" && out == nil { throw ValidationError("--format docx needs --out FILE.docx") }
      if matrix && !["csv", "tsv"].contains(format) {
        throw ValidationError("--matrix writes csv or tsv")
      }
      if let status, !["suggested", "accepted", "rejected", "all"].contains(status) {
        throw ValidationError("--status must be suggested, accepted, rejected or all")
      }
      if let columns {
        for c in columns.split(separator: ",") where QuoteColumn(rawValue: c.trimmingCharacters(in: .whitespaces)) == nil {
          throw ValidationError("unknown column '\(c)': expected \(QuoteColumn.allCases.map(\.rawValue).joined(separator: ", "))")
        }
      }
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      var filter = QuoteFilter(codes: codes, coder: coder, source: source)
      if let status {
        filter.statuses = status == "all" ? Set(CodingStatus.allCases) : [CodingStatus(rawValue: status) ?? .suggested]
      }
      // Only the JSON export shows each quote's evidence.
      filter.evidence = format == "json" && !matrix
      let clock = ContinuousClock()
      let t0 = clock.now
      let codebook = try store.codebook()
      // The columns asked for, if any (checked in `validate`).
      let chosen = columns.map { $0.split(separator: ",").compactMap { QuoteColumn(rawValue: $0.trimmingCharacters(in: .whitespaces)) } }
      // A CSV or TSV table to a file in the stored order, with no case filter or pseudonyms:
      // each row rendered as its quote is made, on both cores for a large source.
      if let out, ["csv", "tsv"].contains(format), !matrix, conditions.isEmpty, sort == "source", pseudonyms == nil {
        let csv = CSVExporter(columns: chosen ?? QuoteColumn.standard, raw: raw, excel: excel, separator: format == "tsv" ? "\t" : ",")
        let rows = try store.quoteRows(filter, codebook: codebook) { csv.appendRow($0, to: &$1) }
        let t1 = clock.now
        try AtomicWrite.stream(to: out) { emit in
          try csv.header().withUnsafeBytes { try emit($0) }
          try rows.forEachPiece { try emit($0) }
        }
        if ProcessInfo.processInfo.environment["QUIRE_TIMING"] != nil { warn("TIMING quotes=\(t1 - t0) write=\(clock.now - t1)") }
        warn("Wrote \(rows.count) quotes to \(out)")
        // Left for the process's end to take back, as below.
        _ = Unmanaged.passRetained(LeftForExit(rows))
        return
      }
      var selected = try store.quotes(filter, codebook: codebook)
      let t1 = clock.now
      if !conditions.isEmpty {
        let cases = try store.segmentCases()
        selected = selected.filter { q in
          guard let ordinal = q.segmentOrdinal, let name = cases.bySegment[q.sourceID]?[ordinal] else { return false }
          return conditions.allSatisfy { c in
            let parts = c.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0], value = parts.count > 1 ? parts[1] : ""
            let actual = key == "case" ? name : cases.attributes[name]?[key]
            return actual?.lowercased() == value.lowercased()
          }
        }
      }
      if sort != "source" {
        // Stable within each theme: the codebook order of themes is kept.
        let themeOrder = Dictionary(uniqueKeysWithValues: (codebook?.themes ?? []).enumerated().map { ($1.key, $0) })
        func value(_ q: Quote) -> String {
          switch sort {
          case "key": return q.key
          case "speaker": return q.speaker ?? ""
          default: return q.tweet?.createdAt ?? String(format: "%012.3f", q.timeStart ?? 0)
          }
        }
        selected = selected.enumerated().sorted { a, b in
          let ta = themeOrder[a.element.codeKey] ?? 0, tb = themeOrder[b.element.codeKey] ?? 0
          if ta != tb { return ta < tb }
          let va = value(a.element), vb = value(b.element)
          return va == vb ? a.offset < b.offset : va < vb
        }.map(\.element)
      }
      let quotes = try loadPseudonyms(pseudonyms).apply(selected)
      if format == "docx", let out {
        let title = "Quotes — " + (codebook?.name ?? "Quire")
        let exporter = chosen.map { DOCXExporter(title: title, columns: $0) } ?? DOCXExporter(title: title)
        try AtomicWrite.write(data: try exporter.export(quotes), to: out)
        warn("Wrote \(quotes.count) quotes to \(out)")
        return
      }
      var text = ""
      var csv: CSVExporter? = nil
      let title = "Quotes — " + (codebook?.name ?? "Quire")
      switch format {
      case _ where matrix:
        let themes = codebook?.themes ?? []
        text = PresenceMatrixExporter(codes: themes.map { ($0.key, $0.name) }).export(quotes, separator: format == "tsv" ? "\t" : ",")
      case "json": text = JSONExporter().export(quotes)
      case "latex", "tex": text = LaTeXExporter(title: title, standalone: standalone).export(quotes)
      case "html": text = chosen.map { HTMLTableExporter(title: title, columns: $0) }?.export(quotes) ?? HTMLTableExporter(title: title).export(quotes)
      case "markdown", "md":
        text = chosen.map { MarkdownExporter(title: title, columns: $0) }?.export(quotes) ?? MarkdownExporter(title: title).export(quotes)
      case "tsv": csv = CSVExporter(columns: chosen ?? QuoteColumn.standard, raw: raw, excel: excel, separator: "\t")
      default: csv = CSVExporter(columns: chosen ?? QuoteColumn.standard, raw: raw, excel: excel)
      }
      let t2 = clock.now
      if let out {
        if let csv {
          // Written to the file as it is made.
          try AtomicWrite.stream(to: out) { emit in try csv.export(quotes, emit: emit) }
        } else {
          try AtomicWrite.write(text, to: out)
        }
        if ProcessInfo.processInfo.environment["QUIRE_TIMING"] != nil {
          warn("TIMING quotes=\(t1 - t0) export=\(t2 - t1) write=\(clock.now - t2)")
        }
        warn("Wrote \(quotes.count) quotes to \(out)")
        // The quotes are left for the process's end to take back: freed one string at a time,
        // 380,933 of them took half a second after the file was written.
        _ = Unmanaged.passRetained(LeftForExit(quotes))
      } else {
        if let csv {
          csv.export(quotes) { FileHandle.standardOutput.write(Data($0)) }
        } else {
          FileHandle.standardOutput.write(Data(text.utf8))
        }
      }
    }
  }
}

/// A value kept until the process ends, for memory the system takes back faster than freeing it.
final class LeftForExit {
  let value: Any
  init(_ value: Any) { self.value = value }
}
