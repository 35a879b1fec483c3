/// A regular-expression rule item.
public struct RegexSpec: Codable, Sendable, Equatable, Hashable {
  public var pattern: String
  public var caseSensitive: Bool
  public init(pattern: String, caseSensitive: Bool = false) {
    self.pattern = pattern
    self.caseSensitive = caseSensitive
  }
}

/// One item of a rule: a word, phrase, hashtag or mention pattern, a regex, or a list of
/// alternatives (any one of them will do), e.g. `near: [[move*, changed], [network, tribe]]`.
public indirect enum RuleItem: Codable, Sendable, Equatable, Hashable {
  case pattern(String)
  case regex(RegexSpec)
  case oneOf([RuleItem])

  /// The item as a codebook author wrote it.
  public var display: String {
    switch self {
    case .pattern(let p): return p
    case .regex(let r): return "regex /\(r.pattern)/"
    case .oneOf(let items): return "(" + items.map(\.display).joined(separator: " | ") + ")"
    }
  }
}

/// One rule of a theme (DESIGN §4).
public struct Rule: Codable, Sendable, Equatable {
  public enum Kind: String, Codable, Sendable {
    case any, all, near, regex, not
  }
  public var kind: Kind
  public var items: [RuleItem]
  /// For `near`: the largest distance in tokens.
  public var within: Int?
  /// The line in the codebook file where the rule starts, for messages.
  public var line: Int?

  public init(kind: Kind, items: [RuleItem], within: Int? = nil, line: Int? = nil) {
    self.kind = kind
    self.items = items
    self.within = within
    self.line = line
  }

  /// A short readable form, e.g. `any[connect*, like-minded]` or `near[meet*, face to face]/8`.
  public var display: String {
    let inner = items.map(\.display).joined(separator: ", ")
    switch kind {
    case .near: return "near[\(inner)] within \(within ?? 0)"
    case .regex: return inner
    default: return "\(kind.rawValue)[\(inner)]"
    }
  }
}

/// Which speakers a theme applies to.
public enum SpeakerFilter: Codable, Sendable, Equatable {
  /// Everyone who is not an interviewer (tweets pass).
  case participants
  /// Only these speakers (compared case-insensitively).
  case names([String])
}

/// A theme (code) of a codebook.
public struct Theme: Codable, Sendable, Equatable {
  public var key: String
  public var name: String
  public var parentKey: String?
  public var color: String?
  public var definition: String
  public var include: String?
  public var exclude: String?
  public var examples: [String]
  public var speaker: SpeakerFilter?
  public var sourceKinds: [SourceKind]?
  public var minHits: Int
  public var rules: [Rule]
  /// The line where the theme starts in its codebook file.
  public var line: Int?

  public init(
    key: String, name: String, parentKey: String? = nil, color: String? = nil,
    definition: String = "", include: String? = nil, exclude: String? = nil,
    examples: [String] = [], speaker: SpeakerFilter? = nil, sourceKinds: [SourceKind]? = nil,
    minHits: Int = 1, rules: [Rule] = [], line: Int? = nil
  ) {
    self.key = key
    self.name = name
    self.parentKey = parentKey
    self.color = color
    self.definition = definition
    self.include = include
    self.exclude = exclude
    self.examples = examples
    self.speaker = speaker
    self.sourceKinds = sourceKinds
    self.minHits = minHits
    self.rules = rules
    self.line = line
  }
}

/// Codebook-wide options.
public struct CodebookOptions: Codable, Sendable, Equatable {
  /// The coding unit for interviews (`turn` by default); tweets are always coded per tweet.
  public var unit: SegmentKind
  public var foldDiacritics: Bool
  public init(unit: SegmentKind = .turn, foldDiacritics: Bool = false) {
    self.unit = unit
    self.foldDiacritics = foldDiacritics
  }
}

/// A codebook: themes in tree order (each parent before its children).
public struct Codebook: Codable, Sendable, Equatable {
  public static let highestSupportedVersion = 1
  public var name: String
  public var version: Int
  public var description: String?
  public var options: CodebookOptions
  public var themes: [Theme]

  public init(
    name: String, version: Int = 1, description: String? = nil,
    options: CodebookOptions = .init(), themes: [Theme]
  ) {
    self.name = name
    self.version = version
    self.description = description
    self.options = options
    self.themes = themes
  }

  /// The theme with this key.
  public func theme(_ key: String) -> Theme? { themes.first { $0.key == key } }

  /// `Connecting > Brokering`: the names from the root down to the theme.
  public func path(of key: String) -> String {
    var names: [String] = []
    var current = theme(key)
    var guardCount = 0
    while let t = current, guardCount < 64 {
      names.insert(t.name, at: 0)
      current = t.parentKey.flatMap { theme($0) }
      guardCount += 1
    }
    return names.joined(separator: " > ")
  }

  /// How deep the theme sits in the tree (0 for a top-level theme).
  public func depth(of key: String) -> Int {
    var depth = 0
    var current = theme(key)?.parentKey
    while let parent = current, depth < 64 {
      depth += 1
      current = theme(parent)?.parentKey
    }
    return depth
  }
}
