import ArgumentParser
import Foundation
import QuireCore
import QuireImport
import QuireStore

extension Quire {
  struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import transcripts and tweet archives (files or folders).",
      discussion: """
        Passages coded in the file with inline markup, {Connecting}…{/Connecting}, become manual
        codings by --coder (load the codebook first). Each file's format is detected from its content: plain-text or Markdown transcripts
        (speaker labels such as `J Dale:`, timestamps like [00:12:31]) and X/Twitter account
        exports (tweets.js; account.js beside it names the account). Folders are walked.
        REFI-QDA projects (.qdpx or .qde from NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette)
        bring their users, codebook, text sources, codings, cases, notes and sets.
        Each file is imported in one transaction; a file imported before (same SHA-256) is
        skipped. A bad file is reported with its place and the others still import; the exit
        status is then 1.
        """)

    @OptionGroup var options: ProjectOptions

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(help: "The format, or auto to detect it from the content: auto, text, markdown, vtt, srt, docx, odt, html, tweets-js, grailbird, twarc, tags-csv, mastodon, qdpx.")
    var format: String = "auto"

    @Option(help: "Link the file's participants (or the archive's tweets) to this case.")
    var `case`: String?

    @Option(name: .customLong("attribute"), help: "A case attribute KEY=VALUE (repeatable).")
    var attributes: [String] = []

    @Option(help: "Who made the inline codings ({Code}…{/Code}) in the files.")
    var coder: String = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "manual"

    @OptionGroup(title: "REFI-QDA projects (.qdpx, .qde)") var position: PositionOptions

    @Option(help: "Speaker labels that mark the interviewer, comma-separated; a trailing * matches a prefix (default: Interviewer*,Researcher*,Q).")
    var interviewer: String?

    func validate() throws {
      for a in attributes where !a.contains("=") {
        throw ValidationError("--attribute takes KEY=VALUE, got '\(a)'")
      }
    }

    func run() async throws {
      let store = try ProjectStore.open(at: options.path)
      var attrs: [String: String] = [:]
      for a in attributes {
        let parts = a.split(separator: "=", maxSplits: 1).map(String.init)
        attrs[parts[0]] = parts.count > 1 ? parts[1] : ""
      }
      var importOptions = ImportOptions()
      if let interviewer {
        importOptions.interviewerLabels = interviewer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      }
      // REFI-QDA projects: each in one transaction of its own.
      var failed = false
      let projects = format == "qdpx" ? paths : ImportPlanner.projects(in: paths)
      for p in projects {
        do {
          try REFIImport.run(path: p, store: store, convention: position.convention, options: importOptions)
        } catch let e as QuireError {
          var e = e
          if var loc = e.location, !loc.file.contains("/") {
            loc.file = (p as NSString).deletingLastPathComponent.isEmpty ? loc.file : (p as NSString).deletingLastPathComponent + "/" + loc.file
            e.location = loc
          }
          warn(e.description)
          warn("failed   \(p): nothing from it was imported")
          failed = true
        }
      }
      let rest = format == "qdpx" ? [] : paths.filter { !REFIImport.isProject($0) }
      let plannedFiles = rest.isEmpty ? 0 : try ImportPlanner().plan(paths: rest, format: format).files.count
      let onlyProjects = plannedFiles == 0 && !ImportPlanner.projects(in: rest).isEmpty
      if !rest.isEmpty && !onlyProjects {
        let report = try ImportRunner(store: store, options: importOptions)
          .run(paths: rest, format: format, caseName: `case`, attributes: attrs, coder: coder)
        report.print()
        if !report.failed.isEmpty { failed = true }
      }
      if failed { throw ExitCode.failure }
    }
  }
}

/// Imports planned files one by one and tells what happened.
struct ImportRunner {
  let store: ProjectStore
  let options: ImportOptions

  /// One imported source, for the summary table.
  struct Row {
    var name: String
    var format: String
    var kind: String
    var segments: Int
    var words: Int
    var people: Int
    var dates: String
  }

