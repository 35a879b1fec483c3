import ArgumentParser
import Foundation
import QuireCoding
import QuireCore
import QuireStore

extension Quire {
  struct Agree: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure agreement between two coders, or rules against a human (--gold).",
      discussion: """
        The units rated are the codebook's coding units (turns, paragraphs, sentences or tweets);
        a coder applies a code to a unit when one of their codings (not rejected) overlaps it. Per
        code and overall (all unit × code decisions pooled): the four cell counts, percent
        agreement, Cohen's κ and Krippendorff's α (nominal). With --gold CODER, --coder is the coder
        tested (default: rules) and precision, recall and F1 are reported per code, with the false
        positives and negatives listed so the codebook can be tuned.
        """)

    @OptionGroup var options: ProjectOptions

    @Option(name: .customLong("coder"), help: "A coder; give two (or one with --gold).")
    var coders: [String] = []

    @Option(help: "The coder taken as right: report precision, recall and F1 of --coder against it.")
    var gold: String?

    @Option(help: "Only this code (key or name).")
    var code: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "With --gold: how many false positives and negatives to list per code.")
    var show: Int = 5

    func validate() throws {
      if gold == nil && coders.count != 2 { throw ValidationError("give two coders: --coder A --coder B (or --gold CODER)") }
      if gold != nil && coders.count > 1 { throw ValidationError("with --gold give at most one --coder") }
    }

    struct Row: Encodable {
      var code: String
      var name: String
      var both: Int
      var only_a: Int
      var only_b: Int
      var neither: Int
      var percent: Double?
      var kappa: Double?
      var alpha: Double?
      var precision: Double?
      var recall: Double?
      var f1: Double?
      var false_positives: [Example]?
      var false_negatives: [Example]?
    }

    struct Example: Encodable {
      var source: String
      var location: String
      var speaker: String?
      var text: String
    }

    struct Output: Encodable {
      var coder_a: String
      var coder_b: String
      var units: Int
      var codes: [Row]
      var overall: Row
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      guard let codebook = try store.codebook() else {
        throw QuireError("the project has no codebook yet: run `quire codebook load FILE.yml`")
      }
      let a = gold == nil ? coders[0] : (coders.first ?? "rules")
      let b = gold ?? coders[1]
      let known = try store.coders()
      for c in [a, b] where !known.contains(c) {
        throw QuireError("no codings by coder '\(c)': coders in this project are \(known.isEmpty ? "none yet" : known.joined(separator: ", "))")
      }
      let sources = try store.sources()
      let units = try CodedUnits(
        codebook: codebook, sources: try sources.map { ($0, try store.segments(of: $0.id)) }, codings: try store.allCodings())
      var themes = codebook.themes
      if let code {
        themes = themes.filter { $0.key == code || $0.name.lowercased() == code.lowercased() }
        if themes.isEmpty { throw QuireError("no code '\(code)' in the codebook") }
      }
      let names = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) })
      func example(_ i: Int) -> Example {
        let u = units.units[i]
        let src = names[u.sourceID]
        let scalars = Array((src?.text ?? "").unicodeScalars)
        let text = String(String.UnicodeScalarView(scalars[min(u.start, scalars.count)..<min(u.end, scalars.count)]))
        var line = 1
        for s in scalars.prefix(u.start) where s == "\n" { line += 1 }
        return Example(source: src?.name ?? u.sourceID, location: "line \(line)", speaker: u.speaker, text: text)
      }
      var rows: [Row] = []
      var pooled = Agreement.Table()
      for t in themes {
        let table = units.table(t.key, a, b)
        pooled = pooled + table
        var row = Self.row(t.key, t.name, table, gold: gold != nil)
        if gold != nil {
          let fp = units.units.indices.filter { units.has($0, t.key, by: a) && !units.has($0, t.key, by: b) }
          let fn = units.units.indices.filter { !units.has($0, t.key, by: a) && units.has($0, t.key, by: b) }
          row.false_positives = fp.prefix(show).map(example)
          row.false_negatives = fn.prefix(show).map(example)
        }
        rows.append(row)
      }
      let overall = Self.row("overall", "All codes (pooled)", pooled, gold: gold != nil)
      if json {
        print(try jsonText(Output(coder_a: a, coder_b: b, units: units.units.count, codes: rows, overall: overall)))
        return
      }
      print(gold == nil ? "Agreement between \(a) (A) and \(b) (B) on \(units.units.count) units" : "\(a) against gold standard \(b) on \(units.units.count) units")
      let header = gold == nil
        ? ["code", "both", "A only", "B only", "neither", "agree %", "kappa", "alpha"]
        : ["code", "TP", "FP", "FN", "TN", "precision", "recall", "F1"]
      let table = (rows + [overall]).map { r -> [String] in
        let cells = [r.name, String(r.both), String(r.only_a), String(r.only_b), String(r.neither)]
        if gold == nil { return cells + [Self.f(r.percent.map { $0 * 100 }, 1), Self.f(r.kappa, 3), Self.f(r.alpha, 3)] }
        return cells + [Self.f(r.precision, 3), Self.f(r.recall, 3), Self.f(r.f1, 3)]
      }
      printTable(header: header, rows: table)
      if gold != nil {
        for r in rows where !(r.false_positives ?? []).isEmpty || !(r.false_negatives ?? []).isEmpty {
          print("\n\(r.name)")
          for (label, list) in [("false positive", r.false_positives ?? []), ("false negative", r.false_negatives ?? [])] {
            for e in list {
              let text = e.text.replacingOccurrences(of: "\n", with: " ")
              print("  \(label): \(e.source), \(e.location)\(e.speaker.map { " (\($0))" } ?? ""): \(text.count > 110 ? String(text.prefix(110)) + "…" : text)")
            }
          }
        }
      }
    }

    static func row(_ key: String, _ name: String, _ t: Agreement.Table, gold: Bool) -> Row {
      let prf = Agreement.precisionRecallF1(t)
      return Row(
        code: key, name: name, both: t.both, only_a: t.onlyA, only_b: t.onlyB, neither: t.neither,
        percent: Agreement.percent(t), kappa: Agreement.cohensKappa(t), alpha: Agreement.krippendorffAlpha(t),
        precision: gold ? prf.precision : nil, recall: gold ? prf.recall : nil, f1: gold ? prf.f1 : nil)
    }

    static func f(_ x: Double?, _ digits: Int) -> String {
      guard let x, x.isFinite else { return "n/a" }
      return String(format: "%.\(digits)f", x)
    }
  }
}
