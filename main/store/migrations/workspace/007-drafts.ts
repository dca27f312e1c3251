import type { Migration } from '../../migration';

/**
 * 文书草稿: one row per draft and every saved version of its sections in full, so nothing the
 * judge wrote is ever lost — undo and restore add a version instead of deleting one. Versions are
 * append-only (triggers refuse UPDATE and DELETE); `parent` is the version whose content the
 * edit started from, so undo walks back along it rather than toggling between two versions.
 */
export const draftsTables: Migration = {
  version: 7,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        doc_type TEXT NOT NULL,             -- template id: civil-judgment, criminal-judgment …
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_case ON drafts(case_id);

      CREATE TABLE draft_versions (
        draft_id TEXT NOT NULL REFERENCES drafts(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        parent INTEGER,                     -- the version undo goes back to; NULL: nothing before
        action TEXT NOT NULL,               -- create, save, undo, restore
        sections TEXT NOT NULL,             -- JSON: [{key, title, text, origin, required, hint}]
        changed TEXT NOT NULL,              -- JSON: keys of the sections this version changed
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        PRIMARY KEY (draft_id, version)
      ) STRICT;
      CREATE TRIGGER draft_versions_no_update BEFORE UPDATE ON draft_versions
        BEGIN SELECT RAISE(ABORT, '文书版本只能追加，不能修改'); END;
      CREATE TRIGGER draft_versions_no_delete BEFORE DELETE ON draft_versions
        BEGIN SELECT RAISE(ABORT, '文书版本只能追加，不能删除'); END;
    `);
  },
};
