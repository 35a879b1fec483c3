import Foundation
import QuireCoding
import QuireCore
import QuireXML

/// Codes in REFI-QDA form (`<Codes>` of a `.qdc` codebook or a `.qde` project) and back.
///
/// A theme's definition, criteria, examples and rules travel in the code's `<Description>`, in
/// a form a person reads in NVivo or ATLAS.ti and Quire reads back:
///
/// ```text
/// Making or seeking links with other educators in order to learn.
///
/// When to use: …
/// When not to use: …
/// Example: …
///
/// Quire rules:
/// speaker: participants
/// rules:
///   - any: ["connect*", "like-minded", "#edchat"]
/// ```
public enum CodebookExchange {
  static let rulesMarker = "Quire rules:"

  // MARK: Writing

  /// `<Code>` elements for every top-level theme, children nested, indented by `indent`.
  static func codesXML(_ codebook: Codebook, guids: [String: String], indent: String, notes: [String: [String]] = [:]) -> String {
    var children: [String?: [Theme]] = [:]
    for t in codebook.themes { children[t.parentKey, default: []].append(t) }
    var out = ""
    func write(_ t: Theme, _ pad: String) {
      let guid = guids[t.key] ?? StableGUID.make("code:" + t.key)
      var attrs = "guid=\"\(guid)\" name=\"\(XMLEscape.attribute(t.name))\" isCodable=\"true\""
      if let c = t.color, validColor(c) { attrs += " color=\"\(c)\"" }
      let description = describe(t)
      let kids = children[t.key] ?? []
      let noteRefs = notes[guid] ?? []
      if description.isEmpty && kids.isEmpty && noteRefs.isEmpty {
        out += "\(pad)<Code \(attrs)/>\n"
        return
      }
      out += "\(pad)<Code \(attrs)>\n"
      if !description.isEmpty { out += "\(pad)  <Description>\(XMLEscape.text(description))</Description>\n" }
      for n in noteRefs { out += "\(pad)  <NoteRef targetGUID=\"\(n)\"/>\n" }
      for k in kids { write(k, pad + "  ") }
      out += "\(pad)</Code>\n"
    }
    for t in children[nil] ?? [] { write(t, indent) }
    return out
  }

