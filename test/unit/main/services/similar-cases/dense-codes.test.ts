import { afterEach, describe, expect, it } from 'vitest';
import { forgetVectorCodes, nearestByCodes } from '../../../../../main/services/similar-cases/dense-codes';
import { nearestVectors } from '../../../../../main/services/similar-cases/dense-search';
import { readVectorMeta } from '../../../../../main/services/similar-cases/dense-meta';
import { writeCaseVectors } from '../../../../../main/services/similar-cases/dense-write';
import type { Db } from '../../../../../main/store/database';
import { gaussian, randomUnitVector, seededRandom } from '../../../../bench/support/synthetic-vectors';
import { bruteForce, model, randomRows, vectorStore } from './dense-data';

let store: { db: Db; cleanup: () => void } | null = null;
afterEach(() => store?.cleanup());

describe('int8 codes between the hamming stage and the exact rerank', () => {
  it('keeps the true nearest of the candidates (the int8 estimate orders like the floats)', async () => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(1500, 256, 41);
    await writeCaseVectors(db, model, rows);
    const meta = readVectorMeta(db)!;
    const normal = gaussian(seededRandom(42));
    const candidates = rows.filter((r) => r.id % 3 !== 0).map((r) => r.id);
    const inCandidates = new Set(candidates);
    for (let q = 0; q < 10; q += 1) {
      const query = randomUnitVector(256, normal);
      const exact = bruteForce(rows, query, 10, (id) => inCandidates.has(id));
      const picked = nearestByCodes(db, meta, query, candidates, 40);
      expect(picked).toHaveLength(40);
      // All ten exact nearest survive a cut to 40 of 1,000, and what comes first is the nearest
      // or within the int8 error (≈ 0.002 of a dot product) of it.
      for (const id of exact) expect(picked).toContain(id);
      const dot = (id: number) => (rows[id - 1]?.vector as Float32Array).reduce((sum, x, j) => sum + x * (query[j] as number), 0);
      expect(dot(exact[0] as number) - dot(picked[0] as number)).toBeLessThan(0.002);
    }
  });

  it('ranks an id without codes last, returns short lists whole, and follows a rewrite of the vectors', async () => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(300, 32, 43);
    await writeCaseVectors(db, model, rows);
    const query = rows[4]?.vector as Float32Array;
    expect(nearestByCodes(db, readVectorMeta(db)!, query, [5, 999_999], 1)).toEqual([5]);
    expect(nearestByCodes(db, readVectorMeta(db)!, query, [999_999, 7], 5)).toEqual([999_999, 7]);
    // New vectors for the same ids: the codes loaded for the old ones must not answer.
    const moved = randomRows(300, 32, 44);
    await writeCaseVectors(db, model, moved);
    const target = moved[9]?.vector as Float32Array;
    expect(
      nearestByCodes(
        db,
        readVectorMeta(db)!,
        target,
        rows.map((r) => r.id),
        1,
      ),
    ).toEqual([10]);
  });

  it('reads codes written out of id order, and sends every candidate to the exact rerank when the records are damaged', async () => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(2100, 32, 45).reverse();
    await writeCaseVectors(db, model, rows);
    const query = rows[100]?.vector as Float32Array;
    const all = rows.map((r) => r.id);
    expect(nearestByCodes(db, readVectorMeta(db)!, query, all, 1)).toEqual([rows[100]?.id]);
    // A truncated record (as after a damaged copy): no codes, every candidate kept, none invented.
    db.prepare('UPDATE case_vector_codes SET codes = substr(codes, 1, 100) WHERE record = 1').run();
    forgetVectorCodes(db);
    expect(nearestByCodes(db, readVectorMeta(db)!, query, all.slice(0, 50), 5)).toEqual(all.slice(0, 50));
  });

  it('an index written before the codes existed (no codes table) is searched exactly', async () => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(300, 32, 46);
    await writeCaseVectors(db, model, rows);
    db.exec('DROP TABLE case_vector_codes');
    const query = rows[3]?.vector as Float32Array;
    expect(nearestVectors(db, readVectorMeta(db)!, query, 5, 'quantised').map((h) => h.id)).toEqual(bruteForce(rows, query, 5));
    db.exec('DELETE FROM case_vectors_bit');
    // Exact: an emptied bit table changes nothing, where the quantised path would find nothing.
    expect(nearestVectors(db, readVectorMeta(db)!, query, 5, 'quantised').map((h) => h.id)).toEqual(bruteForce(rows, query, 5));
  });
});
