import type { Migration } from '../../migration';

/**
 * Similar-case corpus: judgments normalised from the pack's `cases` part (see
 * main/services/similar-cases). `causes` and `cited` are JSON for display; `case_causes` and
 * `case_articles` hold the same facts as rows so filters and the by-articles mode use indexes.
 *
 * `cases_fts` is contentless (rowid = cases.id) with the statute store's character bigrams
 * (main/services/laws/fts-tokens.ts): `facts` for search by facts, `focus` (the court's
 * reasoning, which names the dispute focus; the facts when a source has no reasoning) for search
 * by dispute focus. `cases_fts_terms` exposes document frequencies, so a long fact query keeps
 * only its most telling bigrams.
 */
export const caseCorpusTables: Migration = {
  version: 3,
  name: 'case-corpus',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        source_id TEXT NOT NULL,
        -- 刑事 / 民事
        kind TEXT NOT NULL CHECK (kind IN ('刑事', '民事')),
        court TEXT,
        -- 最高 / 高级 / 中级 / 基层
        court_level TEXT CHECK (court_level IN ('最高', '高级', '中级', '基层')),
        region TEXT,
        case_number TEXT,
        causes TEXT NOT NULL,
        decided_on TEXT,
        parties TEXT NOT NULL,
        facts TEXT NOT NULL,
        reasoning TEXT NOT NULL,
        result TEXT NOT NULL,
        -- JSON [{key, citation, articleId}]: cited articles as resolved against the statute store.
        cited TEXT NOT NULL,
        prison_months INTEGER,
        life_imprisonment INTEGER NOT NULL DEFAULT 0 CHECK (life_imprisonment IN (0, 1)),
        death_penalty INTEGER NOT NULL DEFAULT 0 CHECK (death_penalty IN (0, 1)),
        fine INTEGER,
        awarded INTEGER,
        -- sha256 of the whitespace-free facts, first 16 hex: duplicates across sources, held-out lists.
        fact_key TEXT NOT NULL,
        UNIQUE (source, source_id)
      ) STRICT;
      CREATE INDEX cases_by_fact_key ON cases(fact_key);
      CREATE INDEX cases_by_date ON cases(decided_on);

      CREATE TABLE case_causes (
        cause TEXT NOT NULL,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        PRIMARY KEY (cause, case_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_causes_by_case ON case_causes(case_id);

      -- article_key: 中华人民共和国刑法#264 (law title # number, 之一 as -1), stable across versions.
      CREATE TABLE case_articles (
        article_key TEXT NOT NULL,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        PRIMARY KEY (article_key, case_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_articles_by_case ON case_articles(case_id);

      CREATE VIRTUAL TABLE cases_fts USING fts5(
        facts,
        focus,
        content = '',
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE VIRTUAL TABLE cases_fts_terms USING fts5vocab(cases_fts, 'row');
    `);
  },
};
