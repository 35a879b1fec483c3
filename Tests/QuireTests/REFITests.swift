import Foundation
import Testing
import ZIPFoundation

@testable import QuireCoding
@testable import QuireCore
@testable import QuireExport
@testable import QuireImport
@testable import QuireREFI
@testable import QuireStore
@testable import QuireXML

/// REFI-QDA exchange: codebooks (.qdc) and projects (.qdpx/.qde), in and out.
@Suite struct REFITests {
  static let codebookYAML = """
    name: Exchange test
    themes:
      - name: Connecting
        key: connecting
        color: "#3b7dd8"
        definition: Making links with other educators.
        include: Any seeking of contact.
        exclude: Purely social chat.
        examples: ["I found my people"]
        speaker: participants
        rules:
          - any: ["connect*", "like-minded", "#edchat"]
          - near: [["moved", "new school"], "network"]
            within: 6
          - regex: "\\\\bmeet-?ups?\\\\b"
          - not: ["disconnect*"]
        children:
          - name: Brokering
            rules: ["introduc*", "you need to speak to"]
      - name: Echo chamber & bubbles <"quoted">
        key: echo
        min_hits: 2
        rules:
          - all: ["echo", {regex: "cham+ber", case_sensitive: true}]
    """

  static let transcript = """
    Interviewer: How did Twitter change things?

    J Dale: I connect with like-minded teachers 😀 every week. It's how I found my people.

    Interviewer: And before that?

    J Dale: Honestly it felt like an echo chamber, an echo chamber of my own making.
    """

  /// A project with a codebook, a transcript, cases, rule suggestions and manual codings.
  static func sampleProject(_ dir: TempDir) throws -> ProjectStore {
    let store = try ProjectStore.create(at: dir.path("a.quire"))
    let codebook = try CodebookLoader.parse(yaml: codebookYAML, file: "x.yml")
    try store.saveCodebook(codebook, file: "x.yml")
    let source = try readTranscript(transcript, name: "interview-dale.txt")
    guard case .imported(let stored, _) = try store.importSource(source) else { Issue.record("not imported"); return store }
    _ = try store.loadCases([CaseRow(name: "J Dale", attributes: ["role": "teacher", "phase": "secondary"])])
    let engine = try CodingEngine(codebook: codebook)
    _ = try store.replaceRuleSuggestions(engine.code(source: stored, segments: try store.segments(of: stored.id), coder: "rules"), coder: "rules")
    let text = stored.text
    let start = text.unicodeScalars.distance(
      from: text.unicodeScalars.startIndex, to: text.range(of: "It's how I found my people.")!.lowerBound.samePosition(in: text.unicodeScalars)!)
    try store.addManualCoding(source: stored, range: start..<(start + 27), code: "brokering", coder: "ana", memo: "Key moment")
    return store
  }

  /// What must survive a round trip, in comparable form.
  static func essentials(_ b: ProjectBundle) -> [String] {
    var out: [String] = []
    for s in b.sources { out.append("source \(s.name) \(s.text.count) \(SHA256.hex(Array(s.text.utf8)))") }
    let names = Dictionary(uniqueKeysWithValues: (b.codebook?.themes ?? []).map { ($0.key, $0.name) })
    for t in b.codebook?.themes ?? [] {
      out.append(
        "code \(t.name) parent=\(t.parentKey.flatMap { names[$0] } ?? "-") color=\(t.color ?? "-") def=\(t.definition) inc=\(t.include ?? "-") exc=\(t.exclude ?? "-") ex=\(t.examples) min=\(t.minHits) speaker=\(String(describing: t.speaker)) rules=\(t.rules.map(\.display))"
      )
    }
    let sourceNames = Dictionary(uniqueKeysWithValues: b.sources.map { ($0.id, $0.name) })
    for c in b.codings {
      out.append("coding \(sourceNames[c.sourceID] ?? "?") \(c.start)-\(c.end) \(names[c.codeKey] ?? "?") by \(c.coder) memo=\(c.memo ?? "-")")
    }
    for c in b.coders { out.append("coder \(c.name)") }
    for c in b.cases {
      out.append("case \(c.name) \(c.attributes.sorted { $0.key < $1.key }) sources=\(c.sourceIDs.map { sourceNames[$0] ?? "?" })")
    }
    return out.sorted()
  }