  struct Report {
    var rows: [Row] = []
    var already: [String] = []
    var failed: [String] = []
    var skipped: [SkippedFile] = []
    var imported: Int { rows.count }
    var segments: Int { rows.reduce(0) { $0 + $1.segments } }

    func print() {
      if !rows.isEmpty {
        printTable(
          header: ["source", "format", "kind", "segments", "words", "speakers/accounts", "dates"],
          rows: rows.map { [$0.name, $0.format, $0.kind, String($0.segments), String($0.words), String($0.people), $0.dates] })
        if rows.count > 1 {
          Swift.print("total: \(rows.count) sources, \(segments) segments, \(rows.reduce(0) { $0 + $1.words }) words")
        }
      }
      for a in already { Swift.print("unchanged \(a)") }
      for s in skipped { Swift.print("skipped  \(s.path): \(s.reason)") }
      for f in failed { Swift.print("failed   \(f)") }
      Swift.print("\(imported) imported (\(segments) segments), \(already.count) already in the project, \(skipped.count) skipped, \(failed.count) failed")
    }
  }

  /// `QUIRE_TIMING=1` prints how long each file took to read and to store.
  var timing: Bool { ProcessInfo.processInfo.environment["QUIRE_TIMING"] != nil }

  func run(paths: [String], format: String, caseName: String?, attributes: [String: String], coder: String = "markup") throws -> Report {
    let plan = try ImportPlanner().plan(paths: paths, format: format)
    var report = Report()
    report.skipped = plan.skipped
    let progress = Progress(total: plan.files.count)
    // Files after the first are read and parsed on another core while the one before is
    // stored; a large file (an archive of hundreds of megabytes) is read in its turn, so two are
    // never in memory at once.
    let ahead = ReadAhead(plan.files, options: options)
    for (n, item) in plan.files.enumerated() {
      progress.show(n, item.url.lastPathComponent)
      do {
        let clock = ContinuousClock()
        let t0 = clock.now
        let (parsed, sha256, parseTime) = try ahead.take(n)
        let t1 = clock.now
        let peakAfterParse = timing ? Self.peakMemory() : ""
        defer {
          if timing {
            warn("timing: \(item.url.lastPathComponent): read, parse and hash \(parseTime) (waited \(t1 - t0), peak \(peakAfterParse)); store \(clock.now - t1) (peak \(Self.peakMemory()))")
          }
        }
        // The same bytes imported before: nothing to do.
        if let name = try store.sourceName(sha256: sha256) {
          report.already.append("\(item.url.path): already imported as \(name)")
          continue
        }
        var imported = try parsed.get()
        if imported.sha256.isEmpty { imported.sha256 = sha256 }
        for w in imported.warnings { progress.clear(); warn("warning: \(w)") }
        // The summary's counts are made on another core while the source is stored (a million
        // posts: a third of a second, otherwise spent after the store).
        let summary = Summary(imported)
        switch try store.importSource(imported, caseName: caseName, attributes: attributes, coder: coder) {
        case .imported(let source, let count):
          report.rows.append(Self.row(source: source, summary: summary.wait(), segments: count, format: item.importer.format))
          if !imported.inlineCodings.isEmpty {
            progress.clear()
            warn("\(source.name): \(imported.inlineCodings.count) inline codings by \(coder)")
          }
        case .alreadyImported(let name):
          report.already.append("\(item.url.path): already imported as \(name)")
        }
        // The last file's segments are left for the process's end to take back: a million
        // posts' metadata, freed string by string, took a third of a second.
        if n == plan.files.count - 1 { _ = Unmanaged.passRetained(LeftForExit(imported)) }
      } catch let e as QuireError {
        var e = e
        if var loc = e.location, !loc.file.contains("/") {
          loc.file = item.url.path
          e.location = loc
        }
        progress.clear()
        warn(e.description)
        report.failed.append(item.url.path)
      }
    }
    progress.clear()
    return report
  }