  /// A whole `.qdc` file (namespace `urn:QDA-XML:codebook:1.0`).
  public static func qdc(_ codebook: Codebook, guids: [String: String] = [:], sets: [BundleSet] = []) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    out += "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Quire \(REFIVersion.quire)\">\n  <Codes>\n"
    out += codesXML(codebook, guids: guids, indent: "    ")
    out += "  </Codes>\n"
    out += setsXML(sets, guids: guids, sourceGUIDs: false, indent: "  ")
    out += "</CodeBook>\n"
    return out
  }

  static func setsXML(_ sets: [BundleSet], guids: [String: String], sourceGUIDs: Bool, indent: String) -> String {
    guard !sets.isEmpty else { return "" }
    var out = "\(indent)<Sets>\n"
    for s in sets {
      out += "\(indent)  <Set guid=\"\(s.guid)\" name=\"\(XMLEscape.attribute(s.name))\">\n"
      if let d = s.description, !d.isEmpty { out += "\(indent)    <Description>\(XMLEscape.text(d))</Description>\n" }
      for k in s.codeKeys { out += "\(indent)    <MemberCode targetGUID=\"\(guids[k] ?? StableGUID.make("code:" + k))\"/>\n" }
      if sourceGUIDs { for id in s.sourceIDs { out += "\(indent)    <MemberSource targetGUID=\"\(id)\"/>\n" } }
      out += "\(indent)  </Set>\n"
    }
    out += "\(indent)</Sets>\n"
    return out
  }

  static func validColor(_ c: String) -> Bool {
    let hex = c.dropFirst()
    return c.hasPrefix("#") && (hex.count == 6 || hex.count == 3) && hex.allSatisfy(\.isHexDigit)
  }

  /// The readable description of a theme, with its rules.
  public static func describe(_ t: Theme) -> String {
    var parts: [String] = []
    if !t.definition.isEmpty { parts.append(t.definition) }
    var criteria: [String] = []
    if let i = t.include, !i.isEmpty { criteria.append("When to use: " + oneLine(i)) }
    if let e = t.exclude, !e.isEmpty { criteria.append("When not to use: " + oneLine(e)) }
    for ex in t.examples { criteria.append("Example: " + oneLine(ex)) }
    if !criteria.isEmpty { parts.append(criteria.joined(separator: "\n")) }
    var rules: [String] = []
    switch t.speaker {
    case .participants: rules.append("speaker: participants")
    case .names(let names): rules.append("speaker: [" + names.map(quoted).joined(separator: ", ") + "]")
    case nil: break
    }
    if let kinds = t.sourceKinds, !kinds.isEmpty {
      rules.append("source_kind: [" + kinds.map { quoted($0.rawValue) }.joined(separator: ", ") + "]")
    }
    if t.minHits != 1 { rules.append("min_hits: \(t.minHits)") }
    if !t.rules.isEmpty {
      rules.append("rules:")
      for r in t.rules {
        switch r.kind {
        case .regex:
          if case .regex(let spec)? = r.items.first {
            rules.append("  - regex: " + quoted(spec.pattern))
            if spec.caseSensitive { rules.append("    case_sensitive: true") }
          }
        default:
          rules.append("  - \(r.kind.rawValue): [" + r.items.map(item).joined(separator: ", ") + "]")
          if let w = r.within { rules.append("    within: \(w)") }
        }
      }
    }
    if !rules.isEmpty { parts.append(rulesMarker + "\n" + rules.joined(separator: "\n")) }
    return parts.joined(separator: "\n\n")
  }

  /// The codebook as Quire's YAML, which `quire codebook load` reads back: for editing a
  /// codebook that came from another tool, or keeping one under version control.
  public static func yaml(_ codebook: Codebook) -> String {
    var out = "name: \(quoted(codebook.name))\nversion: \(codebook.version)\n"
    if let d = codebook.description, !d.isEmpty { out += "description: \(quoted(d))\n" }
    out += "options: { unit: \(codebook.options.unit.rawValue), fold_diacritics: \(codebook.options.foldDiacritics) }\nthemes:\n"
    var children: [String?: [Theme]] = [:]
    for t in codebook.themes { children[t.parentKey, default: []].append(t) }
    func write(_ t: Theme, _ pad: String) {
      out += "\(pad)- name: \(quoted(t.name))\n"
      let p = pad + "  "
      out += "\(p)key: \(quoted(t.key))\n"
      if let c = t.color { out += "\(p)color: \(quoted(c))\n" }
      if !t.definition.isEmpty { out += "\(p)definition: \(quoted(t.definition))\n" }
      if let i = t.include, !i.isEmpty { out += "\(p)include: \(quoted(i))\n" }
      if let e = t.exclude, !e.isEmpty { out += "\(p)exclude: \(quoted(e))\n" }
      if !t.examples.isEmpty { out += "\(p)examples: [" + t.examples.map(quoted).joined(separator: ", ") + "]\n" }
      switch t.speaker {
      case .participants: out += "\(p)speaker: participants\n"
      case .names(let names): out += "\(p)speaker: [" + names.map(quoted).joined(separator: ", ") + "]\n"
      case nil: break
      }
      if let kinds = t.sourceKinds, !kinds.isEmpty { out += "\(p)source_kind: [" + kinds.map { quoted($0.rawValue) }.joined(separator: ", ") + "]\n" }
      if t.minHits != 1 { out += "\(p)min_hits: \(t.minHits)\n" }
      if !t.rules.isEmpty {
        out += "\(p)rules:\n"
        for r in t.rules {
          switch r.kind {
          case .regex:
            if case .regex(let spec)? = r.items.first {
              out += "\(p)  - regex: \(quoted(spec.pattern))\n"
              if spec.caseSensitive { out += "\(p)    case_sensitive: true\n" }
            }
          default:
            out += "\(p)  - \(r.kind.rawValue): [" + r.items.map(item).joined(separator: ", ") + "]\n"
            if let w = r.within { out += "\(p)    within: \(w)\n" }
          }
        }
      }
      if let kids = children[t.key], !kids.isEmpty {
        out += "\(p)children:\n"
        for k in kids { write(k, p + "  ") }
      }
    }
    for t in children[nil] ?? [] { write(t, "  ") }
    return out
  }

  static func oneLine(_ s: String) -> String {
    s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }

  static func item(_ i: RuleItem) -> String {
    switch i {
    case .pattern(let p): return quoted(p)
    case .regex(let r): return "{regex: \(quoted(r.pattern))\(r.caseSensitive ? ", case_sensitive: true" : "")}"
    case .oneOf(let items): return "[" + items.map(item).joined(separator: ", ") + "]"
    }
  }

  /// A double-quoted YAML scalar.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 { out += "\\x" + String(u.value, radix: 16).leftPad(2) } else { out.unicodeScalars.append(u) }
      }
    }
    return out + "\""
  }

  // MARK: Reading

  /// Reads `<Code>` elements (nested) into themes, keys derived from names and made unique.
  static func themes(from codes: [XMLElement], file: String, warnings: inout [String]) -> (themes: [Theme], guids: [String: String], byGUID: [String: String]) {
    var themes: [Theme] = []
    var guids: [String: String] = [:]
    var byGUID: [String: String] = [:]
    var used: Set<String> = []
    func read(_ e: XMLElement, parent: String?) {
      let name = e.attributes["name"] ?? ""
      let base = CodebookLoader.derivedKey(name).isEmpty ? "code" : CodebookLoader.derivedKey(name)
      var key = base
      var n = 2
      while used.contains(key) {
        key = "\(base)_\(n)"
        n += 1
      }
      used.insert(key)
      var theme = Theme(key: key, name: name.isEmpty ? key : name, parentKey: parent, line: e.line)
      if let c = e.attributes["color"], validColor(c) { theme.color = c }
      if let d = e.element("Description")?.text {
        apply(description: d, to: &theme, file: file, line: e.line, warnings: &warnings)
      }
      themes.append(theme)
      if let g = e.attributes["guid"] {
        let guid = REFIGUID.normalise(g)
        guids[key] = guid
        if byGUID[guid] != nil { warnings.append("\(file):\(e.line): code GUID \(g) appears twice; the second code keeps its own key") }
        byGUID[guid] = byGUID[guid] ?? key
      } else {
        warnings.append("\(file):\(e.line): code '\(name)' has no guid")
      }
      for child in e.elements("Code") { read(child, parent: key) }
    }
    for c in codes { read(c, parent: nil) }
    return (themes, guids, byGUID)
  }

  /// Fills a theme from a description written by `describe` (or any tool's free text).
  static func apply(description: String, to theme: inout Theme, file: String, line: Int, warnings: inout [String]) {
    var text = description.replacingOccurrences(of: "\r\n", with: "\n")
    var rulesBlock: String? = nil
    if let r = text.range(of: rulesMarker + "\n") ?? text.range(of: rulesMarker, options: .anchored),
      r.lowerBound == text.startIndex || text[text.index(before: r.lowerBound)] == "\n"
    {
      rulesBlock = String(text[r.upperBound...])
      text = String(text[..<r.lowerBound])
    }
    var definition: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("When to use: ") {
        theme.include = String(line.dropFirst("When to use: ".count))
      } else if line.hasPrefix("When not to use: ") {
        theme.exclude = String(line.dropFirst("When not to use: ".count))
      } else if line.hasPrefix("Example: ") {
        theme.examples.append(String(line.dropFirst("Example: ".count)))
      } else {
        definition.append(String(line))
      }
    }
    theme.definition = definition.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    guard let block = rulesBlock, !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
    let yaml = "name: exchange\nthemes:\n  - name: " + quoted(theme.name) + "\n"
      + block.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    do {
      let cb = try CodebookLoader.parse(yaml: yaml, file: file)
      guard let t = cb.themes.first else { return }
      theme.rules = t.rules.map { var r = $0; r.line = nil; return r }
      theme.speaker = t.speaker
      theme.sourceKinds = t.sourceKinds
      theme.minHits = t.minHits
    } catch {
      warnings.append("\(file):\(line): the rules in the description of code '\(theme.name)' cannot be read (\(error)); kept as text")
      theme.definition += (theme.definition.isEmpty ? "" : "\n\n") + rulesMarker + "\n" + block
    }
  }

  /// Reads a `.qdc` codebook file.
  public static func readQDC(bytes: [UInt8], file: String) throws -> (codebook: Codebook, guids: [String: String], sets: [BundleSet], warnings: [String]) {
    let doc = try REFIParse.document(bytes, file: file)
    guard let root = doc.tree, root.name == "CodeBook" else {
      throw QuireError("expected a REFI-QDA codebook: a <CodeBook> root element (namespace urn:QDA-XML:codebook:1.0)", at: SourceLocation(file: file, line: 1))
    }
    var warnings: [String] = []
    if root.namespace != "urn:QDA-XML:codebook:1.0" {
      warnings.append("\(file): the codebook's namespace is '\(root.namespace ?? "none")', expected urn:QDA-XML:codebook:1.0; read anyway")
    }
    let codes = root.element("Codes")?.elements("Code") ?? []
    guard !codes.isEmpty else {
      throw QuireError("the codebook has no codes: expected <Codes> with <Code> elements", at: SourceLocation(file: file, line: root.line))
    }
    let (themes, guids, byGUID) = Self.themes(from: codes, file: file, warnings: &warnings)
    let sets = REFISets.read(root.element("Sets"), codeKeys: byGUID, sources: [:], file: file, warnings: &warnings)
    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    return (Codebook(name: name, themes: themes), guids, sets, warnings)
  }
}

