import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { knowledgeMetaTable } from '../../../../../../main/store/migrations/knowledge/001-knowledge-meta';
import { lawsTables } from '../../../../../../main/store/migrations/knowledge/002-laws';
import { caseCorpusTables } from '../../../../../../main/store/migrations/knowledge/003-case-corpus';
import { knowledgeMigrations } from '../../../../../../main/store/migrations/knowledge';
import { indexTokens } from '../../../../../../main/services/laws/fts-tokens';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('knowledge migration 003: case corpus', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'knowledge.db'), [knowledgeMetaTable, lawsTables, caseCorpusTables]);
    db.pragma('foreign_keys = ON');
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  const insertCase = (sourceId: string, kind = '刑事', level: string | null = '基层') =>
    db
      .prepare(
        `INSERT INTO cases (source, source_id, kind, court_level, causes, parties, facts, reasoning, result, cited, fact_key)
         VALUES ('t', ?, ?, ?, '[]', '', '事实', '', '', '[]', 'k')`,
      )
      .run(sourceId, kind, level).lastInsertRowid;

  it('is version 3 and registered after 002', () => {
    expect(caseCorpusTables.version).toBe(3);
    expect(knowledgeMigrations.slice(0, 3)).toEqual([knowledgeMetaTable, lawsTables, caseCorpusTables]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('creates cases, its cause and article rows and the bigram index', () => {
    expect(schemaObjects(db, 'table')).toEqual(
      expect.arrayContaining(['cases', 'case_causes', 'case_articles', 'cases_fts', 'cases_fts_terms']),
    );
    expect(columns(db, 'cases').map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'court_level',
        'region',
        'case_number',
        'causes',
        'decided_on',
        'facts',
        'reasoning',
        'result',
        'cited',
        'prison_months',
        'fine',
        'awarded',
        'fact_key',
      ]),
    );
  });

  it('refuses unknown kinds and levels and duplicate source ids; deletes cause and article rows with the case', () => {
    expect(() => insertCase('a', '行政')).toThrow(/CHECK/);
    expect(() => insertCase('a', '刑事', '省级')).toThrow(/CHECK/);
    const id = insertCase('a');
    expect(() => insertCase('a')).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO case_causes VALUES ('盗窃罪', ?)").run(id);
    db.prepare("INSERT INTO case_articles VALUES ('中华人民共和国刑法#264', ?)").run(id);
    db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM case_causes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM case_articles').pluck().get()).toBe(0);
  });

  it('finds a two-character query through the bigram index and counts documents per term', () => {
    db.prepare('INSERT INTO cases_fts (rowid, facts, focus) VALUES (1, ?, ?)').run(indexTokens('被告人盗窃电动车一辆'), '');
    db.prepare('INSERT INTO cases_fts (rowid, facts, focus) VALUES (2, ?, ?)').run(indexTokens('民间借贷纠纷'), '');
    expect(db.prepare(`SELECT rowid FROM cases_fts WHERE cases_fts MATCH '"盗窃"'`).pluck().all()).toEqual([1]);
    expect(db.prepare(`SELECT doc FROM cases_fts_terms WHERE term = '借贷'`).pluck().get()).toBe(1);
  });
});
