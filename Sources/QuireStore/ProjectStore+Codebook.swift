import Foundation
import GRDB
import QuireCore

extension ProjectStore {
  /// Replaces the project's codebook in one transaction. Themes that disappear are deleted
  /// with their suggestions, unless a person accepted, rejected or made a coding with them:
  /// then they are kept as retired codes, so no human decision is lost.
  public func saveCodebook(_ codebook: Codebook, file: String?, guids: [String: String] = [:], sets: [BundleSet]? = nil) throws {
    try db.write { db in
      try self.writeCodebook(db, codebook, file: file)
      for (key, guid) in guids {
        try db.execute(sql: "UPDATE code SET guid = ? WHERE key = ?", arguments: [guid, key])
      }
      if let sets {
        try db.execute(sql: "DELETE FROM code_set")
        for (position, s) in sets.enumerated() {
          try db.execute(
            sql: "INSERT INTO code_set (guid, name, description, position) VALUES (?, ?, ?, ?)",
            arguments: [s.guid, s.name, s.description, position])
          for (i, k) in s.codeKeys.enumerated() {
            try db.execute(
              sql: "INSERT OR IGNORE INTO code_set_member (set_guid, kind, target, position) VALUES (?, 'code', ?, ?)",
              arguments: [s.guid, k, i])
          }
        }
      }
    }
  }

  /// The REFI-QDA GUID of every current code (stable ones made up for codes that have none).
  public func codeGUIDs() throws -> [String: String] {
    try db.read { db in
      var out: [String: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT key, guid FROM code WHERE retired = 0") {
        let key: String = row["key"]
        out[key] = (row["guid"] as String?) ?? StableGUID.make("code:" + key)
      }
      return out
    }
  }

  /// Sets of codes (sources left out), in order.
  public func codeSets() throws -> [BundleSet] {
    try db.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM code_set ORDER BY position").map { s in
        let g: String = s["guid"]
        let codes = try String.fetchAll(
          db, sql: "SELECT m.target FROM code_set_member m JOIN code c ON c.key = m.target AND c.retired = 0 WHERE m.set_guid = ? AND m.kind = 'code' ORDER BY m.position",
          arguments: [g])
        return BundleSet(guid: g, name: s["name"], description: s["description"], codeKeys: codes)
      }
    }
  }

  /// `saveCodebook` inside a transaction the caller holds.
  func writeCodebook(_ db: Database, _ codebook: Codebook, file: String?) throws {
    do {
      try db.execute(sql: "DELETE FROM codebook")
      try db.execute(
        sql: "INSERT INTO codebook (id, name, version, description, options, file, loaded_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
        arguments: [codebook.name, codebook.version, codebook.description, Self.json(codebook.options), file, Self.now()])
      let keys = Set(codebook.themes.map(\.key))
      let existing = try String.fetchAll(db, sql: "SELECT key FROM code")
      for key in existing where !keys.contains(key) {
        let human = try Bool.fetchOne(
          db, sql: "SELECT 1 FROM coding WHERE code_key = ? AND (status != 'suggested' OR origin != 'rule') LIMIT 1",
          arguments: [key]) ?? false
        if human {
          try db.execute(sql: "UPDATE code SET retired = 1 WHERE key = ?", arguments: [key])
          try db.execute(sql: "DELETE FROM coding WHERE code_key = ? AND status = 'suggested' AND origin = 'rule'", arguments: [key])
          try db.execute(sql: "DELETE FROM rule WHERE code_key = ?", arguments: [key])
        } else {
          try db.execute(sql: "DELETE FROM code WHERE key = ?", arguments: [key])
        }
      }
      for (position, theme) in codebook.themes.enumerated() {
        let speaker: String?
        switch theme.speaker {
        case nil: speaker = nil
        case .participants: speaker = Self.json(["participants"])
        case .names(let names): speaker = Self.json(names)
        }
        try db.execute(
          sql: """
            INSERT INTO code (key, name, parent_key, position, color, definition, include, exclude,
              examples, speaker, source_kinds, min_hits, retired)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, parent_key = excluded.parent_key,
              position = excluded.position, color = excluded.color, definition = excluded.definition,
              include = excluded.include, exclude = excluded.exclude, examples = excluded.examples,
              speaker = excluded.speaker, source_kinds = excluded.source_kinds,
              min_hits = excluded.min_hits, retired = 0
            """,
          arguments: [
            theme.key, theme.name, theme.parentKey, position, theme.color, theme.definition, theme.include,
            theme.exclude, Self.json(theme.examples), speaker,
            theme.sourceKinds.map { Self.json($0.map(\.rawValue)) }, theme.minHits,
          ])
        try db.execute(sql: "DELETE FROM rule WHERE code_key = ?", arguments: [theme.key])
        for (ordinal, rule) in theme.rules.enumerated() {
          try db.execute(
            sql: "INSERT INTO rule (code_key, ordinal, kind, items, within, line) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [theme.key, ordinal, rule.kind.rawValue, Self.json(rule.items), rule.within, rule.line])
        }
      }
    }
  }

  /// A stored list of strings, read without `JSONDecoder` when it can be.
  static func strings(_ text: String?) -> [String]? {
    guard let text else { return nil }
    return StoredJSON.strings(text) ?? decode([String].self, text)
  }

  /// A rule's stored items, read without `JSONDecoder` when they can be.
  static func ruleItems(_ text: String?) -> [RuleItem]? {
    guard let text else { return nil }
    return StoredJSON.ruleItems(text) ?? decode([RuleItem].self, text)
  }

  /// The codebook stored in the project (retired codes left out), or nil before one is loaded.
  public func codebook() throws -> Codebook? {
    try db.read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM codebook WHERE id = 1") else { return nil }
      var rules: [String: [Rule]] = [:]
      for r in try Row.fetchAll(db, sql: "SELECT * FROM rule ORDER BY code_key, ordinal") {
        let key: String = r["code_key"]
        let rule = Rule(
          kind: Rule.Kind(rawValue: r["kind"]) ?? .any, items: Self.ruleItems(r["items"]) ?? [],
          within: r["within"], line: r["line"])
        rules[key, default: []].append(rule)
      }
      let themes = try Row.fetchAll(db, sql: "SELECT * FROM code WHERE retired = 0 ORDER BY position").map { c -> Theme in
        let key: String = c["key"]
        var speaker: SpeakerFilter? = nil
        if let list = Self.strings(c["speaker"]) {
          speaker = list == ["participants"] ? .participants : .names(list)
        }
        return Theme(
          key: key, name: c["name"], parentKey: c["parent_key"], color: c["color"], definition: c["definition"],
          include: c["include"], exclude: c["exclude"], examples: Self.strings(c["examples"]) ?? [],
          speaker: speaker,
          sourceKinds: Self.strings(c["source_kinds"]).map { $0.compactMap(SourceKind.init(rawValue:)) },
          minHits: c["min_hits"], rules: rules[key] ?? [])
      }
      return Codebook(
        name: row["name"], version: row["version"], description: row["description"],
        options: Self.decode(CodebookOptions.self, row["options"]) ?? CodebookOptions(), themes: themes)
    }
  }

  /// The names of codes kept only because people coded with them after they left the codebook.
  public func retiredCodes() throws -> [String] {
    try db.read { db in try String.fetchAll(db, sql: "SELECT name FROM code WHERE retired = 1 ORDER BY position") }
  }
}
