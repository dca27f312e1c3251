import type { Migration } from '../../migration';

/**
 * Statutes: a law, its versions (民事诉讼法 2021 and 2023 …) and each version's articles, plus a
 * full-text index. Dates are ISO `YYYY-MM-DD` text so they sort and compare as strings.
 *
 * `articles_fts` is contentless (the text lives in `articles`; rowid = articles.id) and holds
 * character bigrams prepared by main/services/laws/fts-tokens.ts: FTS5's own trigram tokenizer
 * finds nothing for two-character Chinese queries such as 借贷.
 */
export const lawsTables: Migration = {
  version: 2,
  name: 'laws',
  up(db) {
    db.exec(`
      CREATE TABLE laws (
        id INTEGER PRIMARY KEY,
        -- Full title as in the text (中华人民共和国民法典); short_title is the catalogue name (民法典).
        title TEXT NOT NULL,
        short_title TEXT NOT NULL UNIQUE,
        -- 法律 / 行政法规 / 司法解释 / 部门规章 / 宪法 / 案例 / 其他
        level TEXT NOT NULL,
        issuer TEXT,
        category TEXT,
        publish_date TEXT,
        -- First day any version was in force; end_date is the day it stopped (repeal), if known.
        effective_date TEXT,
        end_date TEXT,
        -- First date in the history (刑法: 1979-07-01); can precede the earliest text in the store.
        adopted_date TEXT,
        -- Status on the day of import; queries compute it for their own date from the versions.
        status TEXT NOT NULL CHECK (status IN ('有效', '已废止', '尚未生效', '已修改')),
        repealed INTEGER NOT NULL DEFAULT 0 CHECK (repealed IN (0, 1)),
        successor_law_id INTEGER REFERENCES laws(id),
        successor_title TEXT,
        -- The provision that states the repeal, e.g. 第一千二百六十条 of 民法典.
        repeal_provision TEXT,
        -- 0 for a law known only because another law repealed it (合同法): no text in the store.
        has_text INTEGER NOT NULL CHECK (has_text IN (0, 1))
      ) STRICT;

      CREATE TABLE law_versions (
        id INTEGER PRIMARY KEY,
        law_id INTEGER NOT NULL REFERENCES laws(id) ON DELETE CASCADE,
        publish_date TEXT,
        effective_date TEXT,
        -- The next version's effective date, or the repeal date for the last one.
        end_date TEXT,
        -- 1 when this version stopped because the law was repealed (not amended).
        repealed INTEGER NOT NULL DEFAULT 0 CHECK (repealed IN (0, 1)),
        -- JSON: source files, catalogue row ids, history lines [{date, event}].
        source_files TEXT NOT NULL,
        catalogue_ids TEXT NOT NULL,
        history TEXT NOT NULL,
        article_count INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX law_versions_by_law ON law_versions(law_id, effective_date);

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        law_version_id INTEGER NOT NULL REFERENCES law_versions(id) ON DELETE CASCADE,
        -- Position within the version (0, 1, 2 …): neighbours and reading order.
        ordinal INTEGER NOT NULL,
        number INTEGER NOT NULL,
        -- 之一 → 1; NULL for a plain article.
        suffix INTEGER,
        label TEXT NOT NULL,
        -- JSON arrays: 编/章/节 headings; 款 texts; 项 [{paragraph, number, label, text}].
        chapter_path TEXT NOT NULL,
        text TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        items TEXT NOT NULL,
        source_file TEXT NOT NULL,
        source_line INTEGER NOT NULL,
        -- How many articles in the store cite this one (刑法第二百六十六条 …): a ranking signal.
        cited_by INTEGER NOT NULL DEFAULT 0,
        UNIQUE (law_version_id, ordinal)
      ) STRICT;
      CREATE INDEX articles_by_number ON articles(law_version_id, number, suffix);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        body,
        heading,
        content = '',
        tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
  },
};
