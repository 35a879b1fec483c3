import ArgumentParser
import Foundation
import QuireCore
import QuireStore

extension Quire {
  struct Review: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Review suggested codings: list them with their evidence, accept or reject.",
      discussion: """
        Without --accept/--reject it lists the codings (suggested ones by default) with their
        context and the words that made the rules fire, marked «like this». Ids are those shown;
        lists take commas and ranges: --accept 3,5,9-12. --accept-all and --reject-all act on
        every coding the filters select.
        """)

    @OptionGroup var options: ProjectOptions

    @Option(help: "Only this code (key or name) and its children.")
    var code: String?

    @Option(help: "Only this source.")
    var source: String?

    @Option(help: "Only this speaker (or @handle).")
    var speaker: String?

    @Option(help: "Which codings to list: suggested, accepted, rejected or all.")
    var status: String = "suggested"

    @Option(help: "Accept these coding ids.")
    var accept: String?

    @Option(help: "Reject these coding ids.")
    var reject: String?

    @Flag(help: "Accept every listed coding.")
    var acceptAll = false

    @Flag(help: "Reject every listed coding.")
    var rejectAll = false

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
      guard ["suggested", "accepted", "rejected", "all"].contains(status) else {
        throw ValidationError("--status must be suggested, accepted, rejected or all")
      }
      if [accept != nil, reject != nil, acceptAll, rejectAll].filter({ $0 }).count > 1 {
        throw ValidationError("give one of --accept, --reject, --accept-all, --reject-all")
      }
      for list in [accept, reject].compactMap({ $0 }) where Self.ids(list) == nil {
        throw ValidationError("ids are numbers, commas and ranges, e.g. 3,5,9-12; got '\(list)'")
      }
    }

    static func ids(_ s: String) -> [Int64]? {
      var out: [Int64] = []
      for part in s.split(separator: ",") {
        let ends = part.split(separator: "-").map { Int64($0.trimmingCharacters(in: .whitespaces)) }
        guard let a = ends.first ?? nil, ends.allSatisfy({ $0 != nil }) else { return nil }
        if ends.count == 2, let b = ends[1], b >= a, b - a < 1_000_000 { out += Array(a...b) } else if ends.count == 1 { out.append(a) } else { return nil }
      }
      return out
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      if let accept, let ids = Self.ids(accept) {
        print("Accepted \(try store.setStatus(.accepted, ids: ids)) coding(s)")
        return
      }
      if let reject, let ids = Self.ids(reject) {
        print("Rejected \(try store.setStatus(.rejected, ids: ids)) coding(s)")
        return
      }
      let statuses: Set<CodingStatus> = status == "all" ? Set(CodingStatus.allCases) : [CodingStatus(rawValue: status) ?? .suggested]
      let items = try store.reviewItems(ProjectStore.ReviewFilter(code: code, source: source, speaker: speaker, statuses: statuses))
      if acceptAll || rejectAll {
        let n = try store.setStatus(acceptAll ? .accepted : .rejected, ids: items.map(\.id))
        print("\(acceptAll ? "Accepted" : "Rejected") \(n) coding(s)")
        return
      }
      if json {
        print(try jsonText(items, snakeCase: true))
        return
      }
      if items.isEmpty {
        print("Nothing to review.")
        return
      }
      for item in items {
        print("#\(item.id)  \(item.code)  [\(item.status), \(item.coder)]")
        print("    \(item.source), \(item.location)\(item.speaker.map { " — \($0)" } ?? "")")
        print("    " + Self.marked(item).replacingOccurrences(of: "\n", with: "\n    "))
        if !item.evidence.isEmpty {
          let rules = Array(Set(item.evidence.map(\.rule))).sorted().map { $0.count > 70 ? String($0.prefix(67)) + "…" : $0 }
          print("    why: " + rules.joined(separator: "; "))
        }
        print("")
      }
      print("\(items.count) coding(s). Accept or reject with --accept IDS / --reject IDS.")
    }

    /// The coding's text with matched words in «», shortened around them when long.
    static func marked(_ item: ReviewItem) -> String {
      let scalars = Array(item.text.unicodeScalars)
      var spans = item.evidence.map { max(0, $0.start - item.start)..<min(scalars.count, max(0, $0.end - item.start)) }
        .filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
      var merged: [Range<Int>] = []
      for r in spans {
        if let last = merged.last, r.lowerBound <= last.upperBound { merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound) } else { merged.append(r) }
      }
      spans = merged
      var out = ""
      var i = 0
      let limit = 400
      if scalars.count > limit, let first = spans.first {
        i = max(0, first.lowerBound - 120)
        if i > 0 { out = "…" }
      }
      let stop = scalars.count > limit ? min(scalars.count, i + limit) : scalars.count
      for r in spans where r.lowerBound >= i && r.upperBound <= stop {
        out += String(String.UnicodeScalarView(scalars[i..<r.lowerBound]))
        out += "«" + String(String.UnicodeScalarView(scalars[r])) + "»"
        i = r.upperBound
      }
      out += String(String.UnicodeScalarView(scalars[i..<stop]))
      if stop < scalars.count { out += "…" }
      return out
    }
  }
}
