import GRDB

/// The project file's schema, as named migrations (DESIGN §3).
enum Schema {
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1-data-model") { db in
      try db.execute(
        sql: """
          CREATE TABLE project_info (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
          );
          CREATE TABLE source (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('interview', 'tweets', 'web_page', 'document')),
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            language TEXT,
            original_name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            importer_version TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            serial INTEGER NOT NULL UNIQUE,
            number INTEGER NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}'
          );
          CREATE TABLE participant_case (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
          );
          CREATE TABLE case_attribute (
            case_id INTEGER NOT NULL REFERENCES participant_case(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (case_id, key)
          );
          CREATE TABLE segment (
            source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL,
            speaker TEXT,
            is_interviewer INTEGER NOT NULL DEFAULT 0,
            time_start REAL,
            time_end REAL,
            case_id INTEGER REFERENCES participant_case(id) ON DELETE SET NULL,
            tweet TEXT,
            PRIMARY KEY (source_id, ordinal),
            CHECK (end_offset >= start_offset)
          ) WITHOUT ROWID;
          CREATE INDEX segment_case ON segment(case_id);
          CREATE TABLE codebook (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            version INTEGER NOT NULL,
            description TEXT,
            options TEXT NOT NULL,
            file TEXT,
            loaded_at TEXT NOT NULL
          );
          CREATE TABLE code (
            key TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            parent_key TEXT,
            position INTEGER NOT NULL,
            color TEXT,
            definition TEXT NOT NULL DEFAULT '',
            include TEXT,
            exclude TEXT,
            examples TEXT NOT NULL DEFAULT '[]',
            speaker TEXT,
            source_kinds TEXT,
            min_hits INTEGER NOT NULL DEFAULT 1,
            retired INTEGER NOT NULL DEFAULT 0
          );
          CREATE TABLE rule (
            code_key TEXT NOT NULL REFERENCES code(key) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('any', 'all', 'near', 'regex', 'not')),
            items TEXT NOT NULL,
            within INTEGER,
            line INTEGER,
            PRIMARY KEY (code_key, ordinal)
          );
          CREATE TABLE coder (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
          );
          CREATE TABLE coding (
            id INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            segment_ordinal INTEGER,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            code_key TEXT NOT NULL REFERENCES code(key) ON DELETE CASCADE,
            coder_id INTEGER NOT NULL REFERENCES coder(id),
            origin TEXT NOT NULL CHECK (origin IN ('manual', 'rule', 'imported')),
            status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
            evidence TEXT NOT NULL DEFAULT '[]',
            memo TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (source_id, start_offset, end_offset, code_key, coder_id),
            CHECK (end_offset >= start_offset)
          );
          CREATE INDEX coding_code ON coding(code_key, status);
          CREATE TABLE quote (
            key TEXT PRIMARY KEY NOT NULL,
            source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            UNIQUE (source_id, start_offset, end_offset)
          );
          """)
    }
    m.registerMigration("v2-segment-span-indexes") { db in
      // Finding the segment that holds a passage, and a passage's neighbours, by offset.
      try db.execute(
        sql: """
          CREATE INDEX segment_end ON segment(source_id, end_offset);
          CREATE INDEX segment_start ON segment(source_id, start_offset);
          """)
    }
    m.registerMigration("v3-exchange") { db in
      // What REFI-QDA projects carry beyond our own model: GUIDs, notes, sets, descriptions.
      try db.execute(
        sql: """
          ALTER TABLE code ADD COLUMN guid TEXT;
          ALTER TABLE coder ADD COLUMN guid TEXT;
          ALTER TABLE participant_case ADD COLUMN guid TEXT;
          ALTER TABLE participant_case ADD COLUMN description TEXT;
          ALTER TABLE source ADD COLUMN description TEXT;
          CREATE TABLE note (
            guid TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT,
            created_at TEXT,
            position INTEGER NOT NULL
          );
          CREATE TABLE note_target (
            note_guid TEXT NOT NULL REFERENCES note(guid) ON DELETE CASCADE,
            target TEXT NOT NULL,
            PRIMARY KEY (note_guid, target)
          );
          CREATE TABLE code_set (
            guid TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            position INTEGER NOT NULL
          );
          CREATE TABLE code_set_member (
            set_guid TEXT NOT NULL REFERENCES code_set(guid) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('code', 'source')),
            target TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (set_guid, kind, target)
          );
          """)
    }
    m.registerMigration("v4-coding-checks") { db in
      // The same table with its value checks written as comparisons: SQLite evaluates a CHECK
      // with `IN (…)` far more slowly, and storing the first coding of a large archive spent a
      // fifth of its time there (381,000 suggestions: 2 s of 11).
      try db.execute(
        sql: """
          CREATE TABLE coding_v4 (
            id INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            segment_ordinal INTEGER,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            code_key TEXT NOT NULL REFERENCES code(key) ON DELETE CASCADE,
            coder_id INTEGER NOT NULL REFERENCES coder(id),
            origin TEXT NOT NULL CHECK (origin = 'manual' OR origin = 'rule' OR origin = 'imported'),
            status TEXT NOT NULL CHECK (status = 'suggested' OR status = 'accepted' OR status = 'rejected'),
            evidence TEXT NOT NULL DEFAULT '[]',
            memo TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (source_id, start_offset, end_offset, code_key, coder_id),
            CHECK (end_offset >= start_offset)
          );
          INSERT INTO coding_v4 (id, source_id, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin, status,
            evidence, memo, created_at, updated_at)
          SELECT id, source_id, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin, status,
            evidence, memo, created_at, updated_at FROM coding;
          DROP TABLE coding;
          ALTER TABLE coding_v4 RENAME TO coding;
          CREATE INDEX coding_code ON coding(code_key, status);
          """)
    }
    m.registerMigration("v5-one-segment-span-index") { db in
      // Segments do not overlap, so every lookup by position goes through `segment_end`; the
      // start-offset index cost a million-tweet import a second and 48 MB, and was never used.
      try db.execute(sql: "DROP INDEX IF EXISTS segment_start")
    }
    m.registerMigration("v6-integer-source-keys") { db in
      // Segments, codings and quotes name their source by its serial number, not by its 36-byte
      // id: every row and every index entry of the three tables carried the id, and every key
      // comparison in their B-trees compared it. A million-tweet archive's segments, their two
      // indexes built and committed: 2.8 s with the id, 2.0 s with the number (SQLite shell).
      // The id stays the source's name everywhere else (REFI-QDA GUID, bundles, the library).
      try db.execute(
        sql: """
          CREATE TABLE segment_v6 (
            source_serial INTEGER NOT NULL REFERENCES source(serial) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL,
            speaker TEXT,
            is_interviewer INTEGER NOT NULL DEFAULT 0,
            time_start REAL,
            time_end REAL,
            case_id INTEGER REFERENCES participant_case(id) ON DELETE SET NULL,
            tweet TEXT,
            PRIMARY KEY (source_serial, ordinal),
            CHECK (end_offset >= start_offset)
          ) WITHOUT ROWID;
          INSERT INTO segment_v6 (source_serial, ordinal, kind, start_offset, end_offset, line_start, line_end, speaker,
            is_interviewer, time_start, time_end, case_id, tweet)
          SELECT s.serial, g.ordinal, g.kind, g.start_offset, g.end_offset, g.line_start, g.line_end, g.speaker,
            g.is_interviewer, g.time_start, g.time_end, g.case_id, g.tweet
          FROM segment g JOIN source s ON s.id = g.source_id;
          DROP TABLE segment;
          ALTER TABLE segment_v6 RENAME TO segment;
          CREATE INDEX segment_case ON segment(case_id);
          CREATE INDEX segment_end ON segment(source_serial, end_offset);

          CREATE TABLE coding_v6 (
            id INTEGER PRIMARY KEY,
            source_serial INTEGER NOT NULL REFERENCES source(serial) ON DELETE CASCADE,
            segment_ordinal INTEGER,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            code_key TEXT NOT NULL REFERENCES code(key) ON DELETE CASCADE,
            coder_id INTEGER NOT NULL REFERENCES coder(id),
            origin TEXT NOT NULL CHECK (origin = 'manual' OR origin = 'rule' OR origin = 'imported'),
            status TEXT NOT NULL CHECK (status = 'suggested' OR status = 'accepted' OR status = 'rejected'),
            evidence TEXT NOT NULL DEFAULT '[]',
            memo TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (source_serial, start_offset, end_offset, code_key, coder_id),
            CHECK (end_offset >= start_offset)
          );
          INSERT INTO coding_v6 (id, source_serial, segment_ordinal, start_offset, end_offset, code_key, coder_id, origin,
            status, evidence, memo, created_at, updated_at)
          SELECT c.id, s.serial, c.segment_ordinal, c.start_offset, c.end_offset, c.code_key, c.coder_id, c.origin,
            c.status, c.evidence, c.memo, c.created_at, c.updated_at
          FROM coding c JOIN source s ON s.id = c.source_id;
          DROP TABLE coding;
          ALTER TABLE coding_v6 RENAME TO coding;
          CREATE INDEX coding_code ON coding(code_key, status);

          CREATE TABLE quote_v6 (
            key TEXT PRIMARY KEY NOT NULL,
            source_serial INTEGER NOT NULL REFERENCES source(serial) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            UNIQUE (source_serial, start_offset, end_offset)
          );
          INSERT INTO quote_v6 (key, source_serial, start_offset, end_offset, seq)
          SELECT q.key, s.serial, q.start_offset, q.end_offset, q.seq FROM quote q JOIN source s ON s.id = q.source_id;
          DROP TABLE quote;
          ALTER TABLE quote_v6 RENAME TO quote;
          """)
    }
    return m
  }
}
