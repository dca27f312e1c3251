// Nearest case vectors, two ways. Exact: sqlite-vec's brute-force L2 KNN over the float table
// (linear in rows: fine for a court's own corpus, too slow at 1M). Quantised: hamming distance
// over the centred sign bits (scanned in memory, see dense-bits.ts) for a wide candidate list,
// then the exact L2 distance of each candidate from its float vector — the returned distances are
// always exact, only the candidate set is approximate (its recall against exact is measured by
// `npm run bench dense`).
import type { Db } from '../../store/database';
import { hammingCandidates } from './dense-bits';
import type { VectorMeta } from './dense-meta';
import { usableQuantisation, vectorBlob, vectorTable } from './dense-meta';

export interface VectorHit {
  id: number;
  /** L2 distance between unit vectors (the order of cosine similarity). */
  distance: number;
}

export type DenseStrategy = 'auto' | 'exact' | 'quantised';

/**
 * Tuned with `npm run bench dense` on the real encoder's vectors: candidates = max(k × 4, 400)
 * kept recall@10 against exact ≥ 0.99 at 100k and 1M; below 20,000 vectors the exact scan costs
 * about as little as the two stages, so it is used there (and gives the exact list for free).
 */
export const quantisedSearch = { rerankFactor: 4, minCandidates: 400, exactBelow: 20_000 } as const;

export function exactNearest(db: Db, vector: Float32Array, k: number): VectorHit[] {
  if (k <= 0) return [];
  const rows = db
    .prepare(`SELECT rowid AS id, distance FROM ${vectorTable} WHERE embedding MATCH ? AND k = ? ORDER BY distance`)
    .all(vectorBlob(vector), k) as Array<{ id: number | bigint; distance: number }>;
  return rows.map((r) => ({ id: Number(r.id), distance: r.distance }));
}

/** Hamming first stage over `candidates` rows (dense-bits.ts), exact L2 rerank, the best `k` (ties by id). */
export function quantisedNearest(db: Db, meta: VectorMeta, vector: Float32Array, k: number, candidates: number): VectorHit[] {
  const quantisation = usableQuantisation(db, meta);
  if (k <= 0 || !quantisation) return [];
  const ids = hammingCandidates(db, meta, quantisation, vector, Math.max(k, candidates));
  // One statement: SQLite turns `rowid IN (…)` into point reads of the vec0 table (half the cost
  // of one statement per id), and sqlite-vec computes the distance in the same float32
  // arithmetic as the exact scan, so a candidate's distance is identical on both paths.
  const rows = db
    .prepare(`SELECT rowid AS id, vec_distance_l2(embedding, ?) AS distance FROM ${vectorTable} WHERE rowid IN (SELECT value FROM json_each(?))`)
    .all(vectorBlob(vector), JSON.stringify(ids)) as Array<{ id: number | bigint; distance: number }>;
  return rows
    .map((r) => ({ id: Number(r.id), distance: r.distance }))
    .sort((a, b) => a.distance - b.distance || a.id - b.id)
    .slice(0, k);
}

/** The search path for this index: quantised when its bit table is trustworthy and the corpus is large. */
export function nearestVectors(db: Db, meta: VectorMeta, vector: Float32Array, k: number, strategy: DenseStrategy = 'auto'): VectorHit[] {
  const quantisation = strategy === 'exact' ? null : usableQuantisation(db, meta);
  const large = meta.count >= quantisedSearch.exactBelow;
  if (!quantisation || (strategy === 'auto' && !large)) return exactNearest(db, vector, k);
  const candidates = Math.max(k * quantisedSearch.rerankFactor, quantisedSearch.minCandidates);
  return quantisedNearest(db, meta, vector, k, candidates);
}
