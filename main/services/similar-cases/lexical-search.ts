// Lexical retrieval over the case corpus with the statute store's bigram index. A short query
// (借贷, 自首) must match as typed; a long fact text is reduced to its most telling bigrams, which
// any case may share (OR), ranked by bm25.
import type { SimilarFilters } from '../../../shared/contract/channels/similar-cases';
import type { Db } from '../../store/database';
import { indexTokens, matchExpression } from '../laws/fts-tokens';
import { filterSql } from './case-filters';

export interface RankedId {
  id: number;
  /** Higher is better within one list. */
  score: number;
}

/** A query this short is a keyword search, not a fact description. */
const KEYWORD_QUERY_CHARS = 12;
/** Bigrams kept from a long query: enough to describe it, few enough for a fast OR query. */
const MAX_TERMS = 32;
/** Bigrams in more than this share of cases say nothing about similarity (被告, 人民). */
const MAX_DOC_SHARE = 0.05;

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

export function corpusSize(db: Db): number {
  return db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
}

/** The query's bigrams weighted by tf·idf in the corpus, most telling first. */
export function queryTerms(db: Db, text: string, limit = MAX_TERMS): Array<{ term: string; weight: number }> {
  const counts = new Map<string, number>();
  for (const token of indexTokens(text).split(' ')) {
    if ([...token].length === 2) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const total = Math.max(1, corpusSize(db));
  const df = db.prepare('SELECT doc FROM cases_fts_terms WHERE term = ?').pluck();
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
}

export function lexicalSearch(db: Db, query: LexicalQuery): { hits: RankedId[]; terms: string[] } {
  const keyword = isKeywordQuery(query.text);
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
    .all(`${query.column} : (${expression})`, ...filter.params, query.limit + (query.excludeIds?.size ?? 0)) as Array<{ id: number; rank: number }>;
  const hits = rows.filter((r) => !query.excludeIds?.has(r.id)).slice(0, query.limit).map((r) => ({ id: r.id, score: -r.rank }));
  return { hits, terms };
}

/**
 * By cited articles: cases citing the same articles, each shared article weighted by how rare it
 * is (刑法第六十七条 is cited everywhere; 第二百六十四条 says the case is a theft).
 */
export function articleSearch(db: Db, keys: readonly string[], filters: SimilarFilters | undefined, limit: number, excludeIds?: ReadonlySet<number>): RankedId[] {
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
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}