  /// The process's peak resident memory so far (Linux), for `QUIRE_TIMING`.
  static func peakMemory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return "?" }
    return line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces)
  }

  /// Reads a file, hashing it on another core while the importer parses it. The bytes are
  /// freed when this returns, before the import is stored.
  static func readAndHash(_ item: PlannedImport, options: ImportOptions) throws -> (Result<ImportedSource, Error>, String) {
    let digest = Digest()
    let group = DispatchGroup()
    var fastOptions = options
    fastOptions.hashFiles = false
    let parsed: Result<ImportedSource, Error>
    if let archive = item.importer as? TweetsJSImporter {
      // The file mapped, not read into an array: the importer lets each part go as soon as it
      // is parsed. The hash reads the file on its own, through the system's file cache, so no
      // part waits for it (hashing the mapping held the whole file in memory until both were
      // through it: 1.1 GB at a million tweets).
      let path = item.url.path
      let buffer = try FileBuffer.map(path)
      DispatchQueue.global().async(group: group) {
        do { digest.value = try FileBytes.sha256Hex(path) } catch { digest.failure = error }
      }
      do {
        // An empty group: no hash reads the mapping, so each part may go as soon as it is parsed.
        parsed = .success(try archive.readOwning(url: item.url, buffer: consume buffer, options: fastOptions, hashed: DispatchGroup()))
      } catch {
        parsed = .failure(error)
      }
    } else {
      let bytes = try FileBytes.read(item.url.path)
      DispatchQueue.global().async(group: group) { digest.value = SHA256.hex(bytes) }
      parsed = Result { try item.importer.read(url: item.url, bytes: bytes, options: fastOptions) }
    }
    group.wait()
    if let failure = digest.failure { return (.failure(failure), "") }
    return (parsed, digest.value)
  }

  static func row(source: Source, summary: Summary.Counts, segments: Int, format: String) -> Row {
    Row(
      name: source.name, format: format, kind: source.kind.rawValue, segments: segments, words: summary.words, people: summary.people,
      dates: summary.dates)
  }

  /// What the import table says of a file: its words, speakers or accounts, and the days its
  /// posts span.
  static func counts(_ imported: ImportedSource) -> Summary.Counts {
    var text = imported.text
    let words = text.withUTF8 { Self.countWords($0) }
    var people = Set<String>()
    var first: Substring? = nil, last: Substring? = nil
    var lastHandle = ""
    var lastDay: Substring = ""
    // Only the fields needed are read from each segment: copying a post's metadata whole would
    // retain each of its strings, a million times over for a large archive.
    imported.segments.withUnsafeBufferPointer { segments in
      for k in segments.indices {
        if let handle = segments[k].tweet?.authorHandle {
          if handle != lastHandle {
            people.insert(handle)
            lastHandle = handle
          }
          // Posts of one day come together: compare only when the day changes.
          guard let created = segments[k].tweet?.createdAt, !created.isEmpty else { continue }
          let day = created.prefix(10)
          if day != lastDay {
            lastDay = day
            if first.map({ day < $0 }) ?? true { first = day }
            if last.map({ day > $0 }) ?? true { last = day }
          }
        } else if let sp = segments[k].speaker {
          people.insert(sp)
        }
      }
    }
    let range = first.map { "\($0)…\(last ?? $0)" } ?? ""
    return Summary.Counts(words: words, people: people.count, dates: range)
  }

  /// The words of UTF-8 text: runs of bytes other than space, tab, CR and LF, found eight bytes
  /// at a time (a word starts at a byte that is not a space after one that is).
  static func countWords(_ b: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = b.baseAddress else { return 0 }
    var words = 0
    var previousSpace: UInt64 = 0x80  // before the text: as after a space
    var i = 0
    while i + 8 <= b.count {
      let w = SWAR.load(base + i)
      let space = SWAR.equal(w, 0x20) | SWAR.equal(w, 0x0A) | SWAR.equal(w, 0x09) | SWAR.equal(w, 0x0D)
      // Each byte's "the byte before is a space": byte k-1's bit moves up to byte k.
      let before = space << 8 | previousSpace
      words += (~space & SWAR.high & before).nonzeroBitCount
      previousSpace = space >> 56
      i += 8
    }
    var inWord = previousSpace == 0
    while i < b.count {
      let c = base[i]
      let space = c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
      if !space && !inWord { words += 1 }
      inWord = !space
      i += 1
    }
    return words
  }
}