  @Test func exportThenImportGivesAnEqualProject() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try Self.sampleProject(dir)
    let before = try store.bundle(includeSuggestions: true)
    #expect(before.codings.count >= 3)
    #expect(before.codings.contains { $0.coder == "ana" && $0.memo == "Key moment" })
    let data = try ProjectWriter().qdpx(before)
    let qdpx = dir.url.appendingPathComponent("a.qdpx")
    try data.write(to: qdpx)

    let read = try ProjectReader().read(url: qdpx, bytes: [UInt8](data))
    #expect(read.skipped.isEmpty)
    let fresh = try ProjectStore.create(at: dir.path("b.quire"))
    let summary = try fresh.importBundle(read.bundle, file: "a.qdpx")
    #expect(summary.sources == 1)
    #expect(summary.codings == before.codings.count)
    let after = try fresh.bundle(includeSuggestions: true)
    #expect(Self.essentials(after) == Self.essentials(before))
    // Imported codings are accepted human codings; the project's quote keys exist for them.
    #expect(after.codings.allSatisfy { $0.status == .accepted })
    #expect(try fresh.quotes().count >= 2)
    // A second export is byte-identical: GUIDs are kept or derived, never random.
    let again = try ProjectWriter().qde(after).xml
    #expect(again == ProjectWriter().qde(try ProjectReader().read(url: qdpx, bytes: [UInt8](data)).bundle).xml)
    // Importing the same project twice adds no second copy of its sources or codings.
    let twice = try fresh.importBundle(read.bundle, file: "a.qdpx")
    #expect(twice.sources == 0 && twice.codings == 0 && twice.sourcesAlreadyThere.count == 1)
  }

  @Test func codebookRoundTripKeepsRulesCriteriaAndNesting() throws {
    let codebook = try CodebookLoader.parse(yaml: Self.codebookYAML, file: "x.yml")
    let qdc = CodebookExchange.qdc(codebook)
    #expect(qdc.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""))
    #expect(qdc.contains("Echo chamber &amp; bubbles &lt;&quot;quoted&quot;&gt;"))
    // A person reads the rules in the description.
    #expect(qdc.contains("When to use: Any seeking of contact."))
    #expect(qdc.contains("- any: [\"connect*\", \"like-minded\", \"#edchat\"]"))
    let back = try CodebookExchange.readQDC(bytes: Array(qdc.utf8), file: "x.qdc")
    #expect(back.warnings.isEmpty)
    #expect(back.codebook.themes.count == codebook.themes.count)
    for (a, b) in zip(codebook.themes, back.codebook.themes) {
      #expect(a.name == b.name)
      #expect(a.definition == b.definition && a.include == b.include && a.exclude == b.exclude && a.examples == b.examples)
      #expect(a.rules.map(\.display) == b.rules.map(\.display))
      #expect(a.speaker == b.speaker && a.minHits == b.minHits && a.color == b.color)
    }
    #expect(back.codebook.themes[1].parentKey == back.codebook.themes[0].key)
    // The rules still code text after the trip.
    _ = try CodingEngine(codebook: back.codebook)
  }

  @Test func codebookAsYAMLLoadsBackTheSame() throws {
    for url in [Fixtures.repository.appendingPathComponent("Codebooks/teachers-on-twitter.yml")] {
      let original = try CodebookLoader.load(path: url.path)
      let again = try CodebookLoader.parse(yaml: CodebookExchange.yaml(original), file: "again.yml")
      #expect(again.themes.count == original.themes.count)
      for (a, b) in zip(original.themes, again.themes) {
        #expect(a.key == b.key && a.name == b.name && a.parentKey == b.parentKey && a.color == b.color)
        #expect(a.definition == b.definition && a.include == b.include && a.exclude == b.exclude && a.examples == b.examples)
        #expect(a.speaker == b.speaker && a.sourceKinds == b.sourceKinds && a.minHits == b.minHits)
        #expect(a.rules.map(\.display) == b.rules.map(\.display))
      }
      #expect(again.name == original.name && again.description == original.description && again.options == original.options)
    }
    let small = try CodebookLoader.parse(yaml: Self.codebookYAML, file: "x.yml")
    let back = try CodebookLoader.parse(yaml: CodebookExchange.yaml(small), file: "y.yml")
    #expect(back.themes.map { $0.rules.map(\.display) } == small.themes.map { $0.rules.map(\.display) })
  }

  @Test func positionsAreConvertedAtTheEdge() {
    // A BOM is gone before counting; CR LF is two characters by the standard.
    let raw = "A\r\nB😀C"
    let standard = ExchangedText(raw: raw, convention: .standard)
    #expect(standard.text == "A\nB😀C")
    #expect(standard.internalOffset(5) == 4)  // C
    #expect(standard.internalOffset(3) == 2)  // B
    let utf16 = ExchangedText(raw: raw, convention: PositionConvention(unit: .utf16))
    #expect(utf16.internalOffset(6) == 4)  // the emoji is two UTF-16 units
    #expect(utf16.internalOffset(7) == 5)
    #expect(utf16.internalOffset(8) == nil)
    let crlf1 = ExchangedText(raw: raw, convention: PositionConvention(crlfAsOne: true))
    #expect(crlf1.internalOffset(2) == 2)
    // Writing: the same text with CR LF line ends, counted in UTF-16.
    let out = ExchangedText(quire: "A\nB😀C", crlf: true, convention: PositionConvention(unit: .utf16))
    #expect(out.external == [0, 1, 3, 4, 6, 7])
  }

  /// A hand-written project in the shapes other tools write.
  static func foreignQDE(start: Int, end: Int, extra: String = "", codeRef: String = "C0DE0000-0000-4000-8000-000000000001") -> String {
    """
    <Project xmlns="urn:QDA-XML:project:1.0" name="Foreign" origin="SomeTool 9">
      <Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Mia"/></Users>
      <CodeBook><Codes>
        <Code guid="C0DE0000-0000-4000-8000-000000000001" name="Support" isCodable="true" color="#FF0000">
          <Description>Being helped.</Description>
          <Code guid="C0DE0000-0000-4000-8000-000000000002" name="Support" isCodable="true"/>
        </Code>
      </Codes></CodeBook>
      <Variables><Variable guid="VVVVVVVV-0000-4000-8000-000000000001" name="Age" typeOfVariable="Integer"/></Variables>
      <Cases><Case guid="CA5E0000-0000-4000-8000-000000000001" name="Pat">
        <VariableValue><VariableRef targetGUID="VVVVVVVV-0000-4000-8000-000000000001"/><IntegerValue>41</IntegerValue></VariableValue>
        <SourceRef targetGUID="50000000-0000-4000-8000-000000000001"/>
      </Case></Cases>
      <Sources>
        <TextSource guid="50000000-0000-4000-8000-000000000001" name="Pat interview">
          <PlainTextContent>\u{FEFF}Pat: Hi 😀 there&#13;
    Pat: The staff really supported me.</PlainTextContent>
          <PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="\(start)" endPosition="\(end)" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">
            <Description>Memo here</Description>
            <Coding guid="C0D10000-0000-4000-8000-000000000001"><CodeRef targetGUID="\(codeRef)"/></Coding>
          </PlainTextSelection>
          <NoteRef targetGUID="A0000000-0000-4000-8000-000000000009"/>
        </TextSource>
        <PDFSource guid="50000000-0000-4000-8000-000000000002" name="Policy.pdf" path="internal://x.pdf"/>
        \(extra)
      </Sources>
      <Notes><Note guid="A0000000-0000-4000-8000-000000000009" name="First impressions"><PlainTextContent>Warm.</PlainTextContent></Note></Notes>
      <Sets/>
    </Project>
    """
  }

  @Test func readsWhatOtherToolsWrite() throws {
    // "Pat: Hi 😀 there\r\nPat: The staff really supported me." — the coded passage
    // "The staff really supported me." starts after the CR LF (counted as two).
    let text = "Pat: Hi 😀 there\r\nPat: The staff really supported me."
    let startScalar = text.unicodeScalars.count - "The staff really supported me.".count
    let qde = Self.foreignQDE(start: startScalar, end: text.unicodeScalars.count)
    let r = try ProjectReader().read(url: URL(fileURLWithPath: "/x/foreign.qde"), bytes: Array(qde.utf8))
    #expect(r.skipped.count == 1 && r.skipped[0].contains("Policy.pdf"))
    #expect(r.warnings.contains { $0.contains("not text") })
    #expect(r.warnings.contains { $0.contains("no XML declaration") })
    let b = r.bundle
    #expect(b.codebook?.themes.map(\.name) == ["Support", "Support"])
    #expect(Set(b.codebook?.themes.map(\.key) ?? []).count == 2)  // same names, distinct keys
    #expect(b.coders.map(\.name) == ["Mia"])
    let source = try #require(b.sources.first)
    #expect(!source.text.hasPrefix("\u{FEFF}") && !source.text.contains("\r"))
    let coding = try #require(b.codings.first)
    let scalars = Array(source.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[coding.start..<coding.end])) == "The staff really supported me.")
    #expect(coding.coder == "Mia" && coding.memo == "Memo here")
    #expect(b.cases.first?.attributes == ["Age": "41"])
    #expect(b.notes.first?.targets == [source.id])

    // The same file from a tool counting UTF-16 units: the emoji shifts positions by one.
    let qde16 = Self.foreignQDE(start: startScalar + 1, end: text.unicodeScalars.count + 1)
    let r16 = try ProjectReader(convention: PositionConvention(unit: .utf16)).read(url: URL(fileURLWithPath: "/x/f.qde"), bytes: Array(qde16.utf8))
    let c16 = try #require(r16.bundle.codings.first)
    #expect(c16.start == coding.start && c16.end == coding.end)

    // Stored: the case links to Pat's turns; the note and its target survive.
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("f.quire"))
    _ = try store.importBundle(b, file: "foreign.qde")
    let again = try store.bundle()
    #expect(again.cases.first { $0.name == "Pat" }?.sourceIDs.count == 1)
    #expect(again.notes.count == 1 && again.notes[0].targets.count == 1)
  }

  @Test func richTextSourcesAreReadThroughTheDOCXImporter() throws {
    let docx = try ReportDocument(title: "Interview", blocks: [.paragraph([.bold("Ann Lee: "), .text("We meet face to face every term.")])]).docx()
    let qde = """
      <?xml version="1.0" encoding="utf-8"?>
      <Project xmlns="urn:QDA-XML:project:1.0" name="Rich">
        <CodeBook><Codes><Code guid="C0DE0000-0000-4000-8000-000000000001" name="Meeting" isCodable="true"/></Codes></CodeBook>
        <Sources><TextSource guid="50000000-0000-4000-8000-000000000001" name="Ann" richTextPath="internal://ann.docx">
          <PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="0" endPosition="9">
            <Coding guid="C0D10000-0000-4000-8000-000000000001"><CodeRef targetGUID="C0DE0000-0000-4000-8000-000000000001"/></Coding>
          </PlainTextSelection>
        </TextSource></Sources>
      </Project>
      """
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in [("project.qde", Data(qde.utf8)), ("sources/ann.docx", docx)] {
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { p, n in data.subdata(in: Int(p)..<Int(p) + n) }
    }
    let r = try ProjectReader().read(url: URL(fileURLWithPath: "/x/rich.qdpx"), bytes: [UInt8](archive.data!))
    let source = try #require(r.bundle.sources.first)
    #expect(source.format == "docx")
    #expect(source.text.contains("We meet face to face every term."))
    #expect(r.bundle.codings.count == 1)
    #expect(r.warnings.contains { $0.contains("rich-text") })
  }

  @Test func badInputIsRefusedWithItsPlace() throws {
    let url = URL(fileURLWithPath: "/x/bad.qde")
    // A selection outside its source: the error names the line and GUID.
    do {
      _ = try ProjectReader().read(url: url, bytes: Array(Self.foreignQDE(start: 10, end: 5000).utf8))
      Issue.record("accepted a selection outside its source")
    } catch let e as QuireError {
      #expect(e.message.contains("5E100000-0000-4000-8000-000000000001") && e.message.contains("outside"))
      #expect((e.location?.line ?? 0) > 10)
    }
    // A coding naming a code that is not in the codebook.
    do {
      _ = try ProjectReader().read(url: url, bytes: Array(Self.foreignQDE(start: 0, end: 3, codeRef: "DEADBEEF-0000-4000-8000-000000000001").utf8))
      Issue.record("accepted a coding of a missing code")
    } catch let e as QuireError {
      #expect(e.message.contains("DEADBEEF-0000-4000-8000-000000000001") && e.message.contains("not in the codebook"))
    }
    // A DTD with an external entity is refused outright, never expanded.
    let xxe = """
      <?xml version="1.0"?>
      <!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <Project xmlns="urn:QDA-XML:project:1.0" name="x"><Description>&x;</Description></Project>
      """
    #expect(throws: QuireError.self) { try ProjectReader().read(url: url, bytes: Array(xxe.utf8)) }
    // Not XML at all: the error has a line.
    do {
      _ = try ProjectReader().read(url: url, bytes: Array("<Project><Sources>".utf8))
      Issue.record("accepted truncated XML")
    } catch let e as QuireError {
      #expect(e.location?.line != nil)
    }
    // A .qdpx whose entry climbs out of the folder.
    let evil = try Archive(data: Data(), accessMode: .create)
    let payload = Data("x".utf8)
    try evil.addEntry(with: "../evil.txt", type: .file, uncompressedSize: Int64(payload.count)) { p, s in payload.subdata(in: Int(p)..<Int(p) + s) }
    #expect(throws: QuireError.self) { try ProjectReader().read(url: URL(fileURLWithPath: "/x/evil.qdpx"), bytes: [UInt8](evil.data!)) }
    // A zip bomb: one entry that inflates far beyond 100:1.
    let bomb = try Archive(data: Data(), accessMode: .create)
    let zeros = Data(count: 20_000_000)
    try bomb.addEntry(with: "project.qde", type: .file, uncompressedSize: Int64(zeros.count), compressionMethod: .deflate) { p, s in
      zeros.subdata(in: Int(p)..<Int(p) + s)
    }
    #expect(throws: QuireError.self) { try ProjectReader().read(url: URL(fileURLWithPath: "/x/bomb.qdpx"), bytes: [UInt8](bomb.data!)) }
  }

  @Test func aFailedProjectImportLeavesNothingBehind() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("p.quire"))
    var bundle = try ProjectReader().read(url: URL(fileURLWithPath: "/x/f.qde"), bytes: Array(Self.foreignQDE(start: 0, end: 3).utf8)).bundle
    bundle.codings.append(BundleCoding(sourceID: "no-such-source", start: 0, end: 1, codeKey: bundle.codings[0].codeKey, coder: "Mia"))
    #expect(throws: QuireError.self) { try store.importBundle(bundle, file: "f.qde") }
    #expect(try store.sources().isEmpty)
    #expect(try store.codebook() == nil)
    #expect(try store.allCodings().isEmpty)
  }

  // MARK: Real files and the published schema (skipped without ../shared)

  static var refi: URL? { Fixtures.shared?.appendingPathComponent("refi-qda") }

  static func schema() throws -> XMLSchema? {
    guard let url = refi?.appendingPathComponent("Project-mrt2019.xsd"), let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return try XMLSchema(xsd: [UInt8](data), file: "Project-mrt2019.xsd")
  }

  /// The codebook standard is the CodeBook part of the project schema in its own namespace.
  static func codebookSchema() throws -> XMLSchema? {
    guard let url = refi?.appendingPathComponent("Project-mrt2019.xsd"), let xsd = try? String(contentsOf: url, encoding: .utf8) else { return nil }
    var s = xsd.replacingOccurrences(of: "urn:QDA-XML:project:1.0", with: "urn:QDA-XML:codebook:1.0")
    s = s.replacingOccurrences(
      of: "<xsd:complexType name=\"CodeBookType\">\n\t\t<xsd:sequence>\n\t\t\t<xsd:element name=\"Codes\" type=\"CodesType\"/>",
      with: "<xsd:complexType name=\"CodeBookType\">\n\t\t<xsd:sequence>\n\t\t\t<xsd:element name=\"Codes\" type=\"CodesType\"/>\n\t\t\t<xsd:element name=\"Sets\" type=\"SetsType\" minOccurs=\"0\"/>")
    s = s.replacingOccurrences(
      of: "<xsd:element name=\"Project\" type=\"ProjectType\">",
      with: "<xsd:element name=\"CodeBook\" type=\"CodeBookWithOrigin\"/>\n<xsd:complexType name=\"CodeBookWithOrigin\"><xsd:complexContent><xsd:extension base=\"CodeBookType\"><xsd:attribute name=\"origin\" type=\"xsd:string\"/></xsd:extension></xsd:complexContent></xsd:complexType>\n<xsd:element name=\"Project\" type=\"ProjectType\">")
    return try XMLSchema(xsd: Array(s.utf8), file: "CodeBook (from Project-mrt2019.xsd)")
  }

  @Test(.enabled(if: Fixtures.hasShared)) func everythingWeWriteValidatesAgainstThePublishedSchema() throws {
    let schema = try #require(try Self.schema())
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try Self.sampleProject(dir)
    var bundle = try store.bundle(includeSuggestions: true)
    bundle.notes.append(BundleNote(guid: StableGUID.make("n"), name: "Memo", text: "About <it> & more", targets: [bundle.sources[0].id]))
    bundle.sets.append(BundleSet(guid: StableGUID.make("s"), name: "Core", codeKeys: ["connecting"], sourceIDs: [bundle.sources[0].id]))
    for writer in [ProjectWriter(), ProjectWriter(convention: PositionConvention(unit: .utf16), crlf: true)] {
      for xml in [writer.qde(bundle).xml, writer.qdeInline(bundle)] {
        let problems = schema.validate(try XMLDoc(xml: Array(xml.utf8), file: "project.qde"), file: "project.qde")
        #expect(problems.isEmpty, "\(problems.prefix(3))")
      }
    }
    // An XSD validator independent of libxml2 (Python's xmlschema) agrees, where installed.
    let xsdPath = try #require(Self.refi).appendingPathComponent("Project-mrt2019.xsd").path
    let qdePath = dir.path("check.qde")
    try Data(ProjectWriter().qde(bundle).xml.utf8).write(to: URL(fileURLWithPath: qdePath))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import sys, xmlschema; s = xmlschema.XMLSchema(sys.argv[1]); e = list(s.iter_errors(sys.argv[2])); print(len(e)); sys.exit(0 if not e else 1)", xsdPath, qdePath]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0 || p.terminationStatus == 1 && !Self.hasXMLSchema, "xmlschema rejects the project we write")
    // The validator does fail: a code without isCodable is invalid.
    let broken = writerOutputWithoutIsCodable(ProjectWriter().qde(bundle).xml)
    #expect(!schema.validate(try XMLDoc(xml: Array(broken.utf8), file: "broken.qde")).isEmpty)
    // The codebook file, against the CodeBook part of the schema.
    let cbSchema = try #require(try Self.codebookSchema())
    let codebook = try #require(bundle.codebook)
    let qdc = CodebookExchange.qdc(codebook, guids: bundle.codeGUIDs, sets: bundle.sets)
    let problems = cbSchema.validate(try XMLDoc(xml: Array(qdc.utf8), file: "x.qdc"), file: "x.qdc")
    #expect(problems.isEmpty, "\(problems.prefix(3))")
  }

  static var hasXMLSchema: Bool { pythonHas("xmlschema") }

  func writerOutputWithoutIsCodable(_ xml: String) -> String {
    xml.replacingOccurrences(of: " isCodable=\"true\"", with: "")
  }

  @Test(.enabled(if: Fixtures.hasShared)) func realProjectsGiveTheCountsTheirXMLDeclares() throws {
    let refi = try #require(Self.refi)
    let schema = try #require(try Self.schema())
    // qc 1.3.2: no XML declaration, plainTextPath without internal://, lower-case sources/.
    let qcURL = refi.appendingPathComponent("qc-1.3.2-demo.qdpx")
    let qc = try ProjectReader().read(url: qcURL, bytes: [UInt8](try Data(contentsOf: qcURL)))
    #expect(qc.bundle.sources.count == 2)
    #expect(qc.bundle.codebook?.themes.count == 262)
    #expect(qc.bundle.codings.count == 205)  // 158 selections holding 205 codings
    #expect(Set(qc.bundle.codings.map { "\($0.sourceID):\($0.start):\($0.end)" }).count == 158)
    #expect(qc.warnings.contains { $0.contains("no XML declaration") })
    // Selections land on the lines their names give (`line:6` is the sixth line counting from 0).
    let board = try #require(qc.bundle.sources.first { $0.name == "board_2017" })
    let lines = board.text.split(separator: "\n", omittingEmptySubsequences: false)
    let lineStarts = lines.reduce(into: [0]) { $0.append($0.last! + $1.unicodeScalars.count + 1) }
    #expect(qc.bundle.codings.contains { $0.sourceID == board.id && $0.start == lineStarts[6] })
    // ATLAS.ti 23: upper-case GUIDs, a nested codebook, no sources.
    let atlasURL = refi.appendingPathComponent("atlasti-23.2-codebook-only.qdpx")
    let atlas = try ProjectReader().read(url: atlasURL, bytes: [UInt8](try Data(contentsOf: atlasURL)))
    #expect(atlas.bundle.codebook?.themes.count == 3)
    #expect(atlas.bundle.codebook?.themes.filter { $0.parentKey != nil }.count == 2)
    #expect(atlas.bundle.coders.count == 2)
    // Taguette 1.4.1: an empty <Sets/> the schema rejects, read anyway.
    let tagURL = refi.appendingPathComponent("taguette-1.4.1-codebook.qdc")
    let tag = try CodebookExchange.readQDC(bytes: [UInt8](try Data(contentsOf: tagURL)), file: tagURL.path)
    #expect(tag.codebook.themes.map(\.name) == ["xsd:element name", "CodeBook", "Variables"])
    // Through the store and out again: the export validates and keeps the counts.
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try ProjectStore.create(at: dir.path("qc.quire"))
    _ = try store.importBundle(qc.bundle, file: "qc.qdpx")
    let out = try store.bundle()
    #expect(out.codings.count == 205 && out.codebook?.themes.count == 262)
    let xml = ProjectWriter().qde(out).xml
    #expect(schema.validate(try XMLDoc(xml: Array(xml.utf8), file: "qc-out.qde")).isEmpty)
  }
}
