import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sqliteVec from 'sqlite-vec';
import {
  bitTable,
  codesTable,
  loadVectorExtension,
  metaKey,
  readVectorMeta,
  rerankTable,
  vectorBlob,
  vectorTable,
} from '../../../../../../main/services/similar-cases/dense-meta';
import { exactNearest, nearestVectors } from '../../../../../../main/services/similar-cases/dense-search';
import { writeCaseVectors } from '../../../../../../main/services/similar-cases/dense-write';
import { openDatabase } from '../../../../../../main/store/database';
import type { Db } from '../../../../../../main/store/database';
import { runMigrations } from '../../../../../../main/store/migration';
import { knowledgeMigrations } from '../../../../../../main/store/migrations/knowledge';
import { knowledgeMetaTable } from '../../../../../../main/store/migrations/knowledge/001-knowledge-meta';
import { lawsTables } from '../../../../../../main/store/migrations/knowledge/002-laws';
import { caseCorpusTables } from '../../../../../../main/store/migrations/knowledge/003-case-corpus';
import { casePostingsTables } from '../../../../../../main/store/migrations/knowledge/004-case-postings';
import { caseTermDfIndex } from '../../../../../../main/store/migrations/knowledge/005-case-term-df';
import { caseVectorDimension, caseVectorTables } from '../../../../../../main/store/migrations/knowledge/006-case-vectors';
import { migratedFile, schemaObjects, sqlOf } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';
import { model, randomRows } from '../../../services/similar-cases/dense-data';

const upTo005 = [knowledgeMetaTable, lawsTables, caseCorpusTables, casePostingsTables, caseTermDfIndex];
const vectorTables = [vectorTable, bitTable, rerankTable, codesTable];

describe('knowledge migration 006: the case-vector tables', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let db: RawDb | Db | null = null;
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'knowledge.db');
  });
  afterEach(() => {
    db?.close();
    db = null;
    tmp.cleanup();
  });

  it('is version 6, registered after 005', () => {
    db = migratedFile(file, [...upTo005, caseVectorTables]);
    expect(caseVectorTables.version).toBe(6);
    expect(knowledgeMigrations.slice(0, 6)).toEqual([...upTo005, caseVectorTables]);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
  });

  it('creates the four tables the similar-case search reads, at the legal encoder’s dimension, loading sqlite-vec itself', () => {
    // A plain connection without the extension: the migration must load it to create vec0 tables.
    db = migratedFile(file, [...upTo005, caseVectorTables]);
    expect(schemaObjects(db, 'table')).toEqual(expect.arrayContaining(vectorTables));
    const encoder = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../../../models/legal-encoder/card.json'), 'utf8')) as {
      trainingCounts: { dimension: number };
    };
    expect(caseVectorDimension).toBe(encoder.trainingCounts.dimension);
    expect(sqlOf(db, vectorTable)).toContain(`vec0(embedding float[${caseVectorDimension}])`);
    expect(sqlOf(db, bitTable)).toContain(`vec0(embedding bit[${caseVectorDimension}])`);
    for (const table of vectorTables) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });

  it('is written and searched right after a fresh store is created', async () => {
    db = openDatabase({ file, migrations: knowledgeMigrations });
    const rows = randomRows(50, caseVectorDimension, 61);
    await writeCaseVectors(db, model, rows);
    expect(exactNearest(db, rows[17]?.vector as Float32Array, 1)[0]?.id).toBe(18);
  });

  /**
   * A store indexed by the code before this migration: the writer made the tables itself, at the
   * vectors' dimension (16 here), and older writers left out the plain rows and the codes.
   */
  function oldIndexedStore(withQuantisedCopies: boolean) {
    const old = migratedFile(file, upTo005);
    sqliteVec.load(old);
    const rows = randomRows(120, 16, 62);
    old.exec(`CREATE VIRTUAL TABLE ${vectorTable} USING vec0(embedding float[16])`);
    const insert = old.prepare(`INSERT INTO ${vectorTable} (rowid, embedding) VALUES (?, ?)`);
    for (const row of rows) insert.run(BigInt(row.id), vectorBlob(row.vector));
    const meta: Record<string, unknown> = { ...model, dimension: 16, count: rows.length };
    if (withQuantisedCopies) {
      old.exec(`CREATE VIRTUAL TABLE ${bitTable} USING vec0(embedding bit[16])`);
      old.exec(`CREATE TABLE ${rerankTable} (id INTEGER PRIMARY KEY, embedding BLOB NOT NULL)`);
      old.exec(`INSERT INTO ${bitTable} (rowid, embedding) SELECT rowid, vec_quantize_binary(embedding) FROM ${vectorTable}`);
      old.exec(`INSERT INTO ${rerankTable} (id, embedding) SELECT rowid, embedding FROM ${vectorTable}`);
      meta.quantisation = { kind: 'binary', version: 2, table: bitTable, centre: new Array(16).fill(0), count: rows.length };
    }
    old.prepare('INSERT INTO knowledge_meta (key, value) VALUES (?, ?)').run(metaKey, JSON.stringify(meta));
    old.close();
    return rows;
  }

  it.each([
    ['floats only', false],
    ['floats, bits and plain rows (quantisation version 2)', true],
  ])('keeps an index written before it (%s): same tables and rows, still searched, through two opens', async (_what, quantised) => {
    const rows = oldIndexedStore(quantised);
    for (let open = 0; open < 2; open += 1) {
      db = openDatabase({ file, migrations: knowledgeMigrations });
      expect(db.pragma('user_version', { simple: true })).toBe(knowledgeMigrations.length);
      expect(sqlOf(db as RawDb, vectorTable)).toContain('float[16]');
      // Tables the old index lacked are added at its dimension, empty.
      expect(sqlOf(db as RawDb, bitTable)).toContain('bit[16]');
      expect(db.prepare(`SELECT count(*) FROM ${codesTable}`).pluck().get()).toBe(0);
      // As denseRetriever does before it reads: a later open runs no migration, so nothing else loaded sqlite-vec.
      loadVectorExtension(db);
      const meta = readVectorMeta(db);
      expect(meta).toMatchObject({ dimension: 16, count: rows.length });
      for (const i of [3, 77]) {
        const query = rows[i]?.vector as Float32Array;
        expect(exactNearest(db, query, 1)[0]?.id).toBe(i + 1);
        expect(nearestVectors(db, meta!, query, 3, 'auto')[0]?.id).toBe(i + 1);
      }
      db.close();
      db = null;
    }
  });

  it('leaves an index the current writer made untouched when it runs on that store', async () => {
    db = migratedFile(file, [...upTo005, caseVectorTables]);
    db.close();
    db = openDatabase({ file, migrations: knowledgeMigrations });
    const rows = randomRows(40, 32, 63);
    await writeCaseVectors(db, model, rows);
    const tablesSql = vectorTables.map((t) => sqlOf(db as RawDb, t));
    // Re-running the migration's step (as a store copied back to version 5 would) changes nothing.
    db.pragma('user_version = 5');
    runMigrations(db, knowledgeMigrations);
    expect(vectorTables.map((t) => sqlOf(db as RawDb, t))).toEqual(tablesSql);
    expect(db.prepare(`SELECT count(*) FROM ${vectorTable}`).pluck().get()).toBe(40);
  });
});
