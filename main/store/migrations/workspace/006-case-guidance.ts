import type { Migration } from '../../migration';

/**
 * What the judge decided on the machine's case guidance: the mark on each 证据指引 item
 * (已满足 / 缺失 / 不适用) and every dismissed missing-evidence prompt. The suggestions themselves
 * are recomputed from the dossier on each view and audited as AI output; only human decisions are
 * stored here, so a better checklist never overwrites what a judge said. Triage thresholds live
 * in the settings table (key 'triage.config').
 */
export const caseGuidanceTables: Migration = {
  version: 6,
  name: 'case-guidance',
  up(db) {
    db.exec(`
      CREATE TABLE checklist_marks (
        case_id TEXT NOT NULL REFERENCES cases(id),
        checklist_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('satisfied', 'missing', 'not_applicable')),
        note TEXT NOT NULL DEFAULT '',
        marked_by TEXT NOT NULL,
        marked_at TEXT NOT NULL,
        PRIMARY KEY (case_id, checklist_id, item_id)
      ) STRICT;

      -- Append-only: a dismissal is a fact about the past, never edited.
      CREATE TABLE checklist_dismissals (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        checklist_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        dismissed_by TEXT NOT NULL,
        dismissed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX checklist_dismissals_case ON checklist_dismissals(case_id, checklist_id, item_id);
      CREATE TRIGGER checklist_dismissals_no_update BEFORE UPDATE ON checklist_dismissals
        BEGIN SELECT RAISE(ABORT, '忽略记录不可修改'); END;
      CREATE TRIGGER checklist_dismissals_no_delete BEFORE DELETE ON checklist_dismissals
        BEGIN SELECT RAISE(ABORT, '忽略记录不可删除'); END;
    `);
  },
};
