// Lexical retrieval over the case corpus with the statute store's bigram index. A short query
// (借贷, 自首) must match as typed; a long fact text is reduced to its most telling bigrams, which
// any case may share (OR), ranked by bm25 — through the pruned postings index (postings-index.ts)
// when it is current for the corpus, else through FTS5 itself.
import type { SimilarFilters } from '../../../shared/contract/channels/similar-cases';
import type { Db } from '../../store/database';
import { indexTokens, matchExpression } from '../laws';
import { filterSql } from './case-filters';
import { MAX_DOC_SHARE, corpusState, currentPostings, decodePostings } from './postings-index';
import type { PostingsMeta } from './postings-index';

export interface RankedId {
  id: number;
  /** Higher is better within one list. */
  score: number;
}

/** A query this short is a keyword search, not a fact description. */
const KEYWORD_QUERY_CHARS = 12;
/** Bigrams kept from a long query: enough to describe it, few enough for a fast OR query. */
const MAX_TERMS = 32;

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** Kept by triggers (knowledge migration 004): count(*) would scan a million-row index per query. */
export function corpusSize(db: Db): number {
  return corpusState(db).cases;
}

/**
 * The query's bigrams weighted by tf·idf in the corpus, most telling first. Bigrams in more than
 * 5 % of cases say nothing about similarity (被告, 人民) and are dropped. Document frequencies
 * come from the postings index when it is current (an index lookup), else from FTS5's vocabulary.
 */
export function queryTerms(
  db: Db,
  text: string,
  limit = MAX_TERMS,
  source: 'fts' | 'postings' = 'fts',
): Array<{ term: string; weight: number }> {
  const counts = new Map<string, number>();
  for (const token of indexTokens(text).split(' ')) {
    if ([...token].length === 2) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const total = Math.max(1, corpusSize(db));
  // The covering (term, df) index (knowledge migration 005): the planner would read the wide postings rows.
  const df = db
    .prepare(
      source === 'postings'
        ? 'SELECT df FROM case_postings INDEXED BY case_postings_df WHERE term = ?'
        : 'SELECT doc FROM cases_fts_terms WHERE term = ?',
    )
    .pluck();
  const weighted: Array<{ term: string; weight: number }> = [];
  for (const [term, tf] of counts) {
    const docs = (df.get(term) as number | undefined) ?? 0;
    if (docs === 0 || docs > total * MAX_DOC_SHARE) continue;
    weighted.push({ term, weight: (1 + Math.log(tf)) * Math.log(total / docs) });
  }
  return weighted.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1)).slice(0, limit);
}

export function isKeywordQuery(text: string): boolean {
  return [...text.trim()].length <= KEYWORD_QUERY_CHARS;
}

export interface LexicalQuery {
  text: string;
  column: 'facts' | 'focus';
  filters?: SimilarFilters;
  limit: number;
  /** Cases never to return (the query case itself, in the evaluation). */
  excludeIds?: ReadonlySet<number>;
  /** 'fts' skips the postings index (the bench's lexical-only baseline); default: postings when current. */
  via?: 'auto' | 'fts';
}

export function lexicalSearch(db: Db, query: LexicalQuery): { hits: RankedId[]; terms: string[] } {
  const keyword = isKeywordQuery(query.text);
  const postings = !keyword && query.column === 'facts' && query.via !== 'fts' ? currentPostings(db) : null;
  const pruned = postings ? postingsSearch(db, postings, query) : null;
  if (pruned) return pruned;
  let expression: string | null;
  let terms: string[];
  if (keyword) {
    expression = matchExpression(query.text);
    terms = [query.text.trim()];
  } else {
    terms = queryTerms(db, query.text).map((t) => t.term);
    expression = terms.length ? terms.map(quote).join(' OR ') : null;
  }
  if (!expression) return { hits: [], terms: [] };
  const weights = query.column === 'facts' ? '1.0, 0.0' : '0.0, 1.0';
  const filter = filterSql(query.filters);
  const rows = db
    .prepare(
      `SELECT c.id AS id, bm25(cases_fts, ${weights}) AS rank
       FROM cases_fts JOIN cases c ON c.id = cases_fts.rowid
       WHERE cases_fts MATCH ? AND ${filter.where}
       ORDER BY rank LIMIT ?`,
    )
    .all(`${query.column} : (${expression})`, ...filter.params, query.limit + (query.excludeIds?.size ?? 0)) as Array<{
    id: number;
    rank: number;
  }>;
  const hits = rows
    .filter((r) => !query.excludeIds?.has(r.id))
    .slice(0, query.limit)
    .map((r) => ({ id: r.id, score: -r.rank }));
  return { hits, terms };
}

/**
 * By cited articles: cases citing the same articles, each shared article weighted by how rare it
 * is (刑法第六十七条 is cited everywhere; 第二百六十四条 says the case is a theft).
 */
