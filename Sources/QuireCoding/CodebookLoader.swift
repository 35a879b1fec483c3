import Foundation
import QuireCore
import Yams

/// Reads a YAML codebook (DESIGN §4) and checks it: unknown keys, duplicate names or keys, bad
/// patterns and regexes are errors that name the file, the line and what was expected.
public enum CodebookLoader {
  static let topKeys = ["name", "version", "description", "options", "themes"]
  static let optionKeys = ["unit", "fold_diacritics"]
  static let themeKeys = [
    "name", "key", "color", "definition", "include", "exclude", "examples", "speaker",
    "source_kind", "min_hits", "rules", "children",
  ]
  static let ruleKinds = ["any", "all", "near", "regex", "not"]
  static let ruleKeys = ruleKinds + ["within", "case_sensitive"]

  /// Loads and validates a codebook file.
  public static func load(path: String) throws -> Codebook {
    let file = (path as NSString).lastPathComponent
    guard let data = FileManager.default.contents(atPath: path) else {
      throw QuireError("cannot read the codebook file", at: SourceLocation(file: path))
    }
    let bytes = [UInt8](data)
    if let bad = UTF8Validation.firstInvalidOffset(bytes) {
      throw QuireError("invalid UTF-8 at byte offset \(bad): a codebook is UTF-8 YAML", at: SourceLocation(file: file))
    }
    return try parse(yaml: String(decoding: bytes, as: UTF8.self), file: file)
  }

