import type { Migration } from '../../migration';

/**
 * Impact-ordered bigram postings for long fact queries (main/services/similar-cases/
 * postings-index.ts). FTS5 has to score every case that shares any query bigram, which grows
 * with the corpus; `case_postings` keeps, per bigram of the facts column, only the cases where
 * it weighs most (ids as Uint32, BM25 impacts as Float32, best first), so a query reads a few
 * fixed-size rows whatever the corpus size.
 *
 * `case_corpus_state` is kept by triggers on `cases`: the count (an O(1) corpus size, where
 * count(*) scans an index of a million rows) and a version that moves on every insert, delete or
 * change of facts. The postings index records the version it was built for, so any write to the
 * corpus, by any path, makes it stale and search falls back to FTS instead of answering wrong.
 */
export const casePostingsTables: Migration = {
  version: 4,
  name: 'case-postings',
  up(db) {
    db.exec(`
      CREATE TABLE case_postings (
        term TEXT PRIMARY KEY,
        -- cases whose facts hold the bigram (all of them, also where postings keeps fewer)
        df INTEGER NOT NULL CHECK (df > 0),
        -- n × Uint32 case id, then n × Float32 impact, in descending impact
        postings BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE case_corpus_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        cases INTEGER NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;
      INSERT INTO case_corpus_state (id, cases, version) SELECT 1, count(*), 0 FROM cases;

      CREATE TRIGGER cases_state_insert AFTER INSERT ON cases BEGIN
        UPDATE case_corpus_state SET cases = cases + 1, version = version + 1 WHERE id = 1;
      END;
      CREATE TRIGGER cases_state_delete AFTER DELETE ON cases BEGIN
        UPDATE case_corpus_state SET cases = cases - 1, version = version + 1 WHERE id = 1;
      END;
      CREATE TRIGGER cases_state_update AFTER UPDATE OF id, facts, reasoning ON cases BEGIN
        UPDATE case_corpus_state SET version = version + 1 WHERE id = 1;
      END;
    `);
  },
};
