// The quantised search's middle stage: int8 copies of the case vectors, written with the vectors
// (dense-write.ts, 1,024 rows a record) and held in memory. The exact rerank reads each
// candidate's float vector from knowledge.db: cheap with the file in the OS cache, random disk
// reads when it is not (right after a start, or on a machine that keeps little of a 6 GB file
// cached). `npm run bench similar` at 1M with the OS caches dropped (JUDGEDESK_BENCH_SIMILAR_REUSE=1
// after `echo 3 > /proc/sys/vm/drop_caches`): hybrid p50/p95 192/389 ms reading 2,000 float
// vectors a query, 72/190 ms scoring them here first and reading only the best few hundred; the
// returned distances stay exact. One byte per dimension: 256 MB at 1M cases, loaded with the bit index.
import type { Db } from '../../store/database';
import type { VectorMeta } from './dense-meta';
import { codesTable } from './dense-meta';

const rowsPerRecord = 1024;

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

/** Collects rows into records of 1,024 (ids, codes, scales as blobs) of the empty codes table, inside the writer's transaction. */
export class CodeWriter {
  private ids = new Float64Array(rowsPerRecord);
  private codes: Int8Array;
  private scales = new Float32Array(rowsPerRecord);
  private size = 0;
  private records = 0;
  private readonly insert;

  constructor(
    db: Db,
    private readonly dimension: number,
  ) {
    this.insert = db.prepare(`INSERT INTO ${codesTable} (record, ids, codes, scales) VALUES (?, ?, ?, ?)`);
    this.codes = new Int8Array(rowsPerRecord * dimension);
  }

  add(id: number, vector: Float32Array): void {
    let max = 0;
    for (let j = 0; j < this.dimension; j += 1) max = Math.max(max, Math.abs(vector[j] as number));
    const inverse = max > 0 ? 127 / max : 1;
    for (let j = 0, at = this.size * this.dimension; j < this.dimension; j += 1, at += 1)
      this.codes[at] = Math.round((vector[j] as number) * inverse);
    this.ids[this.size] = id;
    this.scales[this.size] = 1 / inverse;
    this.size += 1;
    if (this.size === rowsPerRecord) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const n = this.size;
    const blob = (array: Float64Array | Int8Array | Float32Array, length: number) =>
      Buffer.from(array.buffer, 0, length * array.BYTES_PER_ELEMENT);
    this.insert.run(this.records, blob(this.ids, n), blob(this.codes, n * this.dimension), blob(this.scales, n));
    this.records += 1;
    this.size = 0;
  }
}

/** Every record in order; null when they do not hold exactly `count` rows (→ the caller reads no codes). */
function load(db: Db, meta: VectorMeta, key: string): VectorCodes | null {
  const { dimension, count } = meta;
  let ids = new Float64Array(count);
  let codes = new Int8Array(count * dimension);
  let scales = new Float32Array(count);
  let n = 0;
  const records = db.prepare(`SELECT ids, codes, scales FROM ${codesTable} ORDER BY record`).iterate() as Iterable<{
    ids: Buffer;
    codes: Buffer;
    scales: Buffer;
  }>;
  for (const record of records) {
    const rows = record.ids.length / 8;
    if (n + rows > count || record.codes.length !== rows * dimension || record.scales.length !== rows * 4) return null;
    // Blobs may start at any byte: copied byte-wise into the aligned arrays.
    new Uint8Array(ids.buffer, n * 8, rows * 8).set(record.ids);
    new Uint8Array(codes.buffer, n * dimension, rows * dimension).set(record.codes);
    new Uint8Array(scales.buffer, n * 4, rows * 4).set(record.scales);
    n += rows;
  }
  if (n !== count) return null;
  if (!ids.every((id, i) => i === 0 || id > (ids[i - 1] as number))) ({ ids, codes, scales } = sortedById(ids, codes, scales, dimension));
  return { key, ids, codes, scales, dimension };
}

/** The rows in id order (vectors written in another order, e.g. by a caller's own iterator). */
function sortedById(ids: Float64Array, codes: Int8Array, scales: Float32Array, dimension: number) {
  const order = Uint32Array.from(ids.keys()).sort((a, b) => (ids[a] as number) - (ids[b] as number));
  const out = { ids: new Float64Array(ids.length), codes: new Int8Array(codes.length), scales: new Float32Array(scales.length) };
  order.forEach((from, to) => {
    out.ids[to] = ids[from] as number;
    out.scales[to] = scales[from] as number;
    out.codes.set(codes.subarray(from * dimension, (from + 1) * dimension), to * dimension);
  });
  return out;
}

/** The codes of the current index (loaded once per index); null when its records are unusable. */
export function vectorCodes(db: Db, meta: VectorMeta): VectorCodes | null {
  const key = JSON.stringify(meta);
  const cached = cache.get(db);
  if (cached?.key === key) return cached;
  const loaded = load(db, meta, key);
  if (loaded) cache.set(db, loaded);
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
  const loaded = candidates.length <= count ? null : vectorCodes(db, meta);
  // Without usable codes every candidate goes to the exact rerank: slower, never wrong.
  if (!loaded) return [...candidates];
  const { ids, codes, scales, dimension } = loaded;
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
