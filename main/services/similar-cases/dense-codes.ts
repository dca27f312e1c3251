// The quantised search's middle stage: int8 copies of the case vectors in memory. The exact
// rerank reads each candidate's float vector from knowledge.db; 2,000 random reads cost ≈ 13 ms
// with the file in the OS cache but ≈ 150–300 ms when it is not (right after a start, or on a
// machine that keeps little of a 6 GB file cached: `npm run bench similar` after dropping the
// caches, hybrid p50/p95 192/389 ms at 1M). Scoring the 2,000 candidates here first and reading
// only the best few hundred keeps the search fast either way; the returned distances stay exact.
// One byte per dimension: 256 MB at 1M cases, loaded with the bit index.
import type { Db } from '../../store/database';
import type { VectorMeta } from './dense-meta';
import { rerankTable } from './dense-meta';

interface VectorCodes {
  /** The meta record it was loaded for (see dense-bits.ts). */
  key: string;
  /** Case ids, ascending: a candidate's row is found by binary search. */
  ids: Float64Array;
  /** round(127 · x / max|x|) per dimension, row after row. */
  codes: Int8Array;
  /** max|x| / 127 per row: code · scale ≈ x. */
  scales: Float32Array;
  dimension: number;
}

const cache = new WeakMap<Db, VectorCodes>();

export function forgetVectorCodes(db: Db): void {
  cache.delete(db);
}

function load(db: Db, meta: VectorMeta, key: string): VectorCodes {
  const { dimension, count } = meta;
  const ids = new Float64Array(count);
  const codes = new Int8Array(count * dimension);
  const scales = new Float32Array(count);
  let n = 0;
  for (const row of db.prepare(`SELECT id, embedding FROM ${rerankTable} ORDER BY id`).iterate() as Iterable<{ id: number; embedding: Buffer }>) {
    if (n >= count || row.embedding.length !== dimension * 4) break;
    // The blob may start at any byte; copy to read it as floats.
    const vector = new Float32Array(Uint8Array.from(row.embedding).buffer);
    let max = 0;
    for (let j = 0; j < dimension; j += 1) max = Math.max(max, Math.abs(vector[j] as number));
    const scale = max > 0 ? max / 127 : 1;
    for (let j = 0, at = n * dimension; j < dimension; j += 1, at += 1) codes[at] = Math.round((vector[j] as number) / scale);
    ids[n] = row.id;
    scales[n] = scale;
    n += 1;
  }
  return { key, ids: ids.subarray(0, n), codes, scales, dimension };
}

export function vectorCodes(db: Db, meta: VectorMeta): VectorCodes {
  const key = JSON.stringify(meta);
  const cached = cache.get(db);
  if (cached?.key === key) return cached;
  const loaded = load(db, meta, key);
  cache.set(db, loaded);
  return loaded;
}

function rowOf(ids: Float64Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = ids[mid] as number;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The `count` candidates nearest to `vector` by the int8 estimate of the dot product (for unit
 * vectors, the L2 order; ties by id). A candidate without codes (none while the index record is
 * current) ranks last.
 */
export function nearestByCodes(db: Db, meta: VectorMeta, vector: Float32Array, candidates: readonly number[], count: number): number[] {
  if (candidates.length <= count) return [...candidates];
  const { ids, codes, scales, dimension } = vectorCodes(db, meta);
  const scored = candidates.map((id) => {
    const row = rowOf(ids, id);
    if (row < 0) return { id, dot: Number.NEGATIVE_INFINITY };
    let dot = 0;
    for (let j = 0, at = row * dimension; j < dimension; j += 1, at += 1) dot += (vector[j] as number) * (codes[at] as number);
    return { id, dot: dot * (scales[row] as number) };
  });
  scored.sort((a, b) => b.dot - a.dot || a.id - b.id);
  return scored.slice(0, count).map((s) => s.id);
}
