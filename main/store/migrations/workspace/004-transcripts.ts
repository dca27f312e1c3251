import type { Migration } from '../../migration';

/**
 * 庭审笔录. The current text lives in sections and turns; every acknowledged edit is also a row
 * of transcript_ops (the journal), snapshots hold whole versions for history and restore, and
 * amendments record corrections after the lock. Journal, snapshots and amendments are append-only
 * (triggers), so neither a restore nor a correction can erase what was written before.
 * `case_id` is the case's id as text, with no foreign key: transcripts do not depend on the
 * cases tables.
 */
export const transcriptsTables: Migration = {
  version: 4,
  name: 'transcripts',
  up(db) {
    db.exec(`
      CREATE TABLE transcripts (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        procedure TEXT NOT NULL,
        title TEXT NOT NULL,
        header TEXT NOT NULL,               -- JSON TranscriptHeader
        status TEXT NOT NULL CHECK (status IN ('draft', 'locked')),
        version INTEGER NOT NULL,           -- seq of the last journaled op
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        locked_at TEXT,
        locked_by TEXT,
        signed_by TEXT                      -- JSON Participant[] who reviewed and signed
      ) STRICT;
      CREATE INDEX transcripts_case ON transcripts(case_id);

      CREATE TABLE transcript_sections (
        transcript_id TEXT NOT NULL REFERENCES transcripts(id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        PRIMARY KEY (transcript_id, id)
      ) STRICT;

      CREATE TABLE transcript_turns (
        transcript_id TEXT NOT NULL,
        id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        text TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (transcript_id, id),
        FOREIGN KEY (transcript_id, section_id) REFERENCES transcript_sections(transcript_id, id)
      ) STRICT;
      CREATE INDEX transcript_turns_order ON transcript_turns(transcript_id, section_id, position);

      CREATE TABLE transcript_ops (
        transcript_id TEXT NOT NULL REFERENCES transcripts(id),
        seq INTEGER NOT NULL,
        client_id TEXT NOT NULL,
        client_seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        op TEXT NOT NULL,                   -- JSON op as received
        before TEXT,                        -- JSON of what the op replaced (text, speaker …)
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (transcript_id, seq),
        UNIQUE (transcript_id, client_id, client_seq)
      ) STRICT;

      CREATE TABLE transcript_snapshots (
        transcript_id TEXT NOT NULL REFERENCES transcripts(id),
        version INTEGER NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        content TEXT NOT NULL,              -- JSON {header, sections}
        PRIMARY KEY (transcript_id, version)
      ) STRICT;

      CREATE TABLE transcript_amendments (
        id INTEGER PRIMARY KEY,
        transcript_id TEXT NOT NULL REFERENCES transcripts(id),
        turn_id TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        reason TEXT NOT NULL,
        actor TEXT NOT NULL,
        role TEXT NOT NULL,
        at TEXT NOT NULL,
        audit_seq INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX transcript_amendments_transcript ON transcript_amendments(transcript_id, id);

      CREATE TRIGGER transcript_ops_no_update BEFORE UPDATE ON transcript_ops
      BEGIN SELECT RAISE(ABORT, '笔录编辑日志只能追加，不能修改'); END;
      CREATE TRIGGER transcript_ops_no_delete BEFORE DELETE ON transcript_ops
      BEGIN SELECT RAISE(ABORT, '笔录编辑日志只能追加，不能删除'); END;
      CREATE TRIGGER transcript_snapshots_no_update BEFORE UPDATE ON transcript_snapshots
      BEGIN SELECT RAISE(ABORT, '笔录版本只能追加，不能修改'); END;
      CREATE TRIGGER transcript_snapshots_no_delete BEFORE DELETE ON transcript_snapshots
      BEGIN SELECT RAISE(ABORT, '笔录版本只能追加，不能删除'); END;
      CREATE TRIGGER transcript_amendments_no_update BEFORE UPDATE ON transcript_amendments
      BEGIN SELECT RAISE(ABORT, '笔录更正记录只能追加，不能修改'); END;
      CREATE TRIGGER transcript_amendments_no_delete BEFORE DELETE ON transcript_amendments
      BEGIN SELECT RAISE(ABORT, '笔录更正记录只能追加，不能删除'); END;
      -- A locked transcript's signed text cannot change, whatever writes to the file.
      CREATE TRIGGER transcript_turns_locked_update BEFORE UPDATE ON transcript_turns
      WHEN (SELECT status FROM transcripts WHERE id = OLD.transcript_id) = 'locked'
      BEGIN SELECT RAISE(ABORT, '笔录已锁定，不能修改'); END;
      CREATE TRIGGER transcript_turns_locked_insert BEFORE INSERT ON transcript_turns
      WHEN (SELECT status FROM transcripts WHERE id = NEW.transcript_id) = 'locked'
      BEGIN SELECT RAISE(ABORT, '笔录已锁定，不能修改'); END;
      CREATE TRIGGER transcript_turns_locked_delete BEFORE DELETE ON transcript_turns
      WHEN (SELECT status FROM transcripts WHERE id = OLD.transcript_id) = 'locked'
      BEGIN SELECT RAISE(ABORT, '笔录已锁定，不能修改'); END;
    `);
  },
};
