import Foundation
import QuireCore
import QuireImport
import QuireXML

/// Reads a REFI-QDA project: a `.qdpx` (zip of `project.qde` and `Sources/`) or a bare `.qde`.
///
/// Lenient where real tools stray from the schema (no XML declaration, empty `<Sets/>`,
/// upper-case or braced GUIDs, `sources/` in lower case), with a warning for each; strict
/// where data would be lost or wrong: a selection outside its source, or a coding that names
/// a missing code, is an error naming the element's line and GUID.
public struct ProjectReader {
  public var convention: PositionConvention
  public var options: ImportOptions

  public init(convention: PositionConvention = .standard, options: ImportOptions = ImportOptions()) {
    self.convention = convention
    self.options = options
  }

  public struct Result: Sendable {
    public var bundle: ProjectBundle
    public var warnings: [String]
    /// Sources that are not text (PDF, picture, audio, video): listed, never imported.
    public var skipped: [String]
  }

  /// Reads a `.qdpx` or `.qde` file.
  public func read(url: URL, bytes: [UInt8]) throws -> Result {
    let file = url.lastPathComponent
    if bytes.starts(with: [0x50, 0x4B]) {
      let zip = try SafeZip(bytes: bytes, file: file)
      let qdePath = zip.paths.first { $0.lowercased() == "project.qde" }
        ?? zip.paths.first { $0.lowercased().hasSuffix(".qde") && !$0.hasPrefix("__MACOSX") }
      guard let qdePath, let qde = try zip.read(qdePath) else {
        throw QuireError("no project.qde in the archive: expected a REFI-QDA project (.qdpx)", at: SourceLocation(file: file))
      }
      return try read(qde: qde, file: "\(file)/\(qdePath)", baseName: url.deletingPathExtension().lastPathComponent) { path in
        try Self.entry(path, in: zip)
      }
    }
    let folder = url.deletingLastPathComponent()
    return try read(qde: bytes, file: file, baseName: url.deletingPathExtension().lastPathComponent) { path in
      for candidate in [path, "Sources/" + path, "sources/" + path] {
        let u = folder.appendingPathComponent(candidate)
        if let d = FileManager.default.contents(atPath: u.path) { return (candidate, [UInt8](d)) }
      }
      return nil
    }
  }

  /// Finds a source file inside the zip: `internal://` paths live in `Sources/` (or `sources/`).
  static func entry(_ path: String, in zip: SafeZip) throws -> (String, [UInt8])? {
    let lowered = Set(zip.paths.map { $0.lowercased() })
    for candidate in ["Sources/" + path, "sources/" + path, path] where lowered.contains(candidate.lowercased()) {
      guard let real = zip.paths.first(where: { $0.lowercased() == candidate.lowercased() }), let bytes = try zip.read(real) else { continue }
      return (real, bytes)
    }
    return nil
  }

