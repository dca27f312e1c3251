// Case vectors at a scale the data folder does not have (100k, 1M), made from the real encoder's
// vectors of the eval corpus: each synthetic vector is a real one plus gaussian noise,
// renormalised. Used by the dense-vector bench and the similar-case scale bench, so both fill
// the same vectors.
import Database from 'better-sqlite3-multiple-ciphers';
import * as sqliteVec from 'sqlite-vec';
import type { CaseVectorRow } from '../../../main/services/similar-cases/dense-write';

/**
 * Noise norm (per dimension σ/√d). At 0.3 a synthetic vector keeps cosine ≈ 0.958 to its source —
 * about as far as a real case is from its nearest real neighbour (median cosine 0.967 over the
 * eval corpus) — and its nearest real vector was still its source in 300 of 300 draws. So the
 * synthetic corpus spreads like the real one without inventing new neighbourhoods.
 */
export const defaultSigma = 0.3;

/** mulberry32: the same vectors on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller). */
export function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export function normalise(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return vector.map((x) => x / norm);
}

/** A random unit vector of `dimension` (tests, and noise for sources). */
export function randomUnitVector(dimension: number, normal: () => number): Float32Array {
  return normalise(Float32Array.from({ length: dimension }, () => normal()));
}

export interface SyntheticVectorOptions {
  /** Noise norm; default defaultSigma. */
  sigma?: number;
  seed?: number;
  /** Id of the first synthetic row (default 1); ids are consecutive. */
  firstId?: number;
}

/**
 * `count` synthetic unit vectors, lazily (1M × 256 floats would be 1 GB held at once): row i is
 * normalise(sources[s] + σ·g/√d) with s drawn at random; `source` says which real vector it came from.
 */
export function* syntheticVectors(
  sources: readonly Float32Array[],
  count: number,
  options: SyntheticVectorOptions = {},
): Generator<CaseVectorRow & { source: number }> {
  if (sources.length === 0) throw new Error('没有可用作来源的真实案例向量');
  const random = seededRandom(options.seed ?? 20261126);
  const normal = gaussian(random);
  const sigma = options.sigma ?? defaultSigma;
  const dimension = (sources[0] as Float32Array).length;
  const scale = sigma / Math.sqrt(dimension);
  const firstId = options.firstId ?? 1;
  for (let i = 0; i < count; i += 1) {
    const source = Math.floor(random() * sources.length);
    const base = sources[source] as Float32Array;
    const vector = new Float32Array(dimension);
    for (let j = 0; j < dimension; j += 1) vector[j] = (base[j] as number) + scale * normal();
    yield { id: firstId + i, vector: normalise(vector), source };
  }
}

/**
 * The real case vectors of a knowledge.db (the eval corpus's case_vectors table, see
 * test/eval/similar-cases-dense.ts for building it), in id order; empty when it has none.
 */
export function realCaseVectors(knowledgeFile: string): Array<{ id: number; vector: Float32Array }> {
  const db = new Database(knowledgeFile, { readonly: true });
  try {
    sqliteVec.load(db);
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'case_vectors'").pluck().get() !== undefined;
    if (!hasTable) return [];
    const rows = db.prepare('SELECT rowid AS id, embedding FROM case_vectors').all() as Array<{ id: number | bigint; embedding: Buffer }>;
    return rows
      .map((r) => ({ id: Number(r.id), vector: new Float32Array(Uint8Array.from(r.embedding).buffer) }))
      .sort((a, b) => a.id - b.id);
  } finally {
    db.close();
  }
}