export function articleSearch(
  db: Db,
  keys: readonly string[],
  filters: SimilarFilters | undefined,
  limit: number,
  excludeIds?: ReadonlySet<number>,
): RankedId[] {
  if (keys.length === 0) return [];
  const total = Math.max(1, corpusSize(db));
  const filter = filterSql(filters);
  const scores = new Map<number, number>();
  const df = db.prepare('SELECT count(*) FROM case_articles WHERE article_key = ?').pluck();
  for (const key of new Set(keys)) {
    const docs = df.get(key) as number;
    if (docs === 0) continue;
    const idf = Math.log(1 + total / docs);
    const ids = db
      .prepare(`SELECT ca.case_id FROM case_articles ca JOIN cases c ON c.id = ca.case_id WHERE ca.article_key = ? AND ${filter.where}`)
      .pluck()
      .all(key, ...filter.params) as number[];
    for (const id of ids) if (!excludeIds?.has(id)) scores.set(id, (scores.get(id) ?? 0) + idf);
  }
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
}

/** Per-case score accumulator, reused across queries (a million cases: 8 MB, allocated once). */
let scratch = new Float64Array(0);

/**
 * Long facts query over the pruned postings: each case's score is the sum of its kept impacts
 * (FTS5's bm25 terms, so the ranking is FTS's while P ≥ df). Null when pruning may have cost
 * results the FTS path would find: filters leave fewer than `limit` and some term was cut.
 */
function postingsSearch(db: Db, meta: PostingsMeta, query: LexicalQuery): { hits: RankedId[]; terms: string[] } | null {
  const weighted = queryTerms(db, query.text, MAX_TERMS, 'postings');
  const terms = weighted.map((t) => t.term);
  if (terms.length === 0) return { hits: [], terms: [] };
  if (scratch.length <= meta.maxId) scratch = new Float64Array(meta.maxId + 1);
  const scores = scratch;
  const touched: number[] = [];
  let cut = false;
  const row = db.prepare('SELECT df, postings FROM case_postings WHERE term = ?');
  for (const term of terms) {
    const found = row.get(term) as { df: number; postings: Buffer } | undefined;
    if (!found) continue;
    const { ids, impacts } = decodePostings(found.postings);
    if (ids.length < found.df) cut = true;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] as number;
      if (scores[id] === 0) touched.push(id);
      scores[id] = (scores[id] as number) + (impacts[i] as number);
    }
  }
  try {
    const hits = rankCandidates(db, touched, scores, query);
    return hits.length < query.limit && cut ? null : { hits, terms };
  } finally {
    for (const id of touched) scores[id] = 0;
  }
}

/** The best `limit` of the touched cases that pass the filters and are not excluded. */
function rankCandidates(db: Db, touched: number[], scores: Float64Array, query: LexicalQuery): RankedId[] {
  const better = (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
  const excluded = query.excludeIds ?? new Set<number>();
  const filter = filterSql(query.filters);
  if (filter.where === '1') {
    return topIds(touched, query.limit + excluded.size, better)
      .filter((id) => !excluded.has(id))
      .slice(0, query.limit)
      .map((id) => ({ id, score: scores[id] as number }));
  }
  // Filters: test candidates best first, a growing slice at a time, until enough pass.
  const keep = db.prepare(`SELECT c.id FROM cases c WHERE c.id IN (SELECT value FROM json_each(?)) AND ${filter.where}`).pluck();
  const ordered = touched.length > 8 * query.limit ? null : [...touched].sort(better);
  const out: RankedId[] = [];
  let from = 0;
  let want = 8 * query.limit + excluded.size;
  while (out.length < query.limit && from < touched.length) {
    const slice = (ordered ?? topIds(touched, want, better)).slice(from, want);
    const passed = new Set(keep.all(JSON.stringify(slice), ...filter.params) as number[]);
    for (const id of slice)
      if (passed.has(id) && !excluded.has(id) && out.length < query.limit) out.push({ id, score: scores[id] as number });
    from = want;
    want *= 4;
  }
  return out;
}

/** The best n ids by `better`, in order, without sorting the whole list (a bounded heap). */
function topIds(ids: readonly number[], n: number, better: (a: number, b: number) => number): number[] {
  if (ids.length <= n) return [...ids].sort(better);
  // Max-heap on "worse": the root is the weakest of the best n so far.
  const heap: number[] = [];
  const worse = (a: number, b: number) => better(a, b) > 0;
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l] as number, heap[w] as number)) w = l;
      if (r < heap.length && worse(heap[r] as number, heap[w] as number)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w] as number, heap[i] as number];
      i = w;
    }
  };
  for (const id of ids) {
    if (heap.length < n) {
      heap.push(id);
      let i = heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i] as number, heap[p] as number)) break;
        [heap[i], heap[p]] = [heap[p] as number, heap[i] as number];
        i = p;
      }
    } else if (better(id, heap[0] as number) < 0) {
      heap[0] = id;
      down(0);
    }
  }
  return heap.sort(better);
}