  func read(qde: [UInt8], file: String, baseName: String, resolve: (String) throws -> (String, [UInt8])?) throws -> Result {
    let doc = try REFIParse.document(qde, file: file)
    guard let root = doc.tree, root.name == "Project" else {
      throw QuireError("expected a REFI-QDA project: a <Project> root element (namespace urn:QDA-XML:project:1.0)", at: SourceLocation(file: file, line: 1))
    }
    var warnings: [String] = []
    var skipped: [String] = []
    if root.namespace != "urn:QDA-XML:project:1.0" {
      warnings.append("\(file): the namespace is '\(root.namespace ?? "none")', expected urn:QDA-XML:project:1.0; read anyway")
    }
    if !qde.starts(with: Array("<?xml".utf8)) && !qde.starts(with: [0xEF, 0xBB, 0xBF, 0x3C, 0x3F]) {
      warnings.append("\(file): no XML declaration; read as UTF-8")
    }
    func fail(_ message: String, _ e: XMLElement) -> QuireError {
      QuireError(message, at: SourceLocation(file: file, line: e.line))
    }
    var bundle = ProjectBundle(name: root.attributes["name"] ?? baseName, origin: root.attributes["origin"])

    // Users.
    var users: [String: String] = [:]
    for u in root.element("Users")?.elements("User") ?? [] {
      guard let g = u.attributes["guid"] else { throw fail("a <User> without a guid", u) }
      let guid = REFIGUID.normalise(g)
      var name = (u.attributes["name"] ?? u.attributes["id"] ?? "").trimmingCharacters(in: .whitespaces)
      if name.isEmpty { name = "user-" + guid.prefix(8) }
      if users.values.contains(name) { name += " (" + guid.prefix(8) + ")" }
      users[guid] = name
      bundle.coders.append(BundleCoder(guid: guid, name: name))
    }
    func coder(_ guid: String?) -> String {
      guard let guid else { return bundle.origin.map { "imported (\($0))" } ?? "imported" }
      if let n = users[REFIGUID.normalise(guid)] { return n }
      let name = "user-" + REFIGUID.normalise(guid).prefix(8)
      users[REFIGUID.normalise(guid)] = name
      bundle.coders.append(BundleCoder(guid: REFIGUID.normalise(guid), name: name))
      warnings.append("\(file): user \(guid) is not listed in <Users>; named \(name)")
      return name
    }

    // Codes.
    var codeKeys: [String: String] = [:]
    if let codes = root.element("CodeBook")?.element("Codes")?.elements("Code"), !codes.isEmpty {
      let read = CodebookExchange.themes(from: codes, file: file, warnings: &warnings)
      bundle.codebook = Codebook(name: bundle.name, themes: read.themes)
      bundle.codeGUIDs = read.guids
      codeKeys = read.byGUID
    }

    // Variables.
    var variables: [String: String] = [:]
    for v in root.element("Variables")?.elements("Variable") ?? [] {
      if let g = v.attributes["guid"], let n = v.attributes["name"] { variables[REFIGUID.normalise(g)] = n }
    }
    func values(_ e: XMLElement) -> [String: String] {
      var out: [String: String] = [:]
      for vv in e.elements("VariableValue") {
        guard let ref = vv.element("VariableRef")?.attributes["targetGUID"] else { continue }
        guard let name = variables[REFIGUID.normalise(ref)] else {
          warnings.append("\(file):\(vv.line): a value for variable \(ref), which <Variables> does not declare; left out")
          continue
        }
        for kind in ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"] {
          if let value = vv.element(kind)?.text { out[name] = value }
        }
      }
      return out
    }

    // Notes first: codings and sources refer to them.
    var notes: [String: BundleNote] = [:]
    var noteOrder: [String] = []
    for n in root.element("Notes")?.elements("Note") ?? [] {
      guard let g = n.attributes["guid"] else { warnings.append("\(file):\(n.line): a <Note> without a guid; left out"); continue }
      let guid = REFIGUID.normalise(g)
      var text = n.element("PlainTextContent")?.text ?? ""
      if text.isEmpty, let path = n.attributes["plainTextPath"] {
        if let (_, bytes) = try resolve(Self.stripInternal(path)) { text = try Self.decodeText(bytes, file: path) }
      }
      notes[guid] = BundleNote(
        guid: guid, name: n.attributes["name"] ?? "Note", text: ExchangedText(raw: text, convention: .standard).text,
        author: n.attributes["creatingUser"].map { coder($0) }, createdAt: n.attributes["creationDateTime"])
      noteOrder.append(guid)
    }
    func noteRefs(_ e: XMLElement, target: String?) -> [String] {
      var texts: [String] = []
      for r in e.elements("NoteRef") {
        guard let t = r.attributes["targetGUID"], let n = notes[REFIGUID.normalise(t)] else { continue }
        if let target { notes[n.guid]?.targets.append(target) }
        texts.append(n.text)
      }
      return texts
    }
    _ = noteRefs(root, target: nil)  // notes about the project as a whole
    for code in (root.element("CodeBook")?.descendants("Code") ?? []) {
      if let g = code.attributes["guid"] { _ = noteRefs(code, target: REFIGUID.normalise(g)) }
    }

