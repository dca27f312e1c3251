// Why a case is offered as similar, in terms a judge can check: same charge or cause, shared
// cited articles, circumstances side by side, passages both texts share, and the differences
// that matter. A case for which none of these holds is not shown (see hasExplanation).
import type {
  Circumstance,
  CircumstanceMatch,
  CorpusCase,
  SimilarityExplanation,
  TextSpan,
} from '../../../shared/contract/channels/similar-cases';
import { findCircumstances } from './circumstances';

export interface QuerySide {
  text: string;
  causes: readonly string[];
  articleKeys: ReadonlySet<string>;
  circumstances: readonly Circumstance[];
  /** Bigrams of the query: passages are built from them. */
  bigrams: ReadonlySet<string>;
  /** A keyword search (借贷, 盗): the words themselves are the passages, found wherever they stand. */
  keywords?: readonly string[];
}

const minPassages = new WeakMap<QuerySide, number>();
/** A keyword query (借贷) is itself the passage to find; a fact text needs longer shared runs. */
function minPassage(query: QuerySide): number {
  let shortest = minPassages.get(query);
  if (shortest === undefined) {
    shortest = Math.max(2, Math.min(MIN_PASSAGE, [...query.text.trim()].length));
    minPassages.set(query, shortest);
  }
  return shortest;
}

/** Shared runs shorter than this are chance (被告人, 人民), not a matched passage. */
const MIN_PASSAGE = 4;
const MAX_PASSAGES = 12;
/** Words in every criminal fact text (and the placeholders of masked names): a run of only these explains nothing. */
const COMMON = /被告人|被害人|犯罪嫌疑人|公诉机关|人民检察院|指控|某|[年月日时分许]/g;
const EDGE = /^[^\p{Script=Han}\p{N}]+|[^\p{Script=Han}\p{N}]+$/gu;

/** Court boilerplate that every judgment shares; a match on it explains nothing. */
const BOILERPLATE = /^(?:.{0,2}人民检察院指控|公诉机关指控|经审理查明|上述事实|本院认为|被告人.{0,2}到案后|足以认定|证据证实)$/;
/** Circumstances of civil cases are named without 情节. */
const CIVIL_IDS = new Set(['guarantee', 'iou', 'interestRate', 'amount']);

