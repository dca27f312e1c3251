// Impact-ordered, statically pruned bigram postings for long fact queries (knowledge migration
// 004). FTS5 scores every case sharing any of a query's 32 bigrams, so its time grows with the
// corpus; here each bigram keeps only its P best cases by BM25 impact, precomputed, so a query
// reads at most 32 × P postings at any corpus size. The impacts are FTS5's own bm25 terms
// (k1 1.2, b 0.75, row length = facts + focus tokens, as cases_fts scores them), so when P ≥ df
// the ranking is the FTS ranking. Built for one state of the corpus (case_corpus_state.version);
// any later write to `cases` makes it stale and search falls back to FTS.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../store/database';
import { pairText, scanTokens, tokenCount } from './postings-tokens';

export const postingsMetaKey = 'casePostingsIndex';
/** Cases kept per bigram; 3,000 × 32 terms ≈ 100k postings per query (see the similar bench). */
export const DEFAULT_MAX_POSTINGS = 3000;
/** Bigrams in more than this share of cases are not stored (lexical-search skips them too). */
export const MAX_DOC_SHARE = 0.05;
const K1 = 1.2;
const B = 0.75;
const PAGE = 1000;

export interface PostingsMeta {
  /** case_corpus_state when built: the index is current only while these still hold. */
  cases: number;
  maxId: number;
  version: number;
  maxPostings: number;
  avgdl: number;
  terms: number;
  postings: number;
  builtAt: string;
}

export interface CorpusState {
  cases: number;
  version: number;
}

export function corpusState(db: Db): CorpusState {
  return (
    (db.prepare('SELECT cases, version FROM case_corpus_state WHERE id = 1').get() as CorpusState | undefined) ?? { cases: 0, version: 0 }
  );
}

export function postingsMeta(db: Db): PostingsMeta | null {
  const raw = db.prepare('SELECT value FROM knowledge_meta WHERE key = ?').pluck().get(postingsMetaKey) as string | undefined;
  return raw ? (JSON.parse(raw) as PostingsMeta) : null;
}

/** The index's meta when it was built for the corpus as it is now; null when missing or stale. */
export function currentPostings(db: Db): PostingsMeta | null {
  const meta = postingsMeta(db);
  if (!meta) return null;
  const state = corpusState(db);
  if (meta.version !== state.version || meta.cases !== state.cases) return null;
  const maxId = (db.prepare('SELECT max(id) FROM cases').pluck().get() as number | null) ?? 0;
  return maxId === meta.maxId ? meta : null;
}

/** FTS5's bm25 idf (fts5_aux.c): never ≤ 0. */
export function bm25Idf(cases: number, df: number): number {
  const idf = Math.log((cases - df + 0.5) / (df + 0.5));
  return idf > 0 ? idf : 1e-6;
}

/**
 * Per term, the best `capacity` (case, weight) pairs seen so far: a plain array until full, then
 * a min-heap on weight, so a better case replaces the weakest. Typed arrays, not objects: a
 * million-case corpus has hundreds of thousands of terms.
 */
class TopPerTerm {
  private ids: Uint32Array[] = [];
  private weights: Float32Array[] = [];
  private sizes = new Int32Array(1024);
  df = new Int32Array(1024);

  constructor(private readonly capacity: number) {}

  get termCount(): number {
    return this.ids.length;
  }

  add(term: number, id: number, weight: number): void {
    if (term === this.ids.length) this.grow();
    this.df[term] = (this.df[term] ?? 0) + 1;
    const size = this.sizes[term] ?? 0;
    let ids = this.ids[term] as Uint32Array;
    let weights = this.weights[term] as Float32Array;
    if (size < this.capacity) {
      if (size === ids.length) {
        const next = Math.min(this.capacity, ids.length * 4);
        ids = copyInto(new Uint32Array(next), ids);
        weights = copyInto(new Float32Array(next), weights);
        this.ids[term] = ids;
        this.weights[term] = weights;
      }
      ids[size] = id;
      weights[size] = weight;
      this.sizes[term] = size + 1;
      if (size + 1 === this.capacity) for (let i = (this.capacity >> 1) - 1; i >= 0; i -= 1) siftDown(ids, weights, i, this.capacity);
      return;
    }
    // Ties keep the earlier case, as the FTS path lists equal scores by id.
    if (weight <= (weights[0] ?? 0)) return;
    ids[0] = id;
    weights[0] = weight;
    siftDown(ids, weights, 0, this.capacity);
  }

