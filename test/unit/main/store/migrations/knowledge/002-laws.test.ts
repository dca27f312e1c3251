import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { knowledgeMetaTable } from '../../../../../../main/store/migrations/knowledge/001-knowledge-meta';
import { lawsTables } from '../../../../../../main/store/migrations/knowledge/002-laws';
import { knowledgeMigrations } from '../../../../../../main/store/migrations/knowledge';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('knowledge migration 002: laws, law_versions, articles, articles_fts', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'knowledge.db'), [knowledgeMetaTable, lawsTables]);
    db.pragma('foreign_keys = ON');
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('is version 2 and registered after 001', () => {
    expect(lawsTables.version).toBe(2);
    expect(knowledgeMigrations.slice(0, 2)).toEqual([knowledgeMetaTable, lawsTables]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('creates the tables with the columns the services use', () => {
    expect(schemaObjects(db, 'table')).toEqual(
      expect.arrayContaining(['articles', 'articles_fts', 'knowledge_meta', 'law_versions', 'laws']),
    );
    expect(columns(db, 'articles').map((c) => c.name)).toEqual([
      'id',
      'law_version_id',
      'ordinal',
      'number',
      'suffix',
      'label',
      'chapter_path',
      'text',
      'paragraphs',
      'items',
      'source_file',
      'source_line',
      'cited_by',
    ]);
    expect(columns(db, 'laws').map((c) => c.name)).toEqual(
      expect.arrayContaining(['title', 'short_title', 'level', 'issuer', 'effective_date', 'end_date', 'status', 'successor_law_id']),
    );
  });

  it('constrains status, unique short titles, and deletes versions and articles with their law', () => {
    const law = db
      .prepare(
        "INSERT INTO laws (title, short_title, level, status, has_text) VALUES ('中华人民共和国示例法', '示例法', '法律', '有效', 1)",
      )
      .run().lastInsertRowid;
    expect(() =>
      db.prepare("INSERT INTO laws (title, short_title, level, status, has_text) VALUES ('x', 'y', '法律', '失效', 1)").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO laws (title, short_title, level, status, has_text) VALUES ('x', '示例法', '法律', '有效', 1)").run(),
    ).toThrow(/UNIQUE/);
    const version = db
      .prepare("INSERT INTO law_versions (law_id, source_files, catalogue_ids, history) VALUES (?, '[]', '[]', '[]')")
      .run(law).lastInsertRowid;
    db.prepare(
      `INSERT INTO articles (law_version_id, ordinal, number, label, chapter_path, text, paragraphs, items, source_file, source_line)
       VALUES (?, 0, 1, '第一条', '[]', '第一条 民间借贷', '[]', '[]', 'x.md', 3)`,
    ).run(version);
    db.prepare('DELETE FROM laws WHERE id = ?').run(law);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
  });

  it('has a contentless FTS5 table that matches prepared bigrams', () => {
    db.prepare("INSERT INTO articles_fts (rowid, body, heading) VALUES (7, '民间 间借 借贷 贷', '示例法')").run();
    expect(db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"借贷"'`).all()).toEqual([{ rowid: 7 }]);
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')").run();
    expect(db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"借贷"'`).all()).toEqual([]);
  });
});
