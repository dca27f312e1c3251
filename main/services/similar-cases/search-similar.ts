// 类案推送: lexical and (when the encoder is installed) dense retrieval, fused by reciprocal rank
// with structured signals, every result explained; a result nothing explains is not shown.
import type { CorpusCase, SimilarCase, SimilarFilters, SimilarSearchResult } from '../../../shared/contract/channels/similar-cases';
import { neutraliseIdentity } from '../../../shared/domain/neutralise-identity';
import type { Db } from '../../store/database';
import { loadCases } from './corpus-rows';
import { citedArticles } from './cited-articles';
import { findCircumstances } from './circumstances';
import { bigramSet, explain, hasExplanation } from './explain';
import type { QuerySide } from './explain';
import type { RankedId } from './lexical-search';
import { articleSearch, corpusSize, isKeywordQuery, lexicalSearch } from './lexical-search';
import { queryRuns } from '../laws';
import { queryCauses } from './query-facts';
import { chargeFilterNames, chargeRelation } from './charge-names';
import type { InferredCharge } from './inferred-charges';

/** Nearest cases by the legal text encoder (see dense-index.ts); absent until an encoder is installed. */
export interface DenseRetriever {
  model: { id: string; version: string; sha256: string };
  search(text: string, filters: SimilarFilters | undefined, limit: number, excludeIds?: ReadonlySet<number>): Promise<RankedId[]>;
}

export interface SimilarSearchInput {
  query: string;
  mode: 'facts' | 'focus' | 'articles';
  method: 'hybrid' | 'lexical' | 'dense';
  k: number;
  filters?: SimilarFilters;
  /** Corpus ids never returned (the evaluation's query case). */
  excludeIds?: ReadonlySet<number>;
  /** Names of the parties, when known: replaced like every other identity detail. */
  partyNames?: readonly string[];
  /**
   * 推定罪名 for a query that states no charge (see inferred-charges.ts): in the hybrid ranking a
   * case convicted of one counts as a shared charge weighted by the prediction's confidence, and
   * the cases of those charges that share the query's words join the candidates.
   */
  inferredCharges?: readonly InferredCharge[];
}

export type SimilarSearchOutput = Omit<SimilarSearchResult, 'ms' | 'inferredCharges' | 'chargeInference'> & {
  ms: number;
  confidence: number;
};

/** Reciprocal rank fusion constant (Cormack et al. 2009). */
const RRF_K = 60;
/**
 * Structured signals, in RRF units (1/61 ≈ 0.016 is a first place in one list): a shared charge
 * or cause, the share of the query's articles a case cites, shared circumstances, and the
 * charges most of the nearest cases carry (pseudo-relevance; never shown as a reason), and a
 * 推定罪名 the case was convicted of, times the prediction's confidence. That weight outranks
 * every text-only difference in the top ten, so it acts as a soft filter; 0.01 already lost
 * NDCG@10 in the evaluation and 0.04 changed nothing.
 */
export const signalWeights = {
  sameCause: 0.012,
  articles: 0.008,
  circumstances: 0.004,
  probableCause: 0.008,
  inferredCharge: 0.02,
} as const;
const POOL_MIN = 50;

function rrf(list: readonly RankedId[]): Map<number, number> {
  return new Map(list.map((hit, i) => [hit.id, i + 1]));
}

