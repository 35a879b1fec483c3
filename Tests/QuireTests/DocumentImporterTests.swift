import Foundation
import Testing

@testable import QuireCore
@testable import QuireImport

@Suite struct DocumentImporterTests {
  func read(_ name: String, _ kind: OfficeDocumentImporter.Kind = .docx) throws -> ImportedSource {
    let url = Fixtures.url("documents/\(name)")
    return try OfficeDocumentImporter(kind).read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
  }

  func failure(_ name: String) -> String {
    do {
      _ = try read(name)
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  @Test func wordTranscriptWithBoldSpeakersAndATable() throws {
    let s = try read("interview.docx")
    #expect(s.kind == .interview)
    let turns = s.segments.filter { $0.kind == .turn }
    #expect(turns.map(\.speaker) == ["Interviewer", "Gareth Pryce", "Interviewer", "Gareth Pryce"])
    #expect(segmentText(of: turns[1], in: s) == "Mostly on Twitter, honestly. I connect with other small schools.\n\nIt helps with the isolation.")
    #expect(segmentText(of: turns[3], in: s) == "We met at a conference.\tTwice.")
    #expect(turns[3].timeStart == 310)
    for hidden in ["HEADER TEXT", "FOOTNOTE TEXT", "DELETED"] { #expect(!s.text.contains(hidden)) }
    #expect(s.segments.first?.kind == .paragraph)
  }

  @Test func openDocumentTranscript() throws {
    let s = try read("interview.odt", .odt)
    let turns = s.segments.filter { $0.kind == .turn }
    #expect(turns.map(\.speaker) == ["Researcher", "Ana Sofía Ruiz", "Ana Sofía Ruiz"])
    #expect(segmentText(of: turns[1], in: s) == "I connect with  teachers there.")
    #expect(!s.text.contains("NOTE TEXT"))
    #expect(turns[0].isInterviewer)
  }

  @Test func hostileZipsAreRefused() {
    #expect(failure("traversal.docx").contains("unsafe entry path '../evil.xml'"))
    #expect(failure("bomb.docx").contains("zip bomb"))
    #expect(failure("notzip.docx") == "notzip.docx: error: not a zip archive: expected a DOCX file (a zip of XML parts)")
  }

  @Test func externalEntitiesAreNeverExpanded() throws {
    let s = try read("entity.docx")
    #expect(!s.text.contains(ProcessInfo.processInfo.hostName))
    #expect(s.text.hasPrefix("Ann: hello"))
  }

  @Test func detectionFromContent() throws {
    let head = [UInt8](try Data(contentsOf: Fixtures.url("documents/interview.docx")).prefix(4096))
    #expect(OfficeDocumentImporter(.docx).confidence(path: "no-extension", head: head) > 0.9)
    #expect(OfficeDocumentImporter(.odt).confidence(path: "x.docx", head: head) == 0)
  }
}

@Suite struct HTMLImporterTests {
  @Test func mainTextOnlyWithAttributedQuotes() throws {
    let url = Fixtures.url("documents/blog.html")
    let s = try HTMLImporter().read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
    #expect(s.kind == .webPage)
    for hidden in ["SCRIPT TEXT", "SIDEBAR TEXT", "COMMENT TEXT", "FOOTER TEXT", "Leave a Reply", "Share this", "About"] {
      #expect(!s.text.contains(hidden), "\(hidden)")
    }
    #expect(s.text.hasPrefix("Connecting\n\nOne of the most frequently mentioned activities is connecting, and teachers connect in order to learn & share."))
    let turns = s.segments.filter { $0.kind == .turn }
    #expect(turns.map(\.speaker) == ["J Dale", "S Thomas"])
    #expect(segmentText(of: turns[0], in: s) == "…you need to speak to this person; those sorts of connections are important …")
    #expect(segmentText(of: turns[1], in: s) == "we had been using hashtags from day 1 to try and connect people.")
    #expect(s.attributes["title"] == "Connecting | A research blog")
    #expect(s.cases.map(\.name) == ["J Dale", "S Thomas"])
  }

  @Test(.enabled(if: Fixtures.hasShared)) func seedChapterAsPlainText() throws {
    let dir = try #require(Fixtures.shared).deletingLastPathComponent().appendingPathComponent("seeds")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
    let url = dir.appendingPathComponent(try #require(files.first))
    let s = try PlainTranscriptImporter().read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
    let speakers = s.segments.filter { $0.kind == .turn }.compactMap(\.speaker)
    #expect(speakers.contains("J Dale") && speakers.contains("S Thomas") && speakers.contains("Wes Heberlein"))
  }
}
