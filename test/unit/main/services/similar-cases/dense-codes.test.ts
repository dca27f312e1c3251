import { afterEach, describe, expect, it } from 'vitest';
import { nearestByCodes } from '../../../../../main/services/similar-cases/dense-codes';
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
    expect(nearestByCodes(db, readVectorMeta(db)!, target, rows.map((r) => r.id), 1)).toEqual([10]);
  });
});
