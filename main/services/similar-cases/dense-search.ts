// Nearest case vectors, two ways. Exact: sqlite-vec's brute-force L2 KNN over the float table
// (linear in rows: fine for a court's own corpus, too slow at 1M). Quantised: hamming distance
// over the centred sign bits (scanned in memory, see dense-bits.ts) for a wide candidate list,
// then the exact L2 distance of each candidate from its float vector — the returned distances are
// always exact, only the candidate set is approximate (its recall against exact is measured by
// `npm run bench dense`).
import type { Db } from '../../store/database';
import { asymmetricCandidates } from './dense-bits';
import { nearestByCodes } from './dense-codes';
import type { VectorMeta } from './dense-meta';
import { rerankTable, usableQuantisation, vectorBlob, vectorTable } from './dense-meta';

export interface VectorHit {
  id: number;
  /** L2 distance between unit vectors (the order of cosine similarity). */
  distance: number;
}

export type DenseStrategy = 'auto' | 'exact' | 'quantised';

/**
 * Tuned with `npm run bench dense` (real encoder vectors, 200 real queries, k = 90, idle 2-core
 * machine): at 1M, 1,000 candidates give recall@10 0.97 and 2,000 give 0.99 at p50/p95 22/29 ms
 * against 369/434 ms for the exact scan, so 2,000. They are picked by the asymmetric score from
 * widen × as many hamming candidates, and their int8 codes choose the 200 whose float vectors are
 * read. At 100k the exact scan takes p50 27 ms, already fast, so below 150,000 vectors search is
 * exact and every answer has full recall.
 */
export const quantisedSearch: QuantisedTuning = { rerankFactor: 4, minCandidates: 2000, widen: 4, exactBelow: 150_000, exactReads: 200 };

export interface QuantisedTuning {
  rerankFactor: number;
  minCandidates: number;
  widen: number;
  exactBelow: number;
  /** Candidates whose float vectors are read for the exact distance, at least 2k (dense-codes.ts picks them). */
  exactReads: number;
}

export function exactNearest(db: Db, vector: Float32Array, k: number): VectorHit[] {
  if (k <= 0) return [];
  const rows = db
    .prepare(`SELECT rowid AS id, distance FROM ${vectorTable} WHERE embedding MATCH ? AND k = ? ORDER BY distance`)
    .all(vectorBlob(vector), k) as Array<{ id: number | bigint; distance: number }>;
  return rows.map((r) => ({ id: Number(r.id), distance: r.distance }));
}

/**
 * Quantised first stage for `candidates` rows (dense-bits.ts), the `exactReads` best of them by
 * their int8 codes (dense-codes.ts), exact L2 rerank of those, the best `k` (ties by id).
 */
export function quantisedNearest(
  db: Db,
  meta: VectorMeta,
  vector: Float32Array,
  k: number,
  candidates: number,
  widen: number = quantisedSearch.widen,
  exactReads: number = quantisedSearch.exactReads,
): VectorHit[] {
  const quantisation = usableQuantisation(db, meta);
  if (k <= 0 || !quantisation) return [];
  const wide = asymmetricCandidates(db, meta, quantisation, vector, Math.max(k, candidates), widen);
  const ids = nearestByCodes(db, meta, vector, wide, Math.max(2 * k, exactReads));
  // One statement over the plain rerank table (see rerankTable), its rowid looked up per
  // candidate, cheaper than a statement per candidate (a `rowid IN (… json_each)` over vec0 itself
  // is a full scan, and vec0's point read walks a 1 MB chunk blob). vec_distance_l2 is the function
  // the exact scan uses, in the same float32 arithmetic, so a candidate's distance is identical on
  // both paths.
  const rows = db
    .prepare(`SELECT id, vec_distance_l2(embedding, ?) AS distance FROM ${rerankTable} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(vectorBlob(vector), JSON.stringify(ids)) as Array<{ id: number; distance: number }>;
  return rows.sort((a, b) => a.distance - b.distance || a.id - b.id).slice(0, k);
}

/** The search path for this index: quantised when its bit table is trustworthy and the corpus is large. */
export function nearestVectors(
  db: Db,
  meta: VectorMeta,
  vector: Float32Array,
  k: number,
  strategy: DenseStrategy = 'auto',
  tuning: QuantisedTuning = quantisedSearch,
): VectorHit[] {
  const quantisation = strategy === 'exact' ? null : usableQuantisation(db, meta);
  const large = meta.count >= tuning.exactBelow;
  if (!quantisation || (strategy === 'auto' && !large)) return exactNearest(db, vector, k);
  const candidates = Math.max(k * tuning.rerankFactor, tuning.minCandidates);
  return quantisedNearest(db, meta, vector, k, candidates, tuning.widen, tuning.exactReads);
}
