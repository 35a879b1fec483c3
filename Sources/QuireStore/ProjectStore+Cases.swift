import Foundation
import GRDB
import QuireCore

extension ProjectStore {
  /// Sets cases and their attributes from rows, in one transaction. A row joins every existing
  /// case whose name is its name or one of its aliases, or whose `twitter_handle` matches its
  /// own (so an interviewee's turns and tweets become one case); unknown names become new cases.
  /// Returns (cases created, cases merged into others).
  @discardableResult
  public func loadCases(_ rows: [CaseRow]) throws -> (created: Int, merged: Int) {
    try db.write { db in
      var created = 0, merged = 0
      for row in rows {
        var names = [row.name] + row.aliases
        var ids: [Int64] = []
        for n in names {
          let bare = n.hasPrefix("@") ? String(n.dropFirst()) : n
          ids += try Int64.fetchAll(db, sql: "SELECT id FROM participant_case WHERE name = ? COLLATE NOCASE", arguments: [n])
          ids += try Int64.fetchAll(
            db, sql: "SELECT case_id FROM case_attribute WHERE key = 'twitter_handle' AND value = ? COLLATE NOCASE",
            arguments: [bare])
        }
        if let handle = row.attributes["twitter_handle"], !handle.isEmpty {
          let bare = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
          ids += try Int64.fetchAll(
            db, sql: "SELECT case_id FROM case_attribute WHERE key = 'twitter_handle' AND value = ? COLLATE NOCASE",
            arguments: [bare])
          names.append(bare)
        }
        var unique: [Int64] = []
        for id in ids where !unique.contains(id) { unique.append(id) }
        // The case already named like the row is kept; the others are merged into it.
        let keep: Int64
        if let named = try Int64.fetchOne(db, sql: "SELECT id FROM participant_case WHERE name = ? COLLATE NOCASE", arguments: [row.name]) {
          keep = named
        } else if let first = unique.first {
          keep = first
          try db.execute(sql: "UPDATE participant_case SET name = ? WHERE id = ?", arguments: [row.name, keep])
        } else {
          try db.execute(sql: "INSERT INTO participant_case (name) VALUES (?)", arguments: [row.name])
          keep = db.lastInsertedRowID
          created += 1
        }
        for other in unique where other != keep {
          try db.execute(sql: "UPDATE segment SET case_id = ? WHERE case_id = ?", arguments: [keep, other])
          try db.execute(
            sql: "INSERT OR IGNORE INTO case_attribute (case_id, key, value) SELECT ?, key, value FROM case_attribute WHERE case_id = ?",
            arguments: [keep, other])
          try db.execute(sql: "DELETE FROM participant_case WHERE id = ?", arguments: [other])
          merged += 1
        }
        for (k, v) in row.attributes where !v.isEmpty {
          try db.execute(
            sql: "INSERT INTO case_attribute (case_id, key, value) VALUES (?, ?, ?) ON CONFLICT(case_id, key) DO UPDATE SET value = excluded.value",
            arguments: [keep, k, v])
        }
      }
      return (created, merged)
    }
  }
}