  /** The kept pairs of one term, best first (ties by id). */
  sorted(term: number): { ids: Uint32Array; weights: Float32Array } {
    const size = this.sizes[term] ?? 0;
    const ids = (this.ids[term] as Uint32Array).subarray(0, size);
    const weights = (this.weights[term] as Float32Array).subarray(0, size);
    if (size < 2) return { ids, weights };
    const order = Array.from({ length: size }, (_, i) => i).sort(
      (a, b) => (weights[b] as number) - (weights[a] as number) || (ids[a] as number) - (ids[b] as number),
    );
    return { ids: Uint32Array.from(order, (i) => ids[i] as number), weights: Float32Array.from(order, (i) => weights[i] as number) };
  }

  release(term: number): void {
    this.ids[term] = new Uint32Array(0);
    this.weights[term] = new Float32Array(0);
  }

  private grow(): void {
    this.ids.push(new Uint32Array(Math.min(4, this.capacity)));
    this.weights.push(new Float32Array(Math.min(4, this.capacity)));
    if (this.ids.length > this.sizes.length) {
      this.sizes = copyInto(new Int32Array(this.sizes.length * 2), this.sizes);
      this.df = copyInto(new Int32Array(this.df.length * 2), this.df);
    }
  }
}

function copyInto<T extends Uint32Array | Float32Array | Int32Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}

function siftDown(ids: Uint32Array, weights: Float32Array, start: number, size: number): void {
  let i = start;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < size && isWeaker(ids, weights, left, smallest)) smallest = left;
    if (right < size && isWeaker(ids, weights, right, smallest)) smallest = right;
    if (smallest === i) return;
    swap(ids, i, smallest);
    swap(weights, i, smallest);
    i = smallest;
  }
}

/** The heap root is the pair to drop first: the lowest weight, and among equals the latest case. */
function isWeaker(ids: Uint32Array, weights: Float32Array, a: number, b: number): boolean {
  const wa = weights[a] as number;
  const wb = weights[b] as number;
  return wa < wb || (wa === wb && (ids[a] as number) > (ids[b] as number));
}

function swap(array: Uint32Array | Float32Array, a: number, b: number): void {
  const t = array[a] as number;
  array[a] = array[b] as number;
  array[b] = t;
}

/** n ids then n impacts, in the machine's byte order (little-endian on every supported PC), as stored in case_postings.postings. */
export function encodePostings(ids: Uint32Array, impacts: Float32Array): Buffer {
  const n = ids.length;
  const out = new ArrayBuffer(n * 8);
  new Uint32Array(out, 0, n).set(ids);
  new Float32Array(out, n * 4, n).set(impacts);
  return Buffer.from(out);
}

export function decodePostings(blob: Buffer): { ids: Uint32Array; impacts: Float32Array } {
  const n = blob.length / 8;
  // Typed-array views need 4-byte alignment; a SQLite blob may start anywhere.
  const bytes = blob.byteOffset % 4 === 0 ? blob : Buffer.from(blob);
  return { ids: new Uint32Array(bytes.buffer, bytes.byteOffset, n), impacts: new Float32Array(bytes.buffer, bytes.byteOffset + n * 4, n) };
}

interface CaseText {
  id: number;
  facts: string;
  reasoning: string;
}

/** Every case in id order, a page at a time (the connection stays free between pages). */
function* casePages(db: Db): Generator<CaseText[]> {
  const page = db.prepare('SELECT id, facts, reasoning FROM cases WHERE id > ? ORDER BY id LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after, PAGE) as CaseText[];
    if (rows.length === 0) return;
    yield rows;
    after = (rows.at(-1) as CaseText).id;
  }
}

/**
 * FTS5's own row count and token total (both columns), from its averages record (cases_fts_data
 * id 1: SQLite varints, rows then tokens per column): what bm25 divides by. Null when absent
 * (the scale bench's 1M store without FTS).
 */
export function ftsAverages(db: Db): { rows: number; tokens: number } | null {
  const hasFts = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'cases_fts_data'").pluck().get() !== undefined;
  if (!hasFts) return null;
  const block = db.prepare('SELECT block FROM cases_fts_data WHERE id = 1').pluck().get() as Buffer | undefined;
  if (!block) return null;
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let i = 0; i < 9 && at < block.length; i += 1) {
      const byte = block[at++] as number;
      if (i === 8) return value * 256 + byte;
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) return value;
    }
    return value;
  };
  const rows = varint();
  const tokens = varint() + varint();
  return { rows, tokens };
}

