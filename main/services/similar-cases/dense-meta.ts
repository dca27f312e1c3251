// What knowledge.db records about its case vectors: which encoder made them, how many, and how
// the quantised copy was made. A search trusts the quantised table only when this record says it
// was written by the same writer version with the same count; anything else falls back to exact.
import type { Db } from '../../store/database';
import { loadSqliteVec } from '../../store/vector-extension';

/** Float vectors (exact search and the rerank source). */
export const vectorTable = 'case_vectors';
/** Sign bits of (vector − centre): the hamming first stage. */
export const bitTable = 'case_vectors_bit';
/**
 * The float vectors again as plain rows (id → 1 KB blob) for the rerank's point reads: a vec0
 * read by rowid walks a 1 MB chunk blob, 16 µs when memory-mapped but ≈ 325 µs through read(),
 * and a 1M-case knowledge.db (4.8 GB with its postings) puts the vectors past SQLite's 2 GB mmap
 * ceiling. `npm run bench similar` at 1M cases: hybrid p50 838 ms reading vec0, 96 ms from this table.
 */
export const rerankTable = 'case_vector_rows';
/** int8 codes of the vectors, 1,024 rows a record (dense-codes.ts): the stage before the exact rerank. */
export const codesTable = 'case_vector_codes';
export const metaKey = 'caseVectorsModel';
/**
 * The layout of the quantised tables (sign bits, centring, int8 codes). A search trusts only a
 * record of this version; one written by another version is searched exactly until rebuilt.
 */
export const quantisationVersion = 3;

export interface EncoderRef {
  id: string;
  version: string;
  sha256: string;
}

export interface QuantisationMeta {
  kind: 'binary';
  version: number;
  table: string;
  /**
   * The corpus mean, subtracted before taking signs: the encoder's vectors share a large common
   * component (|mean| ≈ 0.49), and centring raised recall@10 at 50 candidates from 0.885 to 0.892
   * on the eval corpus. Float32 values, so JSON round-trips them exactly.
   */
  centre: number[];
  count: number;
}

export interface VectorMeta extends EncoderRef {
  dimension: number;
  count: number;
  /** Absent when the index has no quantised copy: it is searched exactly. */
  quantisation?: QuantisationMeta;
}

const loaded = new WeakSet<Db>();
/**
 * Loads sqlite-vec into `db` once, and memory-maps the file: the exact scan and the bit-index load
 * read whole 1 MB vec0 chunk blobs, cheaper mapped than through read() (the rerank reads plain
 * rows, see rerankTable). 0x7fff0000 is SQLite's default ceiling (larger values are clamped).
 */
export function loadVectorExtension(db: Db): void {
  if (loaded.has(db)) return;
  loadSqliteVec(db);
  db.pragma('mmap_size = 2147418112');
  loaded.add(db);
}

export function readVectorMeta(db: Db): VectorMeta | null {
  const raw = db.prepare('SELECT value FROM knowledge_meta WHERE key = ?').pluck().get(metaKey) as string | undefined;
  return raw ? (JSON.parse(raw) as VectorMeta) : null;
}

export function tableExists(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').pluck().get(name) !== undefined;
}

/** The quantised table when it can be trusted for this index, else null (→ exact search). */
export function usableQuantisation(db: Db, meta: VectorMeta | null): QuantisationMeta | null {
  const q = meta?.quantisation;
  if (!meta || !q || q.kind !== 'binary' || q.version !== quantisationVersion || q.table !== bitTable) return null;
  if (
    q.count !== meta.count ||
    q.centre.length !== meta.dimension ||
    !tableExists(db, q.table) ||
    !tableExists(db, rerankTable) ||
    !tableExists(db, codesTable)
  )
    return null;
  return q;
}

export function vectorBlob(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}
