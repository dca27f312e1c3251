import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { knowledgeMetaTable } from '../../../../../../main/store/migrations/knowledge/001-knowledge-meta';
import { lawsTables } from '../../../../../../main/store/migrations/knowledge/002-laws';
import { caseCorpusTables } from '../../../../../../main/store/migrations/knowledge/003-case-corpus';
import { casePostingsTables } from '../../../../../../main/store/migrations/knowledge/004-case-postings';
import { caseTermDfIndex } from '../../../../../../main/store/migrations/knowledge/005-case-term-df';
import { knowledgeMigrations } from '../../../../../../main/store/migrations/knowledge';
import { runMigrations } from '../../../../../../main/store/migration';
import { migratedFile } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('knowledge migration 005: the (term, df) covering index', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  const upTo004 = [knowledgeMetaTable, lawsTables, caseCorpusTables, casePostingsTables];
  beforeEach(() => {
    tmp = tempDir();
    // A store at 004 with postings already built, as one imported before this migration would be.
    db = migratedFile(join(tmp.dir, 'knowledge.db'), upTo004);
    const insert = db.prepare('INSERT INTO case_postings (term, df, postings) VALUES (?, ?, ?)');
    insert.run('盗窃', 7, Buffer.alloc(8 * 7));
    insert.run('借贷', 3, Buffer.alloc(8 * 3));
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('is version 5, registered after 004, and indexes the postings already there', () => {
    runMigrations(db, [...upTo004, caseTermDfIndex]);
    expect(caseTermDfIndex.version).toBe(5);
    expect(knowledgeMigrations.slice(0, 5)).toEqual([...upTo004, caseTermDfIndex]);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const lookup = "SELECT df FROM case_postings INDEXED BY case_postings_df WHERE term = '盗窃'";
    expect(db.prepare(lookup).pluck().get()).toBe(7);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${lookup}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' ');
    expect(plan).toContain('COVERING INDEX case_postings_df');
  });
});