export interface BuildPostingsOptions {
  maxPostings?: number;
  /** Cases read so far over the corpus size. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * (Re)builds case_postings for the corpus as it is. Runs in the caller's transaction when there
 * is one (the pack import), else in its own; either way the index and its meta change together.
 */
export async function buildCasePostings(db: Db, options: BuildPostingsOptions = {}): Promise<PostingsMeta> {
  const own = !db.inTransaction;
  if (own) db.exec('BEGIN IMMEDIATE');
  try {
    const meta = await build(db, options);
    if (own) db.exec('COMMIT');
    return meta;
  } catch (error) {
    if (own && db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

async function build(db: Db, options: BuildPostingsOptions): Promise<PostingsMeta> {
  const maxPostings = options.maxPostings ?? DEFAULT_MAX_POSTINGS;
  const state = corpusState(db);
  const total = state.cases;
  let done = 0;
  let lastYield = performance.now();
  const progress = async () => {
    if (performance.now() - lastYield < 50) return;
    options.onProgress?.(done, total);
    await yieldToEventLoop();
    lastYield = performance.now();
  };

  // The average row length every impact depends on: FTS5's own figures when they describe this
  // corpus (always, after CaseWriter), else a first pass over the texts.
  const averages = ftsAverages(db);
  let avgdl = averages && averages.rows === total && total > 0 ? averages.tokens / total : 0;
  if (avgdl === 0) {
    let tokens = 0;
    for (const rows of casePages(db)) for (const c of rows) tokens += tokenCount(c.facts) + tokenCount(c.reasoning || c.facts);
    avgdl = total ? tokens / total : 1;
  }

  // Each facts bigram's best cases by the length-normalised term weight (the idf, the same for
  // every case of a term, is applied when written).
  const vocabulary = new Map<number, number>();
  const top = new TopPerTerm(maxPostings);
  // Term counts of the current case, by term index (no Map per case: a million of them churn the GC).
  let tf = new Int32Array(1 << 16);
  const seen: number[] = [];
  const count = (key: number) => {
    let index = vocabulary.get(key);
    if (index === undefined) {
      index = vocabulary.size;
      vocabulary.set(key, index);
      if (index >= tf.length) tf = copyInto(new Int32Array(2 * tf.length), tf);
    }
    if (tf[index] === 0) seen.push(index);
    tf[index] = (tf[index] as number) + 1;
  };
  let cases = 0;
  let maxId = 0;
  for (const rows of casePages(db)) {
    for (const c of rows) {
      // Row length as FTS5 counts it: facts plus focus (the reasoning, or the facts again).
      const factsLength = scanTokens(c.facts, count);
      const length = factsLength + (c.reasoning ? tokenCount(c.reasoning) : factsLength);
      const norm = K1 * (1 - B + (B * length) / avgdl);
      for (const index of seen) {
        const n = tf[index] as number;
        top.add(index, c.id, (n * (K1 + 1)) / (n + norm));
        tf[index] = 0;
      }
      seen.length = 0;
    }
    cases += rows.length;
    maxId = (rows.at(-1) as CaseText).id;
    done += rows.length;
    await progress();
  }

  db.exec('DELETE FROM case_postings');
  const insert = db.prepare('INSERT INTO case_postings (term, df, postings) VALUES (?, ?, ?)');
  let terms = 0;
  let postings = 0;
  for (const [key, index] of vocabulary) {
    const term = pairText(key);
    const df = top.df[index] ?? 0;
    if (df === 0 || df > cases * MAX_DOC_SHARE) continue;
    const idf = bm25Idf(cases, df);
    const kept = top.sorted(index);
    insert.run(
      term,
      df,
      encodePostings(
        kept.ids,
        kept.weights.map((w) => w * idf),
      ),
    );
    top.release(index);
    terms += 1;
    postings += kept.ids.length;
  }
  const meta: PostingsMeta = {
    cases,
    maxId,
    version: state.version,
    maxPostings,
    avgdl,
    terms,
    postings,
    builtAt: new Date().toISOString(),
  };
  db.prepare('INSERT OR REPLACE INTO knowledge_meta (key, value) VALUES (?, ?)').run(postingsMetaKey, JSON.stringify(meta));
  options.onProgress?.(total, total);
  return meta;
}