/** Charges carried by at least 40 % of the top cases of the first-stage lists (by RRF weight). */
function probableCauses(top: readonly number[], cases: Map<number, CorpusCase>): Set<string> {
  const votes = new Map<string, number>();
  let total = 0;
  top.forEach((id, i) => {
    const weight = 1 / (RRF_K + i + 1);
    total += weight;
    for (const cause of cases.get(id)?.causes ?? []) votes.set(cause, (votes.get(cause) ?? 0) + weight);
  });
  return new Set([...votes].filter(([, v]) => v >= 0.4 * total).map(([cause]) => cause));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export async function searchSimilar(db: Db, input: SimilarSearchInput, dense: DenseRetriever | null): Promise<SimilarSearchOutput> {
  const started = performance.now();
  const notes: string[] = [];
  const text = neutraliseIdentity(input.query, { names: input.partyNames ?? [] });
  const causes = queryCauses(text, input.filters?.causes);
  const articles = citedArticles(db, text);
  const circumstances = findCircumstances(text);
  const pool = Math.max(POOL_MIN, input.k * 3);
  let mode = input.mode;
  if (mode === 'articles' && articles.length === 0) {
    notes.push('输入中没有可识别的法条引用（如《中华人民共和国刑法》第二百六十四条），已改按案情事实检索');
    mode = 'facts';
  }
  let method = input.method;
  if (method !== 'lexical' && !dense) {
    notes.push('未安装法律文本编码器（models/legal-encoder），本次仅使用字面检索与结构化要素');
    // Hybrid keeps its structured signals over the lexical list; dense alone has nothing to give.
    if (method === 'dense') method = 'lexical';
  }

  // The dense search starts first: its query is embedded in the inference worker while the
  // lexical search runs here, so the two overlap instead of adding up.
  const densePending = method === 'lexical' || !dense ? Promise.resolve([]) : dense.search(text, input.filters, pool, input.excludeIds);
  let lexical: RankedId[];
  try {
    lexical =
      method === 'dense'
        ? []
        : mode === 'articles'
          ? articleSearch(
              db,
              articles.map((a) => a.key),
              input.filters,
              pool,
              input.excludeIds,
            )
          : lexicalSearch(db, {
              text,
              column: mode === 'focus' ? 'focus' : 'facts',
              filters: input.filters,
              limit: pool,
              excludeIds: input.excludeIds,
            }).hits;
  } catch (error) {
    densePending.catch(() => undefined);
    throw error;
  }
  const denseHits = await densePending;
  const structured = method === 'hybrid';
  const inferred = structured && causes.length === 0 && mode !== 'articles' ? (input.inferredCharges ?? []) : [];
  // The encoder may rank none of the predicted charge's cases high enough to be a candidate;
  // the same words searched among that charge's cases bring them in. They join the candidates
  // without a rank of their own: fused as a third list they cost 1.5 % NDCG@10 in the evaluation.
  const scoped = inferred.length ? chargeScopedSearch(db, input, text, mode === 'focus' ? 'focus' : 'facts', inferred, pool) : [];
  const lexicalRanks = rrf(lexical);
  const denseRanks = rrf(denseHits);
  const ids = [...new Set([...lexical.map((h) => h.id), ...denseHits.map((h) => h.id), ...scoped.map((h) => h.id)])];
  const cases = loadCases(db, ids);

  const first = ids
    .map((id) => ({
      id,
      s:
        (lexicalRanks.has(id) ? 1 / (RRF_K + (lexicalRanks.get(id) ?? 0)) : 0) +
        (denseRanks.has(id) ? 1 / (RRF_K + (denseRanks.get(id) ?? 0)) : 0),
    }))
    .sort((a, b) => b.s - a.s || a.id - b.id);
  // A 推定罪名 is a better guess at the charge than what the nearest cases carry.
  const probable =
    structured && inferred.length === 0
      ? probableCauses(
          first.slice(0, 10).map((f) => f.id),
          cases,
        )
      : new Set<string>();
  const keywords = isKeywordQuery(text) ? queryRuns(text).map((r) => r.text) : undefined;
  const query: QuerySide = {
    text,
    causes,
    articleKeys: new Set(articles.map((a) => a.key)),
    circumstances,
    bigrams: bigramSet(text),
    ...(keywords ? { keywords } : {}),
  };
  const queryCircumstances = new Set(circumstances.map((c) => c.id));

  let unexplained = 0;
  const scored: Array<Omit<SimilarCase, 'score'> & { fused: number }> = [];
  for (const { id, s } of first) {
    const found = cases.get(id);
    if (!found) continue;
    const match = inferredMatch(found.causes, inferred);
    const explanation = withInferredMatch(explain(query, found), match.charges);
    // Convicted of the 推定罪名 is a reason a judge can check (and it is labelled as inferred).
    if (!hasExplanation(explanation) && match.charges.length === 0) {
      unexplained += 1;
      continue;
    }
    let fused = s;
    if (structured) {
      fused += explanation.sameCauses.length ? signalWeights.sameCause : 0;
      fused += query.articleKeys.size ? signalWeights.articles * (explanation.sharedArticles.length / query.articleKeys.size) : 0;
      fused += signalWeights.circumstances * jaccard(queryCircumstances, new Set(findCircumstanceIds(explanation)));
      fused += found.causes.some((c) => probable.has(c)) ? signalWeights.probableCause : 0;
    }
    fused += signalWeights.inferredCharge * match.confidence;
    scored.push({
      case: found,
      fused,
      lexicalRank: lexicalRanks.get(id) ?? null,
      denseRank: denseRanks.get(id) ?? null,
      explanation,
      inferredChargeMatch: match.charges,
    });
  }
  scored.sort((a, b) => b.fused - a.fused || a.case.id - b.case.id);
  const top = scored.slice(0, input.k);
  const best = top[0]?.fused ?? 1;
  const results: SimilarCase[] = top.map(({ fused, ...r }) => ({ ...r, score: Math.round((fused / best) * 1000) / 1000 }));
  const strong = results.filter(
    (r) => r.explanation.sameCauses.length || r.explanation.sharedArticles.length || r.explanation.matchedPassages.length >= 3,
  );
  if (corpusSize(db) === 0) notes.push('类案库为空：请先导入含案例的知识包');
  return {
    queryText: text,
    queryCauses: causes,
    queryArticles: articles,
    queryCircumstances: circumstances,
    mode,
    method,
    results,
    unexplained,
    corpusSize: corpusSize(db),
    notes,
    confidence: results.length ? Math.round((strong.length / results.length) * 100) / 100 : 0,
    ms: Math.round(performance.now() - started),
  };
}

/** Circumstances present in the candidate (both or candidate only). */
function findCircumstanceIds(e: SimilarCase['explanation']): string[] {
  return e.circumstances.filter((c) => c.status !== 'queryOnly').map((c) => c.id);
}

/** The reason line names the 推定罪名 match, marked as inferred. */
function withInferredMatch(e: SimilarCase['explanation'], charges: readonly string[]): SimilarCase['explanation'] {
  if (charges.length === 0) return e;
  const reason = `与推定罪名相同：${charges.join('、')}（推定，仅供参考）`;
  return { ...e, summary: e.summary ? `${e.summary}；${reason}` : reason };
}

/**
 * A case convicted of one form of the predicted selective charge (贩卖毒品罪 for 走私、贩卖、运输、
 * 制造毒品罪) counts half: at full weight it outranked the cases named exactly as predicted and
 * cost 0.3 % NDCG@10 in the evaluation, whose grades compare names as written.
 */
const formMatchShare = 0.5;

/** The case's charges that are a predicted charge (or a form of one), and the best such confidence. */
export function inferredMatch(
  caseCharges: readonly string[],
  inferred: readonly InferredCharge[],
): { charges: string[]; confidence: number } {
  let confidence = 0;
  const charges: string[] = [];
  for (const charge of caseCharges) {
    let best = 0;
    for (const p of inferred) {
      const relation = chargeRelation(charge, p.name);
      if (relation) best = Math.max(best, p.confidence * (relation === 'same' ? 1 : formMatchShare));
    }
    if (best === 0) continue;
    charges.push(charge);
    confidence = Math.max(confidence, best);
  }
  return { charges, confidence };
}

/** The query's words searched among the cases of the predicted charges only. */
function chargeScopedSearch(
  db: Db,
  input: SimilarSearchInput,
  text: string,
  mode: 'facts' | 'focus',
  inferred: readonly InferredCharge[],
  limit: number,
): RankedId[] {
  const causes = [...new Set(inferred.flatMap((c) => chargeFilterNames(c.name)))];
  return lexicalSearch(db, {
    text,
    column: mode === 'focus' ? 'focus' : 'facts',
    filters: { ...input.filters, causes },
    limit,
    excludeIds: input.excludeIds,
  }).hits;
}
