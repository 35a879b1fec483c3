import Foundation
import QuireCore
import QuireExport
import QuireXML

/// Writes a REFI-QDA project (`project.qde` in `urn:QDA-XML:project:1.0`, sources as UTF-8
/// text in `Sources/`, zipped as `.qdpx`) that validates against the published schema.
public struct ProjectWriter {
  public var convention: PositionConvention
  /// Write source texts with CR LF line ends (as Windows tools keep them).
  public var crlf: Bool

  public init(convention: PositionConvention = .standard, crlf: Bool = false) {
    self.convention = convention
    self.crlf = crlf
  }

  /// The `.qde` XML and the source files (path inside the zip → text as written).
  public func qde(_ b: ProjectBundle, inline: Bool = false) -> (xml: String, files: [(String, String)]) {
    var files: [(String, String)] = []
    let coderGUID = Dictionary(b.coders.map { ($0.name, $0.guid) }, uniquingKeysWith: { a, _ in a })
    func user(_ name: String?) -> String {
      guard let name else { return "" }
      return " creatingUser=\"\(coderGUID[name] ?? StableGUID.make("coder:" + name))\""
    }
    func date(_ s: String?) -> String {
      guard let s, Self.isDateTime(s) else { return "" }
      return " creationDateTime=\"\(s)\""
    }
    // Notes by what they are about.
    var notesOn: [String: [String]] = [:]
    var projectNotes: [String] = []
    let sourceIDs = Set(b.sources.map(\.id))
    let codeGUIDs = Set(b.codeGUIDs.values)
    for n in b.notes {
      let placed = n.targets.filter { sourceIDs.contains($0) || codeGUIDs.contains($0) }
      for t in placed { notesOn[t, default: []].append(n.guid) }
      if placed.isEmpty { projectNotes.append(n.guid) }
    }

    var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    x += "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"\(XMLEscape.attribute(b.name))\" origin=\"Quire \(REFIVersion.quire)\""
    if let first = b.coders.first { x += " creatingUserGUID=\"\(first.guid)\"" }
    x += ">\n"
    if !b.coders.isEmpty {
      x += "  <Users>\n"
      for c in b.coders { x += "    <User guid=\"\(c.guid)\" name=\"\(XMLEscape.attribute(c.name))\"/>\n" }
      x += "  </Users>\n"
    }
    if let codebook = b.codebook, !codebook.themes.isEmpty {
      x += "  <CodeBook>\n    <Codes>\n"
      x += CodebookExchange.codesXML(codebook, guids: b.codeGUIDs, indent: "      ", notes: notesOn)
      x += "    </Codes>\n  </CodeBook>\n"
    }
    let variableNames = Array(Set(b.cases.flatMap { $0.attributes.keys })).sorted()
    if !variableNames.isEmpty {
      x += "  <Variables>\n"
      for v in variableNames {
        x += "    <Variable guid=\"\(StableGUID.make("variable:" + v))\" name=\"\(XMLEscape.attribute(v))\" typeOfVariable=\"Text\"/>\n"
      }
      x += "  </Variables>\n"
    }
    if !b.cases.isEmpty {
      x += "  <Cases>\n"
      for c in b.cases {
        x += "    <Case guid=\"\(c.guid ?? StableGUID.make("case:" + c.name))\" name=\"\(XMLEscape.attribute(c.name))\">\n"
        if let d = c.description, !d.isEmpty { x += "      <Description>\(XMLEscape.text(d))</Description>\n" }
        for k in c.attributes.keys.sorted() {
          x += "      <VariableValue>\n        <VariableRef targetGUID=\"\(StableGUID.make("variable:" + k))\"/>\n"
          x += "        <TextValue>\(XMLEscape.text(c.attributes[k] ?? ""))</TextValue>\n      </VariableValue>\n"
        }
        for s in c.sourceIDs where sourceIDs.contains(s) { x += "      <SourceRef targetGUID=\"\(s)\"/>\n" }
        x += "    </Case>\n"
      }
      x += "  </Cases>\n"
    }
    if !b.sources.isEmpty {
      x += "  <Sources>\n"
      var codingsBySource: [String: [BundleCoding]] = [:]
      let order = Dictionary((b.codebook?.themes ?? []).enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
      for c in b.codings { codingsBySource[c.sourceID, default: []].append(c) }
      for k in codingsBySource.keys {
        codingsBySource[k]?.sort { ($0.start, $0.end, order[$0.codeKey] ?? .max, $0.coder) < ($1.start, $1.end, order[$1.codeKey] ?? .max, $1.coder) }
      }
      for s in b.sources {
        let file = "\(s.id).txt"
        let mapped = ExchangedText(quire: s.text, crlf: crlf, convention: convention)
        let written = crlf ? s.text.replacingOccurrences(of: "\n", with: "\r\n") : s.text
        if !inline { files.append(("Sources/" + file, written)) }
        let path = inline ? "" : " plainTextPath=\"internal://\(file)\""
        x += "    <TextSource guid=\"\(s.id)\" name=\"\(XMLEscape.attribute(s.name))\"\(path)\(date(s.createdAt))>\n"
        if let d = s.description, !d.isEmpty { x += "      <Description>\(XMLEscape.text(d))</Description>\n" }
        if inline { x += "      <PlainTextContent>\(XMLEscape.text(written))</PlainTextContent>\n" }
        // One selection per passage, holding every code put on it.
        var passages: [(Int, Int)] = []
        var byPassage: [String: [BundleCoding]] = [:]
        for c in codingsBySource[s.id] ?? [] {
          let k = "\(c.start)-\(c.end)"
          if byPassage[k] == nil { passages.append((c.start, c.end)) }
          byPassage[k, default: []].append(c)
        }
        let scalars = Array(s.text.unicodeScalars)
        for (start, end) in passages {
          let codings = byPassage["\(start)-\(end)"] ?? []
          let a = mapped.external[min(start, mapped.external.count - 1)]
          let e = mapped.external[min(end, mapped.external.count - 1)]
          let first = codings[0]
          let label = Self.label(scalars, start, end)
          x += "      <PlainTextSelection guid=\"\(StableGUID.make("selection:\(s.id):\(start):\(end)"))\" name=\"\(XMLEscape.attribute(label))\" startPosition=\"\(a)\" endPosition=\"\(e)\"\(user(first.coder))\(date(first.createdAt))>\n"
          let memos = Array(Set(codings.compactMap(\.memo).filter { !$0.isEmpty })).sorted()
          if !memos.isEmpty { x += "        <Description>\(XMLEscape.text(memos.joined(separator: "\n\n")))</Description>\n" }
          for c in codings {
            let codeGUID = b.codeGUIDs[c.codeKey] ?? StableGUID.make("code:" + c.codeKey)
            let guid = StableGUID.make("coding:\(s.id):\(start):\(end):\(codeGUID):\(coderGUID[c.coder] ?? c.coder)")
            x += "        <Coding guid=\"\(guid)\"\(user(c.coder))\(date(c.createdAt))>\n"
            x += "          <CodeRef targetGUID=\"\(codeGUID)\"/>\n"
            x += "        </Coding>\n"
          }
          x += "      </PlainTextSelection>\n"
        }
        for n in notesOn[s.id] ?? [] { x += "      <NoteRef targetGUID=\"\(n)\"/>\n" }
        x += "    </TextSource>\n"
      }
      x += "  </Sources>\n"
    }
    if !b.notes.isEmpty {
      x += "  <Notes>\n"
      for n in b.notes {
        x += "    <Note guid=\"\(n.guid)\" name=\"\(XMLEscape.attribute(n.name))\"\(user(n.author))\(date(n.createdAt))>\n"
        x += "      <PlainTextContent>\(XMLEscape.text(n.text))</PlainTextContent>\n    </Note>\n"
      }
      x += "  </Notes>\n"
    }
    x += CodebookExchange.setsXML(b.sets, guids: b.codeGUIDs, sourceGUIDs: true, indent: "  ")
    for n in projectNotes { x += "  <NoteRef targetGUID=\"\(n)\"/>\n" }
    x += "</Project>\n"
    return (x, files)
  }

  /// A `.qde` with every source's text inside it.
  public func qdeInline(_ b: ProjectBundle) -> String { qde(b, inline: true).xml }

  /// The `.qdpx` zip's bytes.
  public func qdpx(_ b: ProjectBundle) throws -> Data {
    let (xml, files) = qde(b)
    return try ZipPackage.data([("project.qde", Data(xml.utf8))] + files.map { ($0.0, Data($0.1.utf8)) })
  }

  /// A selection's name: the start of its text, on one line.
  static func label(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
    var s = String(String.UnicodeScalarView(scalars[lo..<min(hi, lo + 60)]))
    s = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    return hi - lo > 60 ? s + "…" : s
  }

  /// Whether a string is an xsd:dateTime (`2024-05-01T10:00:00Z`, fractions and offsets allowed).
  static func isDateTime(_ s: String) -> Bool {
    let c = Array(s.utf8)
    guard c.count >= 19 else { return false }
    func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { c[$0] >= 48 && c[$0] <= 57 } }
    return digits(0..<4) && c[4] == 45 && digits(5..<7) && c[7] == 45 && digits(8..<10) && c[10] == 84 && digits(11..<13)
      && c[13] == 58 && digits(14..<16) && c[16] == 58 && digits(17..<19)
  }
}
