import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { knowledgeMetaTable } from '../../../../../../main/store/migrations/knowledge/001-knowledge-meta';
import { knowledgeMigrations } from '../../../../../../main/store/migrations/knowledge';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('knowledge migration 001: knowledge_meta', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'knowledge.db'), [knowledgeMetaTable]);
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('is version 1 and the first knowledge migration', () => {
    expect(knowledgeMetaTable.version).toBe(1);
    expect(knowledgeMigrations[0]).toBe(knowledgeMetaTable);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates knowledge_meta(key primary key, value not null)', () => {
    expect(schemaObjects(db, 'table')).toEqual(['knowledge_meta']);
    expect(columns(db, 'knowledge_meta').map((c) => [c.name, c.type, c.notnull, c.pk])).toEqual([
      ['key', 'TEXT', 1, 1],
      ['value', 'TEXT', 1, 0],
    ]);
    db.prepare("INSERT INTO knowledge_meta VALUES ('packVersion', '2026.1')").run();
    expect(() => db.prepare("INSERT INTO knowledge_meta VALUES ('packVersion', '2026.2')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO knowledge_meta VALUES ('x', NULL)").run()).toThrow(/NOT NULL/);
  });
});
