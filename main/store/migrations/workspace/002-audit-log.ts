import type { Migration } from '../../migration';

/**
 * The audit trail. Append-only is enforced twice: triggers refuse UPDATE and DELETE, and the hash
 * chain (plus the head row) exposes whoever bypasses the triggers with a raw SQLite tool.
 */
export const auditLogTable: Migration = {
  version: 2,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        role TEXT NOT NULL,
        kind TEXT NOT NULL,
        feature TEXT,
        case_id TEXT,
        summary TEXT NOT NULL,
        payload TEXT NOT NULL,        -- canonical JSON
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_case ON audit_log(case_id);
      CREATE INDEX audit_log_feature ON audit_log(feature);
      CREATE INDEX audit_log_at ON audit_log(at);

      -- The last entry's seq and hash: deleting the newest rows breaks no link, but breaks this.
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END;
    `);
  },
};
