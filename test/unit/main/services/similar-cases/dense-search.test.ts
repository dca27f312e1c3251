import { afterEach, describe, expect, it } from 'vitest';
import { metaKey, readVectorMeta } from '../../../../../main/services/similar-cases/dense-meta';
import type { VectorMeta } from '../../../../../main/services/similar-cases/dense-meta';
import { exactNearest, nearestVectors, quantisedNearest, quantisedSearch } from '../../../../../main/services/similar-cases/dense-search';
import { writeCaseVectors } from '../../../../../main/services/similar-cases/dense-write';
import type { Db } from '../../../../../main/store/database';
import { gaussian, normalise, randomUnitVector, seededRandom } from '../../../../bench/support/synthetic-vectors';
import { bruteForce, clusteredRows, model, randomRows, vectorStore } from './dense-data';

let store: { db: Db; cleanup: () => void } | null = null;
afterEach(() => store?.cleanup());

function metaOf(db: Db): VectorMeta {
  const meta = readVectorMeta(db);
  if (!meta) throw new Error('no vector meta');
  return meta;
}

describe('quantised search with exact rerank', () => {
  it('returns exactly the exact top-k, distances included, when the candidates cover the corpus', async () => {
    store = vectorStore();
    const rows = randomRows(600, 64, 11);
    const meta = await writeCaseVectors(store.db, model, rows);
    const normal = gaussian(seededRandom(12));
    for (let q = 0; q < 20; q += 1) {
      const query = randomUnitVector(64, normal);
      const exact = exactNearest(store.db, query, 25);
      expect(exact.map((h) => h.id)).toEqual(bruteForce(rows, query, 25));
      expect(quantisedNearest(store.db, meta, query, 25, 600)).toEqual(exact);
    }
  });

  it('finds the exact top-10 of clustered vectors from a small hamming candidate list, better with more candidates', async () => {
    store = vectorStore();
    const db = store.db;
    // 20 clusters of 150: a query's top-10 all lie in one cluster, and the hamming stage must order within it.
    const { rows, centres } = clusteredRows(20, 150, 128, 0.6, 13);
    const meta = await writeCaseVectors(db, model, rows);
    const normal = gaussian(seededRandom(14));
    const queries = centres.flatMap((centre) => [0, 1].map(() => normalise(centre.map((x) => x + (0.6 / Math.sqrt(128)) * normal()))));
    const recallAt = (candidates: number) => {
      let found = 0;
      for (const query of queries) {
        const exact = new Set(exactNearest(db, query, 10).map((h) => h.id));
        found += quantisedNearest(db, meta, query, 10, candidates).filter((h) => exact.has(h.id)).length;
      }
      return found / (queries.length * 10);
    };
    const few = recallAt(40);
    const more = recallAt(150);
    expect(more).toBeGreaterThan(few);
    // 150 of 3,000 vectors (5 %) as candidates: most of each true top-10 must be among them.
    expect(more).toBeGreaterThanOrEqual(0.95);
  });

  it('searches exactly when the index has no trustworthy bit table', async () => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(300, 32, 15);
    await writeCaseVectors(db, model, rows);
    const query = rows[99]?.vector as Float32Array;
    const expected = bruteForce(rows, query, 5);
    // An emptied bit table shows which path answered: the quantised one finds nothing.
    db.exec('DELETE FROM case_vectors_bit');
    expect(nearestVectors(db, metaOf(db), query, 5, 'quantised')).toEqual([]);

    const stale: Array<[string, (meta: VectorMeta) => VectorMeta]> = [
      ['written before quantisation', ({ quantisation: _dropped, ...meta }) => meta],
      ['an older quantisation', (meta) => ({ ...meta, quantisation: { ...meta.quantisation!, version: 0 } })],
      ['another row count', (meta) => ({ ...meta, count: meta.count + 1 })],
    ];
    const original = metaOf(db);
    for (const [, change] of stale) {
      db.prepare('UPDATE knowledge_meta SET value = ? WHERE key = ?').run(JSON.stringify(change(original)), metaKey);
      expect(nearestVectors(db, metaOf(db), query, 5, 'quantised').map((h) => h.id)).toEqual(expected);
    }
    db.prepare('UPDATE knowledge_meta SET value = ? WHERE key = ?').run(JSON.stringify(original), metaKey);
    // An index written before the plain rerank table (quantisation version 1) has none: exact.
    db.exec('ALTER TABLE case_vector_rows RENAME TO case_vector_rows_gone');
    expect(nearestVectors(db, metaOf(db), query, 5, 'quantised').map((h) => h.id)).toEqual(expected);
    db.exec('ALTER TABLE case_vector_rows_gone RENAME TO case_vector_rows');
    db.exec('DROP TABLE case_vectors_bit');
    expect(nearestVectors(db, metaOf(db), query, 5, 'quantised').map((h) => h.id)).toEqual(expected);
  });

  it('chooses by size: exact below the threshold, quantised from it on', async () => {
    store = vectorStore();
    const db = store.db;
    const small = randomRows(500, 16, 16);
    await writeCaseVectors(db, model, small);
    db.exec('DELETE FROM case_vectors_bit');
    expect(nearestVectors(db, metaOf(db), small[3]?.vector as Float32Array, 3)).toHaveLength(3);

    // The same 500 vectors count as large under a threshold of 500.
    const tuning = { ...quantisedSearch, exactBelow: 500 };
    expect(nearestVectors(db, metaOf(db), small[3]?.vector as Float32Array, 3, 'auto', tuning)).toEqual([]);
    expect(nearestVectors(db, metaOf(db), small[3]?.vector as Float32Array, 3, 'exact', tuning)[0]?.id).toBe(4);
    expect(quantisedSearch.exactBelow).toBeGreaterThan(500);
  });
});
