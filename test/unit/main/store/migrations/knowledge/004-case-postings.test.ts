import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { knowledgeMetaTable } from '../../../../../../main/store/migrations/knowledge/001-knowledge-meta';
import { lawsTables } from '../../../../../../main/store/migrations/knowledge/002-laws';
import { caseCorpusTables } from '../../../../../../main/store/migrations/knowledge/003-case-corpus';
import { casePostingsTables } from '../../../../../../main/store/migrations/knowledge/004-case-postings';
import { knowledgeMigrations } from '../../../../../../main/store/migrations/knowledge';
import { runMigrations } from '../../../../../../main/store/migration';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('knowledge migration 004: case postings and corpus state', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    // Up to 003 first, with cases already in it, as an existing store would be.
    db = migratedFile(join(tmp.dir, 'knowledge.db'), [knowledgeMetaTable, lawsTables, caseCorpusTables]);
    insertCase('a');
    insertCase('b');
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  function insertCase(sourceId: string): number {
    return Number(
      db
        .prepare(
          `INSERT INTO cases (source, source_id, kind, causes, parties, facts, reasoning, result, cited, fact_key)
           VALUES ('t', ?, '刑事', '[]', '', '事实', '', '', '[]', 'k')`,
        )
        .run(sourceId).lastInsertRowid,
    );
  }
  const state = () => db.prepare('SELECT cases, version FROM case_corpus_state').get() as { cases: number; version: number };
  const migrate = () => runMigrations(db, [knowledgeMetaTable, lawsTables, caseCorpusTables, casePostingsTables]);

  it('is version 4 and registered after 003', () => {
    migrate();
    expect(casePostingsTables.version).toBe(4);
    expect(knowledgeMigrations.slice(0, 4)).toEqual([knowledgeMetaTable, lawsTables, caseCorpusTables, casePostingsTables]);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
  });

  it('creates the postings table and starts the corpus state from the cases already there', () => {
    migrate();
    expect(schemaObjects(db, 'table')).toEqual(expect.arrayContaining(['case_postings', 'case_corpus_state']));
    expect(columns(db, 'case_postings').map((c) => c.name)).toEqual(['term', 'df', 'postings']);
    expect(state()).toEqual({ cases: 2, version: 0 });
  });

  it('counts inserts and deletes and moves the version on every change of a case’s text, not on other columns', () => {
    migrate();
    const id = insertCase('c');
    expect(state()).toEqual({ cases: 3, version: 1 });
    db.prepare("UPDATE cases SET facts = '另一事实' WHERE id = ?").run(id);
    expect(state()).toEqual({ cases: 3, version: 2 });
    db.prepare("UPDATE cases SET court = '某法院' WHERE id = ?").run(id);
    expect(state().version).toBe(2);
    db.prepare('DELETE FROM cases').run();
    expect(state()).toEqual({ cases: 0, version: 5 });
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
  });

  it('refuses a second state row and an empty posting term', () => {
    migrate();
    expect(() => db.prepare('INSERT INTO case_corpus_state (id, cases, version) VALUES (2, 0, 0)').run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO case_postings (term, df, postings) VALUES ('盗窃', 0, x'')").run()).toThrow(/CHECK/);
  });
});
