import ArgumentParser
import Foundation
import QuireCoding
import QuireCore
import QuireStore

extension Quire {
  struct Code: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Apply the codebook's rules to every source and store suggested codings.",
      discussion: """
        Suggestions carry their evidence (the rule and the matched words). Re-running after a
        codebook edit updates the suggestions; accepted and rejected codings are never changed.
        """)

    @OptionGroup var options: ProjectOptions

    @Option(help: "The coding unit for interviews: turn, paragraph or sentence (default: the codebook's).")
    var unit: String?

    @Option(help: "The coder name the suggestions are stored under.")
    var coder: String = "rules"

    @Flag(help: "Show what would change without storing it.")
    var dryRun = false

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      let summary = try Coder.run(store: store, unit: unit, coder: coder, dryRun: dryRun)
      print(summary)
    }
  }
}

/// Codes every source of a project with its codebook.
enum Coder {
  static func run(store: ProjectStore, unit: String?, coder: String, dryRun: Bool) throws -> String {
    guard var codebook = try store.codebook() else {
      throw QuireError("the project has no codebook yet: run `quire codebook load FILE.yml`")
    }
    if let unit {
      switch unit {
      case "turn": codebook.options.unit = .turn
      case "paragraph": codebook.options.unit = .paragraph
      case "sentence": codebook.options.unit = .sentence
      case "tweet": codebook.options.unit = .tweet
      default: throw ValidationError("--unit must be turn, paragraph, sentence or tweet")
      }
    }
    let engine = try CodingEngine(codebook: codebook)
    let needsAuthors = codebook.themes.contains { if case .names = $0.speaker { return true } else { return false } }
    var units = 0
    var total = 0
    // Suggestions per theme, by the theme's index in the engine.
    var perTheme = [Int](repeating: 0, count: engine.themeKeys.count)
    let clock = ContinuousClock()
    var readTime = Duration.zero
    var waitTime = Duration.zero
    var matchingCPU = 0.0
    let t0 = clock.now
    let sources = try store.sources()
    readTime += clock.now - t0
    let start = clock.now
    // Each source's segments are read in runs of 8,192 and each run is coded on the other cores
    // as soon as it is read (the coding threads never wait for the whole project to be read);
    // each run's suggestions are stored as they come back, in order. At most 24 runs wait at a
    // time, so a project of several large archives is never held whole.
    let s = try store.replaceRuleSuggestions(coder: coder, dryRun: dryRun) { context in
      let stream = engine.openStream(coder: coder)
      defer { stream.close() }
      // A regex that backtracked past its time limit: nothing of this run is kept, and no more
      // segments are read for it.
      func stopIfTimedOut() throws {
        guard let t = stream.timeOut else { return }
        let source = sources.first { $0.id == t.sourceID }
        let line = source.map { Self.line(of: t.offset, lineStarts: Self.lineStarts($0.text)) } ?? 0
        throw QuireError(
          "the codebook's \(t.pattern) ran past its time limit on the unit here: expected a regex that does not backtrack without end (no nested repetition such as (a+)+); nothing was stored",
          at: SourceLocation(file: source?.originalName ?? t.sourceID, line: line))
      }
      func store(_ piece: SuggestionBatch) throws {
        for t in piece.themes { perTheme[Int(t)] += 1 }
        total += piece.count
        try context.store(piece)
      }
      for source in sources {
        let plan = stream.plan(source)
        // Posts' authors only when a theme names its speakers.
        try context.forEachSegmentRun(of: source.id, authors: needsAuthors, size: CodingEngine.chunkSize) { run in
          units += run.count
          while stream.waiting >= 24, let piece = stream.nextBatch() { try store(piece) }
          stream.add(plan, segments: run)
          while let piece = stream.pollBatch() { try store(piece) }
          try stopIfTimedOut()
        }
      }
      stream.close()
      defer { matchingCPU = stream.matchingCPUSeconds }
      while true {
        let w = clock.now
        guard let piece = stream.nextBatch() else { break }
        waitTime += clock.now - w
        try store(piece)
      }
      try stopIfTimedOut()
    }
    if ProcessInfo.processInfo.environment["QUIRE_TIMING"] != nil {
      func sec(_ d: Duration) -> String { String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
      FileHandle.standardError.write(
        Data(
          "TIMING read sources=\(sec(readTime)) read+code+write=\(sec(clock.now - start)) (waited for the coding at the end \(sec(waitTime))) units=\(units) matching-cpu=\(String(format: "%.3f", matchingCPU))\n"
            .utf8))
    }
    var out = dryRun ? "Dry run, nothing stored. " : ""
    out += "Coded \(sources.count) sources with \(codebook.themes.count) themes: \(total) suggestions "
    out += "(\(s.added) new, \(s.updated) updated, \(s.unchanged) unchanged, \(s.removed) withdrawn"
    out += s.keptHumanDecisions > 0 ? ", \(s.keptHumanDecisions) already decided by a person)" : ")"
    if s.reopened > 0 { out += "\n\(s.reopened) rejected suggestion(s) offered again: their evidence changed" }
    var counts: [String: Int] = [:]
    for (k, key) in engine.themeKeys.enumerated() { counts[key, default: 0] += perTheme[k] }
    for t in codebook.themes {
      out += "\n  \(String(repeating: "  ", count: codebook.depth(of: t.key)))\(t.name): \(counts[t.key] ?? 0)"
    }
    if dryRun {
      let names = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) })
      // Each source's line starts found once: a change's line is then a binary search, not a
      // scan from the top (a first dry run of a large archive lists tens of thousands).
      var lineStarts: [String: [Int]] = [:]
      out += s.changes.isEmpty ? "\nNo changes." : "\nChanges:"
      for c in s.changes {
        let source = names[c.sourceID]
        let starts: [Int]
        if let known = lineStarts[c.sourceID] {
          starts = known
        } else {
          starts = Self.lineStarts(source?.text ?? "")
          lineStarts[c.sourceID] = starts
        }
        let line = Self.line(of: c.start, lineStarts: starts)
        let words = Array(Set(c.evidence)).sorted().prefix(5).map { "“\($0)”" }.joined(separator: ", ")
        out += "\n  \(c.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(codebook.theme(c.codeKey)?.name ?? c.codeKey)  \(source?.name ?? c.sourceID), line \(line)\(words.isEmpty ? "" : ": " + words)"
      }
    }
    return out
  }

  /// Scalar offsets at which the text's lines start (the first is 0).
  static func lineStarts(_ text: String) -> [Int] {
    var starts = [0]
    var offset = 0
    for ch in text.unicodeScalars {
      offset += 1
      if ch == "\n" { starts.append(offset) }
    }
    return starts
  }

  /// The 1-based line holding the scalar offset.
  static func line(of offset: Int, lineStarts: [Int]) -> Int {
    var lo = 0
    var hi = lineStarts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lineStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