enum REFISets {
  static func read(_ e: XMLElement?, codeKeys: [String: String], sources: [String: String], file: String, warnings: inout [String]) -> [BundleSet] {
    guard let e else { return [] }
    var out: [BundleSet] = []
    for s in e.elements("Set") {
      let guid = REFIGUID.normalise(s.attributes["guid"] ?? StableGUID.make("set:\(s.line)"))
      var set = BundleSet(guid: guid, name: s.attributes["name"] ?? "Set", description: s.element("Description")?.text)
      for m in s.elements("MemberCode") {
        if let t = m.attributes["targetGUID"], let k = codeKeys[REFIGUID.normalise(t)] { set.codeKeys.append(k) } else {
          warnings.append("\(file):\(m.line): set '\(set.name)' names a code that is not in the codebook (\(m.attributes["targetGUID"] ?? "no targetGUID")); left out")
        }
      }
      for m in s.elements("MemberSource") {
        if let t = m.attributes["targetGUID"], let id = sources[REFIGUID.normalise(t)] { set.sourceIDs.append(id) } else {
          warnings.append("\(file):\(m.line): set '\(set.name)' names a source that is not in the project; left out")
        }
      }
      out.append(set)
    }
    return out
  }
}

/// GUIDs compare without case and braces; we keep them lower-case.
enum REFIGUID {
  static func normalise(_ g: String) -> String {
    var s = g.trimmingCharacters(in: .whitespaces).lowercased()
    if s.hasPrefix("{") && s.hasSuffix("}") { s = String(s.dropFirst().dropLast()) }
    return s
  }
}

public enum REFIVersion {
  public static let quire = "0.1"
}

/// Parsing REFI-QDA XML: libxml2 with no entity expansion, no network, and no DTD at all.
enum REFIParse {
  static func document(_ bytes: [UInt8], file: String) throws -> XMLDoc {
    let doc: XMLDoc
    do {
      doc = try XMLDoc(xml: bytes, file: file)
    } catch let e as XMLError {
      throw QuireError("not well-formed XML: \(e.message)", at: SourceLocation(file: file, line: e.line, column: e.column))
    }
    if doc.hasDTD {
      throw QuireError("the XML declares a DTD (<!DOCTYPE …>): REFI-QDA files have none, and DTDs and entities are refused for safety", at: SourceLocation(file: file, line: 1))
    }
    return doc
  }
}

extension String {
  func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
