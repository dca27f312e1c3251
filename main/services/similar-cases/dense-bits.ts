// The hamming first stage in memory. sqlite-vec's own KNN over the bit table costs O(rows × k)
// (measured: k = 10 → 0.5 ms, k = 400 → 9.4 ms, k = 1000 → 31 ms over 12k rows), so a wide
// candidate list at 1M rows would take most of a second. The sign bits are small (32 bytes a
// case: 32 MB at 1M), so they are read once from the bit table and scanned here: XOR + popcount
// per row, then a histogram of the integer distances gives the candidate cut in one more pass.
import type { Db } from '../../store/database';
import type { QuantisationMeta, VectorMeta } from './dense-meta';

interface BitIndex {
  /** The meta record it was loaded for: any rebuild changes it (count, centre, encoder). */
  key: string;
  ids: Float64Array;
  words: Uint32Array;
  wordsPerRow: number;
  centre: Float32Array;
}

const cache = new WeakMap<Db, BitIndex>();

/** Drops the cached bits of `db` (writeCaseVectors calls it: the next search reloads). */
export function forgetBitIndex(db: Db): void {
  cache.delete(db);
}

function load(db: Db, meta: VectorMeta, quantisation: QuantisationMeta, key: string): BitIndex {
  const wordsPerRow = Math.ceil(meta.dimension / 32);
  const ids = new Float64Array(quantisation.count);
  const words = new Uint32Array(quantisation.count * wordsPerRow);
  const bytes = new Uint8Array(words.buffer);
  let n = 0;
  for (const row of db.prepare(`SELECT rowid AS id, embedding FROM ${quantisation.table}`).iterate() as Iterable<{ id: number | bigint; embedding: Buffer }>) {
    if (n >= ids.length) break;
    ids[n] = Number(row.id);
    bytes.set(row.embedding, n * wordsPerRow * 4);
    n += 1;
  }
  return { key, ids: ids.subarray(0, n), words, wordsPerRow, centre: Float32Array.from(quantisation.centre) };
}

function bitIndex(db: Db, meta: VectorMeta, quantisation: QuantisationMeta): BitIndex {
  const key = JSON.stringify(meta);
  const cached = cache.get(db);
  if (cached?.key === key) return cached;
  const index = load(db, meta, quantisation, key);
  cache.set(db, index);
  return index;
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Ids of the `count` rows nearest in hamming distance to sign(vector − centre); ties by storage order. */
export function hammingCandidates(db: Db, meta: VectorMeta, quantisation: QuantisationMeta, vector: Float32Array, count: number): number[] {
  const index = bitIndex(db, meta, quantisation);
  const { ids, words, wordsPerRow, centre } = index;
  const query = new Uint32Array(wordsPerRow);
  for (let j = 0; j < vector.length; j += 1) {
    if ((vector[j] as number) > (centre[j] as number)) query[j >> 5] = (query[j >> 5] as number) | (1 << (j & 31));
  }
  const rows = ids.length;
  const distances = new Uint16Array(rows);
  const histogram = new Uint32Array(wordsPerRow * 32 + 1);
  for (let r = 0, base = 0; r < rows; r += 1, base += wordsPerRow) {
    let d = 0;
    for (let w = 0; w < wordsPerRow; w += 1) d += popcount(((words[base + w] as number) ^ (query[w] as number)) >>> 0);
    distances[r] = d;
    histogram[d] = (histogram[d] as number) + 1;
  }
  // The cut: every row below `cut`, then rows at exactly `cut` in storage order until `count`.
  let cut = 0;
  let below = 0;
  while (cut < histogram.length - 1 && below + (histogram[cut] as number) < count) below += histogram[cut++] as number;
  let atCut = Math.max(0, count - below);
  const out: number[] = [];
  for (let r = 0; r < rows; r += 1) {
    const d = distances[r] as number;
    if (d < cut || (d === cut && atCut-- > 0)) out.push(ids[r] as number);
  }
  return out;
}