/// Reads and parses the small files of an import in order on two background threads (one when
/// there are few), at most three ahead of the one being stored; large files are read when their
/// turn comes.
final class ReadAhead: @unchecked Sendable {
  typealias Parsed = (Result<ImportedSource, Error>, String, Duration)
  /// Files larger than this are not read ahead.
  static let largeFile = 64 << 20

  let files: [PlannedImport]
  let options: ImportOptions
  let early: [Bool]
  private var slots: [Parsed?]
  private var errors: [Int: Error] = [:]
  private let ready: [DispatchSemaphore]
  /// At most three files read ahead of the one being stored, by two threads.
  private let room = DispatchSemaphore(value: 3)
  private let lock = NSLock()
  private var next = 0

  init(_ files: [PlannedImport], options: ImportOptions) {
    self.files = files
    self.options = options
    early = files.map { item in
      let size = (try? FileManager.default.attributesOfItem(atPath: item.url.path)[.size] as? Int) ?? Int.max
      return files.count > 1 && size <= Self.largeFile
    }
    slots = Array(repeating: nil, count: files.count)
    ready = files.map { _ in DispatchSemaphore(value: 0) }
    guard early.contains(true) else { return }
    let threads = ProcessInfo.processInfo.activeProcessorCount > 1 && early.filter { $0 }.count > 2 ? 2 : 1
    for _ in 0..<threads {
      Thread.detachNewThread { [self] in
        // The threads take the files in order, so the one the store waits for is always taken.
        while true {
          room.wait()
          let taken: Int? = lock.withLock {
            while next < files.count, !early[next] { next += 1 }
            guard next < files.count else { return nil }
            defer { next += 1 }
            return next
          }
          guard let i = taken else {
            room.signal()
            return
          }
          let clock = ContinuousClock()
          let t0 = clock.now
          do {
            let (parsed, sha) = try ImportRunner.readAndHash(files[i], options: options)
            let done: Parsed = (parsed, sha, clock.now - t0)
            lock.withLock { slots[i] = done }
          } catch {
            lock.withLock { errors[i] = error }
          }
          ready[i].signal()
        }
      }
    }
  }

  /// The parsed file `i` with its hash and how long reading it took; reads it now when it is
  /// not read ahead.
  func take(_ i: Int) throws -> Parsed {
    guard early[i] else {
      let clock = ContinuousClock()
      let t0 = clock.now
      let (parsed, sha) = try ImportRunner.readAndHash(files[i], options: options)
      return (parsed, sha, clock.now - t0)
    }
    ready[i].wait()
    room.signal()
    return try lock.withLock {
      if let e = errors.removeValue(forKey: i) { throw e }
      let parsed = slots[i]!
      slots[i] = nil
      return parsed
    }
  }
}

/// A hash computed on another thread.
final class Digest: @unchecked Sendable {
  var value = ""
  var failure: Error? = nil
}

/// An imported file's summary counts (`ImportRunner.counts`), made on another thread.
final class Summary: @unchecked Sendable {
  struct Counts {
    var words: Int
    var people: Int
    var dates: String
  }

  private var counts: Counts? = nil
  private let group = DispatchGroup()

  init(_ imported: ImportedSource) {
    DispatchQueue.global().async(group: group) { self.counts = ImportRunner.counts(imported) }
  }

  func wait() -> Counts {
    group.wait()
    return counts!
  }
}

/// A one-line progress bar on standard error, shown only when it is a terminal.
final class Progress {
  let total: Int
  let enabled: Bool
  var shown = false

  init(total: Int) {
    self.total = total
    enabled = isatty(2) == 1 && total > 1
  }

  func show(_ done: Int, _ label: String) {
    guard enabled else { return }
    let width = 30
    let filled = total == 0 ? 0 : width * done / total
    let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
    let name = label.count > 40 ? String(label.prefix(39)) + "…" : label
    FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(name)\u{1B}[K".utf8))
    shown = true
  }

  func clear() {
    guard enabled, shown else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    shown = false
  }
}