export function bigramSet(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

const hanAll = /\p{Script=Han}/gu;

/**
 * The query's two-unit bigrams as numbers (first UTF-16 unit × 65536 + second), once per query:
 * testing each position of a candidate against them allocates nothing, where slicing a string
 * per position made explanations of long civil candidates the tail of the hybrid p95 at 1M
 * cases. A bigram with an astral character is longer than two units and could never
 * equal a two-unit slice, so the set answers exactly as the strings did.
 */
const pairCodes = new WeakMap<ReadonlySet<string>, Set<number>>();
function queryPairs(query: QuerySide): Set<number> {
  let codes = pairCodes.get(query.bigrams);
  if (!codes) {
    codes = new Set([...query.bigrams].filter((b) => b.length === 2).map((b) => b.charCodeAt(0) * 65536 + b.charCodeAt(1)));
    pairCodes.set(query.bigrams, codes);
  }
  return codes;
}

/** What `/\s/` matches, by UTF-16 code. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Runs of the candidate text made only of query bigrams, longest first. */
function sharedPassages(query: QuerySide, candidate: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = -1;
  // Once per query (cached): minPassage spreads the whole query text, and close() runs per shared run.
  const shortest = minPassage(query);
  const pairs = queryPairs(query);
  const close = (end: number) => {
    if (start >= 0 && end - start >= shortest) {
      // Trim punctuation at the edges (，被告人 → 被告人) so the marks sit on words.
      const raw = candidate.slice(start, end);
      const lead = raw.length - raw.replace(/^[^\p{Script=Han}\p{N}]+/u, '').length;
      const text = raw.replace(EDGE, '');
      const telling = (text.replace(COMMON, '').match(hanAll) ?? []).length;
      if (!BOILERPLATE.test(text) && telling >= 2 && text.length >= shortest)
        spans.push({ start: start + lead, end: start + lead + text.length, text });
    }
    start = -1;
  };
  for (let i = 0; i + 1 < candidate.length; i += 1) {
    const code = candidate.charCodeAt(i);
    const inQuery = !isSpace(code) && pairs.has(code * 65536 + candidate.charCodeAt(i + 1));
    if (inQuery && start < 0) start = i;
    if (!inQuery) close(i + 1);
  }
  close(candidate.length);
  return spans;
}

function occurrences(text: string, passages: readonly string[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const p of passages) {
    const at = text.indexOf(p);
    if (at >= 0) out.push({ start: at, end: at + p.length, text: p });
  }
  return out.sort((a, b) => a.start - b.start);
}

function matchCircumstances(query: readonly Circumstance[], candidate: readonly Circumstance[]): CircumstanceMatch[] {
  const ids = [...new Set([...query.map((c) => c.id), ...candidate.map((c) => c.id)])];
  return ids.map((id) => {
    const q = query.find((c) => c.id === id) ?? null;
    const c = candidate.find((x) => x.id === id) ?? null;
    return { id, label: (q ?? c)?.label ?? id, status: q && c ? 'both' : q ? 'queryOnly' : 'candidateOnly', query: q, candidate: c };
  });
}

const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`;

function differences(query: QuerySide, candidate: CorpusCase, matches: readonly CircumstanceMatch[]): string[] {
  const out: string[] = [];
  const qOnly = query.causes.filter((c) => !candidate.causes.includes(c));
  const cOnly = candidate.causes.filter((c) => !query.causes.includes(c));
  if (query.causes.length && candidate.causes.length && (qOnly.length || cOnly.length)) {
    out.push(`类案${candidate.kind === '民事' ? '案由' : '罪名'}为${candidate.causes.join('、')}，本案为${query.causes.join('、')}`);
  }
  for (const m of matches) {
    const noun = CIVIL_IDS.has(m.id) ? m.label : `${m.label}情节`;
    if (m.status === 'candidateOnly' && m.id !== 'amount') out.push(`类案有${noun}，本案没有`);
    if (m.status === 'queryOnly' && m.id !== 'amount') out.push(`本案有${noun}，类案没有`);
    if (m.status === 'both' && m.query?.value && m.candidate?.value) {
      const [a, b] = [m.query.value, m.candidate.value];
      if (m.id === 'amount' && Math.max(a, b) / Math.max(1, Math.min(a, b)) >= 2) out.push(`类案涉案金额 ${yuan(b)}，本案 ${yuan(a)}`);
      if (m.id === 'interestRate' && a !== b) out.push(`类案约定年利率 ${b}%，本案 ${a}%`);
    }
  }
  return out;
}

function summaryOf(e: Omit<SimilarityExplanation, 'summary'>, kind: CorpusCase['kind']): string {
  const parts: string[] = [];
  if (e.sameCauses.length) parts.push(`同为${e.sameCauses.join('、')}`);
  if (e.sharedArticles.length)
    parts.push(
      `共同引用${e.sharedArticles
        .slice(0, 3)
        .map((a) => a.citation)
        .join('、')}${e.sharedArticles.length > 3 ? '等' : ''}`,
    );
  const same = e.circumstances.filter((c) => c.status === 'both').map((c) => c.label);
  if (same.length) parts.push(`${kind === '民事' ? '要素' : '情节'}相同：${same.join('、')}`);
  if (e.matchedPassages.length) parts.push(`共有事实片段 ${e.matchedPassages.length} 处（如“${e.matchedPassages[0]}”）`);
  return parts.join('；');
}

function keywordSpans(keywords: readonly string[], text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const word of keywords) {
    for (let at = text.indexOf(word); at >= 0 && out.length < 50; at = text.indexOf(word, at + word.length)) {
      out.push({ start: at, end: at + word.length, text: word });
    }
  }
  return out;
}

export function explain(query: QuerySide, candidate: CorpusCase): SimilarityExplanation {
  const found = query.keywords?.length ? keywordSpans(query.keywords, candidate.facts) : sharedPassages(query, candidate.facts);
  const passages = found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const distinct = [...new Set(passages.map((p) => p.text))].slice(0, MAX_PASSAGES);
  const circumstances = matchCircumstances(query.circumstances, findCircumstances(candidate.facts));
  const sameCauses = query.causes.filter((c) => candidate.causes.includes(c));
  const body = {
    sameCauses,
    queryOnlyCauses: query.causes.filter((c) => !candidate.causes.includes(c)),
    candidateOnlyCauses: candidate.causes.filter((c) => !query.causes.includes(c)),
    sharedArticles: candidate.cited.filter((a) => query.articleKeys.has(a.key)),
    circumstances,
    matchedPassages: distinct,
    queryHighlights: occurrences(query.text, distinct),
    candidateHighlights: passages.filter((p) => distinct.includes(p.text)).sort((a, b) => a.start - b.start),
    differences: differences(query, candidate, circumstances),
  };
  return { summary: summaryOf(body, candidate.kind), ...body };
}

/** Something a judge can check: a shared charge, article, circumstance or passage. */
export function hasExplanation(e: SimilarityExplanation): boolean {
  return (
    e.sameCauses.length > 0 ||
    e.sharedArticles.length > 0 ||
    e.circumstances.some((c) => c.status === 'both') ||
    e.matchedPassages.length > 0
  );
}
