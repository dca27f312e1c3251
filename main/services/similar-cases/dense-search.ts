// Nearest case vectors, two ways. Exact: sqlite-vec's brute-force L2 KNN over the float table
// (≈ 0.65 ms per 1,000 cases here: fine for a court's own corpus, too slow at 1M). Quantised:
// hamming KNN over the sign bits for a wide candidate list, then the exact L2 distance of each
// candidate from its float vector — the returned distances are always exact, only the candidate
// set is approximate (its recall against exact is measured by `npm run bench dense`).
import type { Db } from '../../store/database';
import type { QuantisationMeta, VectorMeta } from './dense-meta';
import { bitTable, usableQuantisation, vectorBlob, vectorTable } from './dense-meta';

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

/** Hamming first stage over `candidates` rows, exact L2 rerank, the best `k` (ties by id). */
export function quantisedNearest(db: Db, vector: Float32Array, k: number, candidates: number, quantisation: QuantisationMeta): VectorHit[] {
  if (k <= 0) return [];
  const centre = vectorBlob(Float32Array.from(quantisation.centre));
  const ids = db
    .prepare(`SELECT rowid AS id FROM ${bitTable} WHERE embedding MATCH vec_quantize_binary(vec_sub(?, ?)) AND k = ?`)
    .pluck()
    .all(vectorBlob(vector), centre, Math.max(k, candidates)) as Array<number | bigint>;
  // Point reads by rowid (≈ 20 µs each): sqlite-vec computes the distance in the same float32
  // arithmetic as the exact scan, so a candidate's distance is identical on both paths.
  const distanceOf = db.prepare(`SELECT vec_distance_l2(embedding, ?) FROM ${vectorTable} WHERE rowid = ?`).pluck();
  const query = vectorBlob(vector);
  const hits: VectorHit[] = [];
  for (const id of ids) {
    const distance = distanceOf.get(query, id) as number | undefined;
    if (distance !== undefined) hits.push({ id: Number(id), distance });
  }
  return hits.sort((a, b) => a.distance - b.distance || a.id - b.id).slice(0, k);
}

/** The search path for this index: quantised when its bit table is trustworthy and the corpus is large. */
export function nearestVectors(db: Db, meta: VectorMeta, vector: Float32Array, k: number, strategy: DenseStrategy = 'auto'): VectorHit[] {
  const quantisation = strategy === 'exact' ? null : usableQuantisation(db, meta);
  const large = meta.count >= quantisedSearch.exactBelow;
  if (!quantisation || (strategy === 'auto' && !large)) return exactNearest(db, vector, k);
  const candidates = Math.max(k * quantisedSearch.rerankFactor, quantisedSearch.minCandidates);
  return quantisedNearest(db, vector, k, candidates, quantisation);
}
