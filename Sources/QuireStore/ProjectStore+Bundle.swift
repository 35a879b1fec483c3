import Foundation
import GRDB
import QuireCore

/// What `importBundle` did.
public struct BundleImportSummary: Sendable, Equatable {
  public var sources = 0
  public var sourcesAlreadyThere: [String] = []
  public var codesAdded = 0
  public var codesMatched = 0
  public var codings = 0
  public var coders = 0
  public var cases = 0
  public var notes = 0
  public var sets = 0
  public init() {}
}

extension ProjectStore {
  /// Stores a whole exchanged project in one transaction: on any error nothing is kept.
  ///
  /// Codes merge with the project's codebook (the same GUID, or the same name under the same
  /// parent, is the same code); sources already imported (same text) are reused; codings arrive
  /// as accepted human codings by their coders.
  public func importBundle(_ bundle: ProjectBundle, file: String) throws -> BundleImportSummary {
    try db.write { db in
      var summary = BundleImportSummary()
      // 1. Codes.
      var keyMap: [String: String] = [:]
      if let codebook = bundle.codebook {
        let hasCodebook = try Bool.fetchOne(db, sql: "SELECT 1 FROM codebook WHERE id = 1") ?? false
        if !hasCodebook {
          try self.writeCodebook(db, codebook, file: file)
          for t in codebook.themes { keyMap[t.key] = t.key }
          summary.codesAdded = codebook.themes.count
        } else {
          var position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM code") ?? 0) + 1
          for t in codebook.themes {
            let parent = t.parentKey.flatMap { keyMap[$0] }
            let guid = bundle.codeGUIDs[t.key]
            var found: String? = nil
            if let guid {
              found = try String.fetchOne(db, sql: "SELECT key FROM code WHERE lower(guid) = lower(?)", arguments: [guid])
            }
            if found == nil {
              found = try String.fetchOne(
                db, sql: "SELECT key FROM code WHERE lower(name) = lower(?) AND parent_key IS ?", arguments: [t.name, parent])
            }
            if let found {
              keyMap[t.key] = found
              summary.codesMatched += 1
              continue
            }
            var key = t.key
            var n = 2
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM code WHERE key = ?", arguments: [key]) == true {
              key = "\(t.key)_\(n)"
              n += 1
            }
            try db.execute(
              sql: """
                INSERT INTO code (key, name, parent_key, position, color, definition, include, exclude, examples, min_hits, retired)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """,
              arguments: [key, t.name, parent, position, t.color, t.definition, t.include, t.exclude, Self.json(t.examples), t.minHits])
            for (ordinal, rule) in t.rules.enumerated() {
              try db.execute(
                sql: "INSERT INTO rule (code_key, ordinal, kind, items, within, line) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [key, ordinal, rule.kind.rawValue, Self.json(rule.items), rule.within, rule.line])
            }
            position += 1
            keyMap[t.key] = key
            summary.codesAdded += 1
          }
        }
        for (bundleKey, guid) in bundle.codeGUIDs {
          guard let key = keyMap[bundleKey] else { continue }
          try db.execute(sql: "UPDATE code SET guid = ? WHERE key = ? AND guid IS NULL", arguments: [guid, key])
        }
      }
      // 2. Coders.
      for c in bundle.coders {
        _ = try self.coderID(db, c.name)
        try db.execute(sql: "UPDATE coder SET guid = ? WHERE name = ? AND guid IS NULL", arguments: [c.guid, c.name])
        summary.coders += 1
      }
      // 3. Sources.
      var sourceMap: [String: String] = [:]
      for s in bundle.sources {
        var imported = ImportedSource(
          name: s.name, kind: s.kind, format: s.format, text: s.text, originalName: s.originalName.isEmpty ? s.name : s.originalName,
          sha256: s.sha256.isEmpty ? SHA256.hex(Array(s.text.utf8)) : s.sha256, segments: s.segments)
        imported.importerVersion = "quire-refi 0.1"
        switch try self.insertSource(db, imported, id: s.id) {
        case .imported(let stored, _):
          sourceMap[s.id] = stored.id
          if let at = s.createdAt {
            try db.execute(sql: "UPDATE source SET imported_at = ? WHERE id = ?", arguments: [at, stored.id])
          }
          if let d = s.description {
            try db.execute(sql: "UPDATE source SET description = ? WHERE id = ?", arguments: [d, stored.id])
          }
          summary.sources += 1
        case .alreadyImported(let name):
          sourceMap[s.id] = try String.fetchOne(db, sql: "SELECT id FROM source WHERE name = ?", arguments: [name])
          summary.sourcesAlreadyThere.append(name)
        }
      }
      // 4. Codings. Each source's serial, how the tables name it, looked up once.
      let serials = try Self.sourceSerials(db)
      func serial(_ stored: String) throws -> Int {
        guard let n = serials[stored] else { throw QuireError("no source \(stored) in the project") }
        return n
      }
      var passages: [(String, Int, Int)] = []
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO coding (source_serial, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin, status,
            evidence, memo, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?)
          ON CONFLICT DO NOTHING
          """)
      let ordinalOf = try db.makeStatement(
        sql: "SELECT ordinal FROM segment WHERE source_serial = ? AND end_offset > ? AND start_offset < ? ORDER BY ordinal LIMIT 1")
      let now = Self.now()
      var coderIDs: [String: Int64] = [:]
      for c in bundle.codings {
        guard let sourceID = sourceMap[c.sourceID] else { throw QuireError("a coding refers to source \(c.sourceID), which is not in the project") }
        guard let key = keyMap[c.codeKey] else { throw QuireError("a coding refers to code \(c.codeKey), which is not in the codebook") }
        let coderID: Int64
        if let id = coderIDs[c.coder] { coderID = id } else { coderID = try self.coderID(db, c.coder); coderIDs[c.coder] = coderID }
        let sourceSerial = try serial(sourceID)
        let ordinal = try Int.fetchOne(ordinalOf, arguments: [sourceSerial, c.start, c.end])
        try insert.execute(arguments: [
          sourceSerial, ordinal, c.start, c.end, key, coderID, c.origin.rawValue, c.status.rawValue, c.memo, c.createdAt ?? now, now,
        ])
        if db.changesCount > 0 { summary.codings += 1 }
        if c.status != .rejected { passages.append((sourceID, c.start, c.end)) }
      }
      try self.assignQuoteKeys(db, passages: passages)
      // 5. Cases.
      var caseIDs: [(Int64, BundleCase)] = []
      for c in bundle.cases {
        try db.execute(sql: "INSERT INTO participant_case (name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [c.name])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM participant_case WHERE name = ?", arguments: [c.name]) else { continue }
        try db.execute(
          sql: "UPDATE participant_case SET guid = coalesce(guid, ?), description = coalesce(?, description) WHERE id = ?",
          arguments: [c.guid, c.description, id])
        for (k, v) in c.attributes {
          try db.execute(
            sql: "INSERT INTO case_attribute (case_id, key, value) VALUES (?, ?, ?) ON CONFLICT(case_id, key) DO UPDATE SET value = excluded.value",
            arguments: [id, k, v])
        }
        caseIDs.append((id, c))
        summary.cases += 1
      }
      // A source named by one case: all its participants' turns are that case's. Named by
      // several: each turn goes to the case its speaker is named after.
      var casesOfSource: [String: [(Int64, BundleCase)]] = [:]
      for (id, c) in caseIDs { for sid in Set(c.sourceIDs) { casesOfSource[sid, default: []].append((id, c)) } }
      for (sid, cs) in casesOfSource {
        guard let stored = sourceMap[sid] else { continue }
        if cs.count == 1 {
          try db.execute(
            sql: "UPDATE segment SET case_id = ? WHERE source_serial = ? AND is_interviewer = 0", arguments: [cs[0].0, try serial(stored)])
        } else {
          var unmatched: [Int64] = []
          for (id, c) in cs {
            try db.execute(
              sql: "UPDATE segment SET case_id = ? WHERE source_serial = ? AND is_interviewer = 0 AND (lower(speaker) = lower(?) OR coalesce(json_extract(tweet, '$.h'), json_extract(tweet, '$.authorHandle')) = ?)",
              arguments: [id, try serial(stored), c.name, c.name])
            if db.changesCount == 0 { unmatched.append(id) }
          }
          // One case left over (its name is not a speaker label, `Daniel Okoro` for `D Okoro`):
          // the turns no other case took are its.
          if unmatched.count == 1 {
            try db.execute(
              sql: "UPDATE segment SET case_id = ? WHERE source_serial = ? AND is_interviewer = 0 AND case_id IS NULL",
              arguments: [unmatched[0], try serial(stored)])
          }
        }
      }
      // 6. Notes and sets, with their targets in project terms.
      func target(_ guid: String) -> String {
        if let s = sourceMap[guid] { return s }
        if let key = bundle.codeGUIDs.first(where: { $0.value == guid })?.key, let k = keyMap[key] { return "code:" + k }
        return guid
      }
      var notePosition = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM note") ?? 0) + 1
      for n in bundle.notes {
        try db.execute(
          sql: "INSERT INTO note (guid, name, text, author, created_at, position) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(guid) DO NOTHING",
          arguments: [n.guid, n.name, n.text, n.author, n.createdAt, notePosition])
        guard db.changesCount > 0 else { continue }
        notePosition += 1
        for t in n.targets {
          try db.execute(sql: "INSERT OR IGNORE INTO note_target (note_guid, target) VALUES (?, ?)", arguments: [n.guid, target(t)])
        }
        summary.notes += 1
      }
      var setPosition = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM code_set") ?? 0) + 1
      for s in bundle.sets {
        try db.execute(
          sql: "INSERT INTO code_set (guid, name, description, position) VALUES (?, ?, ?, ?) ON CONFLICT(guid) DO NOTHING",
          arguments: [s.guid, s.name, s.description, setPosition])
        guard db.changesCount > 0 else { continue }
        setPosition += 1
        for (i, k) in s.codeKeys.enumerated() {
          guard let key = keyMap[k] else { continue }
          try db.execute(
            sql: "INSERT OR IGNORE INTO code_set_member (set_guid, kind, target, position) VALUES (?, 'code', ?, ?)", arguments: [s.guid, key, i])
        }
        for (i, sid) in s.sourceIDs.enumerated() {
          guard let stored = sourceMap[sid] else { continue }
          try db.execute(
            sql: "INSERT OR IGNORE INTO code_set_member (set_guid, kind, target, position) VALUES (?, 'source', ?, ?)",
            arguments: [s.guid, stored, i])
        }
        summary.sets += 1
      }
      return summary
    }
  }

  /// The whole project as plain values, for exchange. Rule suggestions nobody has accepted are
  /// left out unless `includeSuggestions`; rejected codings always are.
  public func bundle(includeSuggestions: Bool = false) throws -> ProjectBundle {
    let codebook = try self.codebook()
    let sources = try self.sources()
    return try db.read { db in
      var b = ProjectBundle(name: (try String.fetchOne(db, sql: "SELECT value FROM project_info WHERE key = 'name'")) ?? codebook?.name ?? "Quire project")
      b.codebook = codebook
      for row in try Row.fetchAll(db, sql: "SELECT key, guid FROM code WHERE retired = 0") {
        let key: String = row["key"]
        b.codeGUIDs[key] = (row["guid"] as String?) ?? StableGUID.make("code:" + key)
      }
      for row in try Row.fetchAll(db, sql: "SELECT name, guid FROM coder ORDER BY id") {
        let name: String = row["name"]
        b.coders.append(BundleCoder(guid: (row["guid"] as String?) ?? StableGUID.make("coder:" + name), name: name))
      }
      for s in sources {
        let segments = try Row.fetchAll(db, sql: "SELECT * FROM segment WHERE source_serial = ? ORDER BY ordinal", arguments: [s.serial])
          .map(Self.segment(from:))
        let description = try String.fetchOne(db, sql: "SELECT description FROM source WHERE id = ?", arguments: [s.id])
        b.sources.append(
          BundleSource(
            id: s.id, name: s.name, kind: s.kind, text: s.text, description: description, segments: segments, format: s.format,
            originalName: s.originalName, sha256: s.sha256, createdAt: s.importedAt))
      }
      let retired = Set(try String.fetchAll(db, sql: "SELECT key FROM code WHERE retired = 1"))
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT s.id AS source_id, c.start_offset, c.end_offset, c.code_key, r.name AS coder, c.origin, c.status, c.memo, c.created_at
          FROM coding c JOIN coder r ON r.id = c.coder_id JOIN source s ON s.serial = c.source_serial
          WHERE c.status != 'rejected' AND (? OR c.origin != 'rule' OR c.status = 'accepted')
          ORDER BY s.serial, c.start_offset, c.end_offset, c.code_key, r.name
          """, arguments: [includeSuggestions])
      for r in rows {
        let key: String = r["code_key"]
        if retired.contains(key) { continue }
        b.codings.append(
          BundleCoding(
            sourceID: r["source_id"], start: r["start_offset"], end: r["end_offset"], codeKey: key, coder: r["coder"],
            origin: CodingOrigin(rawValue: r["origin"]) ?? .manual, status: CodingStatus(rawValue: r["status"]) ?? .accepted,
            memo: r["memo"], createdAt: r["created_at"]))
      }
      for c in try Row.fetchAll(db, sql: "SELECT id, name, guid, description FROM participant_case ORDER BY name") {
        let id: Int64 = c["id"]
        let name: String = c["name"]
        var attrs: [String: String] = [:]
        for a in try Row.fetchAll(db, sql: "SELECT key, value FROM case_attribute WHERE case_id = ?", arguments: [id]) {
          attrs[a["key"]] = a["value"]
        }
        let sourceIDs = try String.fetchAll(
          db, sql: "SELECT s.id FROM segment g JOIN source s ON s.serial = g.source_serial WHERE g.case_id = ? GROUP BY s.serial ORDER BY s.serial",
          arguments: [id])
        b.cases.append(
          BundleCase(guid: (c["guid"] as String?) ?? StableGUID.make("case:" + name), name: name, description: c["description"], attributes: attrs, sourceIDs: sourceIDs))
      }
      func guid(ofTarget t: String) -> String {
        if t.hasPrefix("code:") { let k = String(t.dropFirst(5)); return b.codeGUIDs[k] ?? StableGUID.make(t) }
        return t
      }
      for n in try Row.fetchAll(db, sql: "SELECT * FROM note ORDER BY position") {
        let g: String = n["guid"]
        let targets = try String.fetchAll(db, sql: "SELECT target FROM note_target WHERE note_guid = ? ORDER BY rowid", arguments: [g])
        b.notes.append(
          BundleNote(guid: g, name: n["name"], text: n["text"], author: n["author"], createdAt: n["created_at"], targets: targets.map(guid(ofTarget:))))
      }
      for s in try Row.fetchAll(db, sql: "SELECT * FROM code_set ORDER BY position") {
        let g: String = s["guid"]
        let codes = try String.fetchAll(
          db, sql: "SELECT target FROM code_set_member WHERE set_guid = ? AND kind = 'code' ORDER BY position", arguments: [g])
        let srcs = try String.fetchAll(
          db, sql: "SELECT target FROM code_set_member WHERE set_guid = ? AND kind = 'source' ORDER BY position", arguments: [g])
        b.sets.append(BundleSet(guid: g, name: s["name"], description: s["description"], codeKeys: codes.filter { !retired.contains($0) }, sourceIDs: srcs))
      }
      return b
    }
  }
}
