import type { Migration } from '../../migration';

/**
 * The user's cases (案件): one row per case with its parties (当事人) and claims (诉讼请求) in
 * their own tables so a party name is searchable, plus the snapshot kept before every edit so
 * the last edits can be undone. Cases are never deleted: 归档 and 移除 are statuses.
 */
export const casesTables: Migration = {
  version: 3,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        case_number TEXT NOT NULL,          -- 案号, normalised to full-width parentheses
        cause_of_action TEXT NOT NULL,      -- 案由 or 罪名
        procedure TEXT NOT NULL,            -- code from shared/domain/case-procedures
        court TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'archived', 'removed')),
        filed_on TEXT,                      -- 立案日期 YYYY-MM-DD
        hearing_on TEXT,                    -- 开庭日期
        time_limit_days INTEGER CHECK (time_limit_days IS NULL OR time_limit_days > 0), -- 审限
        closed_on TEXT,                     -- 结案日期
        panel TEXT NOT NULL,                -- JSON: 审判长, 审判员, 人民陪审员, 书记员
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      -- A removed case gives its number back (it was entered by mistake); every other keeps it.
      CREATE UNIQUE INDEX cases_case_number ON cases(case_number) WHERE status <> 'removed';
      CREATE INDEX cases_status ON cases(status);
      CREATE INDEX cases_filed_on ON cases(filed_on);

      CREATE TABLE case_parties (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,                 -- 原告, 被告, 第三人, 被告人 …
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'legal_person', 'organization')),
        id_number TEXT,
        address TEXT,
        phone TEXT,
        agent TEXT,
        PRIMARY KEY (case_id, position)
      ) STRICT;
      CREATE INDEX case_parties_name ON case_parties(name);

      CREATE TABLE case_claims (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        amount_fen INTEGER,                 -- in 分, so sums are exact
        PRIMARY KEY (case_id, position)
      ) STRICT;

      -- The whole case as it was before the edit that made version + 1; undo restores the newest
      -- one not yet undone, as a new version, so a stale editor still gets CONFLICT.
      CREATE TABLE case_history (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        snapshot TEXT NOT NULL,             -- JSON
        replaced_at TEXT NOT NULL,
        replaced_by TEXT NOT NULL,
        undone_at TEXT,
        PRIMARY KEY (case_id, version)
      ) STRICT;
    `);
  },
};