  /// Parses a codebook from YAML text; `file` names it in messages.
  public static func parse(yaml: String, file: String) throws -> Codebook {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        throw QuireError("the codebook is empty: expected `name:` and `themes:`", at: SourceLocation(file: file, line: 1))
      }
      root = node
    } catch let e as QuireError {
      throw e
    } catch let e as YamlError {
      throw yamlError(e, file: file)
    }
    var reader = Reader(file: file)
    let codebook = try reader.codebook(root)
    // Every pattern and regex must compile: build the engine once to check.
    do {
      _ = try CodingEngine(codebook: codebook)
    } catch let e as QuireError {
      throw QuireError(e.message, at: e.location.map { SourceLocation(file: file, line: $0.line, column: $0.column) })
    }
    return codebook
  }

  static func yamlError(_ e: YamlError, file: String) -> QuireError {
    switch e {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
      return QuireError("invalid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
    case .duplicatedKeysInMapping(let duplicates, _):
      return QuireError("duplicate key(s) \(duplicates.joined(separator: ", ")) in one mapping", at: SourceLocation(file: file))
    default:
      return QuireError("invalid YAML: \(e)", at: SourceLocation(file: file))
    }
  }

  /// The key a theme gets from its name when it has none: lower-case letters and digits,
  /// other runs made `_` (`Echo chamber` → `echo_chamber`).
  public static func derivedKey(_ name: String) -> String { Reader.derivedKey(name) }

  struct Reader {
    let file: String
    var keys: Set<String> = []
    var names: [String: Int] = [:]

    init(file: String) { self.file = file }

    func at(_ node: Node) -> SourceLocation {
      SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    func mapping(_ node: Node, _ what: String, allowed: [String]) throws -> [(String, Node)] {
      guard case .mapping(let m) = node else {
        throw QuireError("expected \(what) as a mapping of `key: value`", at: at(node))
      }
      var out: [(String, Node)] = []
      for (k, v) in m {
        guard let key = k.scalar?.string else { throw QuireError("expected a plain key in \(what)", at: at(k)) }
        guard allowed.contains(key) else {
          throw QuireError("unknown key '\(key)' in \(what): expected one of \(allowed.joined(separator: ", "))", at: at(k))
        }
        out.append((key, v))
      }
      return out
    }

    func string(_ node: Node, _ what: String) throws -> String {
      guard case .scalar(let s) = node else { throw QuireError("expected \(what) to be text", at: at(node)) }
      return s.string
    }

    func int(_ node: Node, _ what: String, min: Int) throws -> Int {
      guard case .scalar(let s) = node, let v = Int(s.string), v >= min else {
        throw QuireError("expected \(what) to be a whole number ≥ \(min)", at: at(node))
      }
      return v
    }

    func bool(_ node: Node, _ what: String) throws -> Bool {
      guard case .scalar(let s) = node else { throw QuireError("expected \(what) to be true or false", at: at(node)) }
      switch s.string.lowercased() {
      case "true", "yes", "on": return true
      case "false", "no", "off": return false
      default: throw QuireError("expected \(what) to be true or false, found '\(s.string)'", at: at(node))
      }
    }

    func strings(_ node: Node, _ what: String) throws -> [String] {
      switch node {
      case .scalar(let s): return [s.string]
      case .sequence(let seq): return try seq.map { try string($0, what) }
      default: throw QuireError("expected \(what) to be text or a list of text", at: at(node))
      }
    }

    mutating func codebook(_ root: Node) throws -> Codebook {
      var name: String? = nil
      var version = 1
      var description: String? = nil
      var options = CodebookOptions()
      var themes: [Theme] = []
      var themesNode: Node? = nil
      for (key, value) in try mapping(root, "the codebook", allowed: CodebookLoader.topKeys) {
        switch key {
        case "name": name = try string(value, "the codebook's name")
        case "version":
          version = try int(value, "version", min: 1)
          if version > Codebook.highestSupportedVersion {
            throw QuireError("codebook version \(version) is newer than this Quire reads (highest supported: \(Codebook.highestSupportedVersion))", at: at(value))
          }
        case "description": description = try string(value, "description")
        case "options":
          for (ok, ov) in try mapping(value, "options", allowed: CodebookLoader.optionKeys) {
            if ok == "unit" {
              let u = try string(ov, "unit")
              switch u {
              case "turn": options.unit = .turn
              case "paragraph": options.unit = .paragraph
              case "sentence": options.unit = .sentence
              case "tweet": options.unit = .tweet
              default:
                throw QuireError("unit '\(u)' is not supported: expected turn, paragraph, sentence or tweet", at: at(ov))
              }
            } else {
              options.foldDiacritics = try bool(ov, "fold_diacritics")
            }
          }
        default: themesNode = value
        }
      }
      guard let name, !name.isEmpty else { throw QuireError("the codebook has no `name:`", at: at(root)) }
      guard let themesNode, case .sequence(let seq) = themesNode else {
        throw QuireError("expected `themes:` with a list of themes", at: at(themesNode ?? root))
      }
      for t in seq { try theme(t, parent: nil, into: &themes) }
      guard !themes.isEmpty else { throw QuireError("the codebook has no themes", at: at(themesNode)) }
      return Codebook(name: name, version: version, description: description, options: options, themes: themes)
    }

    static func derivedKey(_ name: String) -> String {
      var out = ""
      var lastUnderscore = true
      for ch in Tokenizer.stripDiacritics(name.lowercased()) {
        if ch.isLetter || ch.isNumber {
          out.append(ch)
          lastUnderscore = false
        } else if !lastUnderscore {
          out.append("_")
          lastUnderscore = true
        }
      }
      while out.hasSuffix("_") { out.removeLast() }
      return out
    }

    mutating func theme(_ node: Node, parent: String?, into themes: inout [Theme]) throws {
      let fields = try mapping(node, "a theme", allowed: CodebookLoader.themeKeys)
      guard let nameNode = fields.first(where: { $0.0 == "name" })?.1 else {
        throw QuireError("a theme has no `name:`", at: at(node))
      }
      let name = try string(nameNode, "the theme's name").trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { throw QuireError("a theme's name is empty", at: at(nameNode)) }
      if let line = names[name.lowercased()] {
        throw QuireError("duplicate theme name '\(name)' (first used on line \(line)): theme names must be unique", at: at(nameNode))
      }
      names[name.lowercased()] = node.mark?.line ?? 0
      var theme = Theme(key: Self.derivedKey(name), name: name, parentKey: parent, line: node.mark?.line)
      var children: [Node] = []
      for (key, value) in fields {
        let what = "\(key) of theme '\(name)'"
        switch key {
        case "key":
          let k = try string(value, what)
          guard !k.isEmpty, k.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) else {
            throw QuireError("expected \(what) to hold only letters, digits, '_', '-' or '.'", at: at(value))
          }
          theme.key = k
        case "color":
          let c = try string(value, what)
          guard c.hasPrefix("#"), c.count == 7 || c.count == 4, c.dropFirst().allSatisfy(\.isHexDigit) else {
            throw QuireError("expected \(what) as a hex colour such as \"#3b7dd8\"", at: at(value))
          }
          theme.color = c.lowercased()
        case "definition": theme.definition = try string(value, what)
        case "include": theme.include = try string(value, what)
        case "exclude": theme.exclude = try string(value, what)
        case "examples": theme.examples = try strings(value, what)
        case "speaker":
          let list = try strings(value, what)
          theme.speaker = list == ["participants"] ? .participants : .names(list)
        case "source_kind":
          theme.sourceKinds = try strings(value, what).map { s in
            let normalized = s == "tweet" ? "tweets" : (s == "web page" ? "web_page" : s)
            guard let k = SourceKind(rawValue: normalized) else {
              throw QuireError("unknown source kind '\(s)' in \(what): expected interview, tweets, web_page or document", at: at(value))
            }
            return k
          }
        case "min_hits": theme.minHits = try int(value, what, min: 1)
        case "rules":
          guard case .sequence(let seq) = value else { throw QuireError("expected \(what) as a list of rules", at: at(value)) }
          theme.rules = try seq.map { try rule($0, theme: name) }
        case "children":
          guard case .sequence(let seq) = value else { throw QuireError("expected \(what) as a list of themes", at: at(value)) }
          children = Array(seq)
        default: break
        }
      }
      if keys.contains(theme.key) {
        throw QuireError("duplicate theme key '\(theme.key)' (theme '\(name)'): keys must be unique", at: at(node))
      }
      keys.insert(theme.key)
      if theme.rules.isEmpty == false, !theme.rules.contains(where: { $0.kind != .not }) {
        throw QuireError("theme '\(name)' has only `not` rules: expected at least one rule that can fire", at: at(node))
      }
      themes.append(theme)
      for child in children { try self.theme(child, parent: theme.key, into: &themes) }
    }

    func item(_ node: Node, theme: String) throws -> RuleItem {
      switch node {
      case .scalar(let s): return .pattern(s.string)
      case .sequence(let seq):
        guard !seq.isEmpty else { throw QuireError("an empty list of alternatives in theme '\(theme)'", at: at(node)) }
        return .oneOf(try seq.map { element in
          if case .sequence = element {
            throw QuireError("lists of alternatives do not nest (theme '\(theme)')", at: at(element))
          }
          return try item(element, theme: theme)
        })
      case .mapping:
        let fields = try mapping(node, "a regex item in theme '\(theme)'", allowed: ["regex", "case_sensitive"])
        guard let p = fields.first(where: { $0.0 == "regex" })?.1 else {
          throw QuireError("expected `{regex: \"…\"}` as a rule item in theme '\(theme)'", at: at(node))
        }
        let cs = try fields.first(where: { $0.0 == "case_sensitive" }).map { try bool($0.1, "case_sensitive") } ?? false
        return .regex(RegexSpec(pattern: try string(p, "regex"), caseSensitive: cs))
      default:
        throw QuireError("expected a pattern, a list of alternative patterns or `{regex: …}` as a rule item in theme '\(theme)'", at: at(node))
      }
    }

    func items(_ node: Node, theme: String, kind: String) throws -> [RuleItem] {
      switch node {
      case .scalar: return [try item(node, theme: theme)]
      case .sequence(let seq):
        guard !seq.isEmpty else { throw QuireError("`\(kind)` in theme '\(theme)' has no items", at: at(node)) }
        return try seq.map { try item($0, theme: theme) }
      default: throw QuireError("expected `\(kind)` in theme '\(theme)' to be a list of patterns", at: at(node))
      }
    }

    func rule(_ node: Node, theme: String) throws -> Rule {
      let line = node.mark?.line
      if case .scalar(let s) = node { return Rule(kind: .any, items: [.pattern(s.string)], line: line) }
      let fields = try mapping(node, "a rule of theme '\(theme)'", allowed: CodebookLoader.ruleKeys)
      let kinds = fields.filter { CodebookLoader.ruleKinds.contains($0.0) }
      guard kinds.count == 1, let (kindName, value) = kinds.first, let kind = Rule.Kind(rawValue: kindName) else {
        throw QuireError("a rule of theme '\(theme)' must have exactly one of any, all, near, regex or not", at: at(node))
      }
      let within = try fields.first(where: { $0.0 == "within" }).map { try int($0.1, "within", min: 0) }
      let caseSensitive = try fields.first(where: { $0.0 == "case_sensitive" }).map { try bool($0.1, "case_sensitive") } ?? false
      if within != nil && kind != .near {
        throw QuireError("`within` belongs to a `near` rule (theme '\(theme)')", at: at(node))
      }
      if caseSensitive && kind != .regex {
        throw QuireError("`case_sensitive` belongs to a `regex` rule (theme '\(theme)')", at: at(node))
      }
      switch kind {
      case .regex:
        return Rule(kind: .regex, items: [.regex(RegexSpec(pattern: try string(value, "regex"), caseSensitive: caseSensitive))], line: line)
      case .near:
        let list = try items(value, theme: theme, kind: "near")
        guard list.count == 2 else {
          throw QuireError("`near` in theme '\(theme)' takes exactly two items, found \(list.count)", at: at(value))
        }
        guard let within else { throw QuireError("`near` in theme '\(theme)' needs `within: N` (tokens)", at: at(node)) }
        return Rule(kind: .near, items: list, within: within, line: line)
      default:
        return Rule(kind: kind, items: try items(value, theme: theme, kind: kindName), line: line)
      }
    }
  }
}

