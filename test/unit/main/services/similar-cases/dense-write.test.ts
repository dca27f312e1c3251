import { afterEach, describe, expect, it } from 'vitest';
import { loadVectorExtension, readVectorMeta } from '../../../../../main/services/similar-cases/dense-meta';
import { exactNearest } from '../../../../../main/services/similar-cases/dense-search';
import { writeCaseVectors } from '../../../../../main/services/similar-cases/dense-write';
import type { CaseVectorRow } from '../../../../../main/services/similar-cases/dense-write';
import type { Db } from '../../../../../main/store/database';
import { model, randomRows, vectorStore } from './dense-data';

let store: { db: Db; cleanup: () => void } | null = null;
afterEach(() => store?.cleanup());

const rowCount = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('writeCaseVectors', () => {
  it('writes the floats, their centred sign bits and the record, with progress for both passes', async () => {
    store = vectorStore();
    const rows = randomRows(2500, 32, 1);
    const progress: Array<[number, string]> = [];
    const meta = await writeCaseVectors(store.db, model, rows, (done, stage) => progress.push([done, stage]));

    expect(progress).toEqual([
      [1024, 'vectors'],
      [2048, 'vectors'],
      [2500, 'vectors'],
      [2500, 'quantised'],
    ]);
    expect(meta).toMatchObject({
      ...model,
      dimension: 32,
      count: 2500,
      quantisation: { kind: 'binary', table: 'case_vectors_bit', count: 2500 },
    });
    expect(readVectorMeta(store.db)).toEqual(meta);
    expect(rowCount(store.db, 'case_vectors')).toBe(2500);
    expect(rowCount(store.db, 'case_vectors_bit')).toBe(2500);
    // The centre is the mean, and each stored bit says whether a component lies above it.
    const mean = Array.from({ length: 32 }, (_, j) => rows.reduce((s, r) => s + (r.vector[j] as number), 0) / rows.length);
    meta.quantisation?.centre.forEach((c, j) => expect(c).toBeCloseTo(mean[j] as number, 5));
    const bits = store.db.prepare('SELECT embedding FROM case_vectors_bit WHERE rowid = 7').pluck().get() as Buffer;
    const vector = rows[6]?.vector as Float32Array;
    for (let j = 0; j < 32; j += 1) {
      expect(Boolean((bits[j >> 3] as number) & (1 << (j & 7)))).toBe((vector[j] as number) > (meta.quantisation?.centre[j] as number));
    }
  });

  it('takes rows from an async source (the encoder, batch by batch)', async () => {
    store = vectorStore();
    const rows = randomRows(300, 16, 2);
    async function* batches(): AsyncGenerator<CaseVectorRow> {
      for (const row of rows) yield await Promise.resolve(row);
    }
    const meta = await writeCaseVectors(store.db, model, batches());
    expect(meta.count).toBe(300);
    expect(exactNearest(store.db, rows[10]?.vector as Float32Array, 1)[0]?.id).toBe(11);
  });

  it('leaves the previous index exactly as it was when the source fails half way', async () => {
    store = vectorStore();
    const old = randomRows(100, 16, 3);
    const before = await writeCaseVectors(store.db, model, old);
    const fresh = randomRows(1500, 16, 4);
    async function* failing(): AsyncGenerator<CaseVectorRow> {
      for (const [i, row] of fresh.entries()) {
        if (i === 1200) throw new Error('编码器进程意外退出');
        yield row;
      }
    }
    await expect(writeCaseVectors(store.db, { ...model, sha256: 'b'.repeat(64) }, failing())).rejects.toThrow('编码器进程意外退出');

    expect(store.db.inTransaction).toBe(false);
    expect(readVectorMeta(store.db)).toEqual(before);
    expect(rowCount(store.db, 'case_vectors')).toBe(100);
    expect(rowCount(store.db, 'case_vectors_bit')).toBe(100);
    expect(exactNearest(store.db, old[41]?.vector as Float32Array, 1)[0]?.id).toBe(42);
  });

  it.each([
    ['a vector of another dimension', { id: 51, vector: new Float32Array(8) }, '案例 #51 的向量维度 8 与索引维度 16 不符'],
    ['a NaN component', { id: 52, vector: new Float32Array(16).fill(Number.NaN) }, '案例 #52 的向量含非有限数值'],
    ['a non-integer case id', { id: 1.5, vector: new Float32Array(16) }, '案例编号 1.5 无效'],
  ])('refuses %s with a message naming the case, and keeps the old index', async (_what, bad, message) => {
    store = vectorStore();
    const before = await writeCaseVectors(store.db, model, randomRows(40, 16, 5));
    await expect(writeCaseVectors(store.db, model, [...randomRows(50, 16, 6), bad])).rejects.toThrow(message);
    expect(readVectorMeta(store.db)).toEqual(before);
    expect(rowCount(store.db, 'case_vectors')).toBe(40);
  });

  it('records an empty corpus and leaves the tables of migration 006 empty', async () => {
    store = vectorStore();
    await writeCaseVectors(store.db, model, randomRows(30, 16, 7));
    const meta = await writeCaseVectors(store.db, model, []);
    expect(meta).toEqual({ ...model, dimension: 0, count: 0 });
    loadVectorExtension(store.db);
    for (const table of ['case_vectors', 'case_vectors_bit', 'case_vector_rows', 'case_vector_codes'])
      expect(rowCount(store.db, table)).toBe(0);
  });

  it('recreates the tables at the dimension of the vectors written (vec0 fixes it at creation)', async () => {
    store = vectorStore();
    const sqlOf = (name: string) => store?.db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name) as string;
    expect(sqlOf('case_vectors')).toContain('float[256]');
    const rows = randomRows(20, 24, 8);
    await writeCaseVectors(store.db, model, rows);
    expect(sqlOf('case_vectors')).toContain('float[24]');
    expect(sqlOf('case_vectors_bit')).toContain('bit[24]');
    expect(exactNearest(store.db, rows[4]?.vector as Float32Array, 1)[0]?.id).toBe(5);
  });
});