    // Sources.
    var sourceIDs: [String: String] = [:]
    guard let sourcesElement = root.element("Sources") else {
      bundle.notes = noteOrder.compactMap { notes[$0] }
      bundle.sets = REFISets.read(root.element("Sets"), codeKeys: codeKeys, sources: sourceIDs, file: file, warnings: &warnings)
      try readCases(root, into: &bundle, sources: sourceIDs, values: values, file: file, warnings: &warnings)
      return Result(bundle: bundle, warnings: warnings, skipped: skipped)
    }
    for case .element(let s) in sourcesElement.children {
      guard s.name == "TextSource" else {
        skipped.append("\(s.attributes["name"] ?? s.attributes["guid"] ?? "?") (\(s.name), line \(s.line))")
        continue
      }
      guard let g = s.attributes["guid"] else { throw fail("a <TextSource> without a guid", s) }
      let guid = REFIGUID.normalise(g)
      let fileName = (s.attributes["plainTextPath"] ?? s.attributes["richTextPath"]).map {
        URL(fileURLWithPath: Self.stripInternal($0)).deletingPathExtension().lastPathComponent
      }
      let name = s.attributes["name"].flatMap { $0.isEmpty ? nil : $0 } ?? fileName ?? "Source \(bundle.sources.count + 1)"
      var raw: String
      var format = "text"
      if let content = s.element("PlainTextContent") {
        raw = content.text
      } else if let path = s.attributes["plainTextPath"] {
        guard let (entry, bytes) = try resolve(Self.stripInternal(path)) else {
          throw fail("source '\(name)' (\(g)): its text file '\(path)' is not in the project", s)
        }
        raw = try Self.decodeText(bytes, file: "\(file) → \(entry)")
      } else if let path = s.attributes["richTextPath"] {
        guard let (entry, bytes) = try resolve(Self.stripInternal(path)) else {
          throw fail("source '\(name)' (\(g)): its document '\(path)' is not in the project", s)
        }
        let kind: OfficeDocumentImporter.Kind = entry.lowercased().hasSuffix(".odt") ? .odt : .docx
        let doc = try OfficeDocumentImporter(kind).read(url: URL(fileURLWithPath: entry), bytes: bytes, options: options)
        raw = doc.text
        format = kind == .odt ? "odt" : "docx"
        if !s.descendants("PlainTextSelection").isEmpty {
          warnings.append("\(file):\(s.line): source '\(name)' has no plain text, only a rich-text document; its selections are placed in the text Quire reads from it, which may differ from the tool's")
        }
      } else {
        throw fail("source '\(name)' (\(g)) has neither <PlainTextContent> nor a plainTextPath or richTextPath", s)
      }
      if raw.hasPrefix("\u{FEFF}") { raw.removeFirst() }
      let exchanged = ExchangedText(raw: raw, convention: convention)
      let parsed = PlainTranscriptImporter.parse(text: exchanged.text, options: options)
      let hasTurns = parsed.segments.contains { $0.kind == .turn }
      var source = BundleSource(
        id: guid, name: name, kind: hasTurns ? .interview : .document, text: exchanged.text,
        description: s.element("Description")?.text, segments: parsed.segments, format: format,
        originalName: s.attributes["plainTextPath"].map { URL(fileURLWithPath: Self.stripInternal($0)).lastPathComponent } ?? name,
        sha256: SHA256.hex(Array(exchanged.text.utf8)), createdBy: s.attributes["creatingUser"].map { coder($0) },
        createdAt: s.attributes["creationDateTime"])
      let attrs = values(s)
      if !attrs.isEmpty {
        // Source variables become a case of their own only when no case names the source.
        source.description = source.description ?? attrs.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n")
      }
      _ = noteRefs(s, target: guid)
      sourceIDs[guid] = guid
      bundle.sources.append(source)
      let length = exchanged.text.unicodeScalars.count

      func coding(_ c: XMLElement, start: Int, end: Int, selectionUser: String?, memo: [String]) throws {
        guard let ref = c.element("CodeRef")?.attributes["targetGUID"] else {
          throw fail("a <Coding> \(c.attributes["guid"] ?? "") without a <CodeRef>", c)
        }
        guard let key = codeKeys[REFIGUID.normalise(ref)] else {
          throw fail("coding \(c.attributes["guid"] ?? "?") in source '\(name)' names code \(ref), which is not in the codebook", c)
        }
        let memoText = (memo + noteRefs(c, target: nil)).joined(separator: "\n\n")
        bundle.codings.append(
          BundleCoding(
            sourceID: guid, start: start, end: end, codeKey: key, coder: coder(c.attributes["creatingUser"] ?? selectionUser),
            memo: memoText.isEmpty ? nil : memoText, createdAt: c.attributes["creationDateTime"]))
      }
      for sel in s.elements("PlainTextSelection") {
        let sg = sel.attributes["guid"] ?? "(no guid)"
        guard let a = sel.attributes["startPosition"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
          let b = sel.attributes["endPosition"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
        else {
          throw fail("selection \(sg) in source '\(name)' has no whole-number startPosition and endPosition", sel)
        }
        guard a >= 0, b >= a, let start = exchanged.internalOffset(a), let end = exchanged.internalOffset(b) else {
          throw fail(
            "selection \(sg) in source '\(name)' spans \(a)-\(b), outside the source's \(exchanged.externalLength) characters (counting \(convention.unit.rawValue)\(convention.crlfAsOne ? ", CR LF as one" : ""))",
            sel)
        }
        if end == start && b > a { warnings.append("\(file):\(sel.line): selection \(sg) covers no whole character; kept empty") }
        var memo: [String] = []
        if let d = sel.element("Description")?.text, !d.isEmpty { memo.append(d) }
        memo += noteRefs(sel, target: nil)
        let codings = sel.elements("Coding")
        if codings.isEmpty { warnings.append("\(file):\(sel.line): selection \(sg) in '\(name)' has no coding; left out") }
        for c in codings { try coding(c, start: start, end: min(end, length), selectionUser: sel.attributes["creatingUser"], memo: memo) }
      }
      for c in s.elements("Coding") { try coding(c, start: 0, end: length, selectionUser: nil, memo: []) }
    }
    if !skipped.isEmpty {
      warnings.append("\(file): \(skipped.count) source(s) are not text and were skipped: \(skipped.joined(separator: "; "))")
    }
    bundle.notes = noteOrder.compactMap { notes[$0] }
    bundle.sets = REFISets.read(root.element("Sets"), codeKeys: codeKeys, sources: sourceIDs, file: file, warnings: &warnings)
    try readCases(root, into: &bundle, sources: sourceIDs, values: values, file: file, warnings: &warnings)
    return Result(bundle: bundle, warnings: warnings, skipped: skipped)
  }

  func readCases(
    _ root: XMLElement, into bundle: inout ProjectBundle, sources: [String: String], values: (XMLElement) -> [String: String], file: String,
    warnings: inout [String]
  ) throws {
    for c in root.element("Cases")?.elements("Case") ?? [] {
      let guid = c.attributes["guid"].map(REFIGUID.normalise)
      guard let name = c.attributes["name"] ?? guid else { continue }
      var refs: [String] = []
      for r in c.elements("SourceRef") {
        if let t = r.attributes["targetGUID"], let id = sources[REFIGUID.normalise(t)] { refs.append(id) } else {
          warnings.append("\(file):\(r.line): case '\(name)' names a source that is not in the project; left out")
        }
      }
      bundle.cases.append(BundleCase(guid: guid, name: name, description: c.element("Description")?.text, attributes: values(c), sourceIDs: refs))
    }
  }

  static func stripInternal(_ path: String) -> String {
    var p = path
    if p.lowercased().hasPrefix("internal://") { p = String(p.dropFirst("internal://".count)) }
    return p.removingPercentEncoding ?? p
  }

  /// A source file's text as the tool wrote it: UTF-8 (BOM dropped) or UTF-16 with a BOM;
  /// invalid UTF-8 is an error naming the byte.
  static func decodeText(_ bytes: [UInt8], file: String) throws -> String {
    var b = bytes[...]
    if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
    if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) {
      // UTF-16: let the shared decoder handle it (it validates and names the place).
      return try TextDecoding.decode(bytes, file: file)
    }
    if let s = String(validating: b, as: UTF8.self) { return s }
    _ = try TextDecoding.decode(bytes, file: file)  // throws with the byte offset
    throw QuireError("not valid UTF-8", at: SourceLocation(file: file))
  }
}
