import { afterEach, describe, expect, it } from 'vitest';
import { asymmetricCandidates, hammingCandidates } from '../../../../../main/services/similar-cases/dense-bits';
import { vectorBlob } from '../../../../../main/services/similar-cases/dense-meta';
import { writeCaseVectors } from '../../../../../main/services/similar-cases/dense-write';
import type { Db } from '../../../../../main/store/database';
import { gaussian, randomUnitVector, seededRandom } from '../../../../bench/support/synthetic-vectors';
import { bruteForce, clusteredRows, model, randomRows, vectorStore } from './dense-data';
import { normalise } from '../../../../bench/support/synthetic-vectors';

let store: { db: Db; cleanup: () => void } | null = null;
afterEach(() => store?.cleanup());

describe('hammingCandidates', () => {
  // 256 dimensions (the encoder's) take the unrolled scan, others the general one.
  it.each([64, 256])(
    'picks the rows sqlite-vec itself ranks nearest by hamming distance over the stored bits (%i dimensions)',
    async (dimension) => {
      store = vectorStore();
      const db = store.db;
      const meta = await writeCaseVectors(db, model, randomRows(2000, dimension, 31));
      const quantisation = meta.quantisation!;
      const centre = vectorBlob(Float32Array.from(quantisation.centre));
      const sqliteHamming = db.prepare(
        'SELECT rowid AS id, distance FROM case_vectors_bit WHERE embedding MATCH vec_quantize_binary(vec_sub(?, ?)) AND k = ?',
      );
      const normal = gaussian(seededRandom(32));
      for (let q = 0; q < 10; q += 1) {
        const query = randomUnitVector(dimension, normal);
        const reference = sqliteHamming.all(vectorBlob(query), centre, 2000) as Array<{ id: number; distance: number }>;
        const distanceOf = new Map(reference.map((r) => [Number(r.id), r.distance]));
        const cut = reference[49]?.distance as number;
        const picked = hammingCandidates(db, meta, quantisation, query, 50);
        expect(picked).toHaveLength(50);
        expect(new Set(picked).size).toBe(50);
        // Same query bits, same stored bits: every pick is within the 50th smallest distance, and
        // every row strictly nearer than that cut is picked (rows at the cut are tie-broken freely).
        for (const id of picked) expect(distanceOf.get(id)).toBeLessThanOrEqual(cut);
        for (const r of reference.filter((x) => x.distance < cut)) expect(picked).toContain(Number(r.id));
      }
    },
  );

  it('reloads after the index is rebuilt', async () => {
    store = vectorStore();
    const db = store.db;
    const first = await writeCaseVectors(db, model, randomRows(100, 16, 33));
    const query = randomUnitVector(16, gaussian(seededRandom(34)));
    expect(hammingCandidates(db, first, first.quantisation!, query, 500)).toHaveLength(100);
    const second = await writeCaseVectors(db, model, randomRows(250, 16, 35));
    expect(hammingCandidates(db, second, second.quantisation!, query, 500)).toHaveLength(250);
  });
});

describe('loading the sign bits', () => {
  it('reads sqlite-vec chunks when they hold exactly the index, and row by row when they do not', async () => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(2100, 32, 36);
    const meta = await writeCaseVectors(db, model, rows);
    const query = rows[1500]?.vector as Float32Array;
    const all = hammingCandidates(db, meta, meta.quantisation!, query, 5000);
    expect(new Set(all).size).toBe(2100);
    expect(hammingCandidates(db, meta, meta.quantisation!, query, 1)).toEqual([1501]);
    // A row deleted behind the record's back: the chunk count no longer matches, the row-by-row
    // read still gives every stored row (and no deleted one).
    db.exec('DELETE FROM case_vectors_bit WHERE rowid = 1501');
    const rebuiltMeta = { ...meta, version: 'reload' };
    const after = hammingCandidates(db, rebuiltMeta, meta.quantisation!, query, 5000);
    expect(new Set(after).size).toBe(2099);
    expect(after).not.toContain(1501);
  });
});

describe('asymmetricCandidates', () => {
  it('keeps more of the true top-10 than as many plain hamming candidates', async () => {
    store = vectorStore();
    const db = store.db;
    const { rows, centres } = clusteredRows(20, 150, 128, 0.6, 37);
    const meta = await writeCaseVectors(db, model, rows);
    const normal = gaussian(seededRandom(38));
    let hamming = 0;
    let asymmetric = 0;
    for (const centre of centres) {
      const query = normalise(centre.map((x) => x + (0.6 / Math.sqrt(128)) * normal()));
      const truth = new Set(bruteForce(rows, query, 10));
      hamming += hammingCandidates(db, meta, meta.quantisation!, query, 30).filter((id) => truth.has(id)).length;
      asymmetric += asymmetricCandidates(db, meta, meta.quantisation!, query, 30, 4).filter((id) => truth.has(id)).length;
    }
    expect(asymmetric).toBeGreaterThan(hamming);
    // With widen = 1 it re-orders the same hamming rows: the same set.
    const query = centres[0] as Float32Array;
    expect(new Set(asymmetricCandidates(db, meta, meta.quantisation!, query, 30, 1))).toEqual(
      new Set(hammingCandidates(db, meta, meta.quantisation!, query, 30)),
    );
  });
});
