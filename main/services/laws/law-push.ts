// 法条推送 by term matching: the facts' telling character bigrams (rare in the statutes, so 借款,
// 利息, 诈骗 count and 人民, 应当 do not), an FTS candidate search, then a re-rank by how much of
// the facts' weighted terms each article holds and by the law's level. No learned model yet: the
// ranking rules below ARE the model, and their hash is its id in every audit entry.
import { createHash } from 'node:crypto';
import type { LawSuggestion, Span, ValidityStatus } from '../../../shared/contract/channels/laws';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { formatCitation } from '../../../shared/domain/citation';
import type { Db } from '../../store/database';
import { today, versionStatusSql } from './validity';

/** Every rule of the ranking. Change one and the model hash (and so the audit trail) changes. */
export const lawPushParameters = {
  method: 'fact-bigrams-idf-overlap',
  /** A bigram in fewer articles is mostly a name or a word boundary (告张 in 原告张三). */
  minDocs: 5,
  /** A bigram in more than this share of articles says nothing (人民, 应当, 规定). */
  maxDocShare: 0.02,
  /** Minimum pointwise mutual information of the two characters in the statutes: word, not boundary. */
  minCohesion: 2,
  /** Function characters that begin or end no term (向被 in 向被告, 及利 in 及利息). */
  notFirst: '及于向至并与和把将从对在的了其等',
  notLast: '的了及于向至并与和把将被未其等',
  /** A matched stretch grows while the facts and the article still share it, up to this length. */
  maxStretch: 12,
  maxTerms: 24,
  candidates: 400,
  /** 案例 entries are cases, not provisions. */
  excludedLevels: ['案例'],
  levelWeights: { 法律: 1, 司法解释: 0.95, 宪法: 0.5, 行政法规: 0.75, 部门规章: 0.6, 其他: 0.6 } as Record<string, number>,
  defaultLevelWeight: 0.6,
  /** A provision not in force on the case date is shown, labelled, and ranked lower. */
  notInForceWeight: 0.6,
  /** Long articles hold many terms by sheer size: score × 1 / (1 + k · ln(length / norm)) above norm. */
  lengthNorm: 300,
  lengthPenalty: 0.2,
  minScore: 0.05,
  /** Procedural and narrative bigrams frequent in facts but telling nothing about the law to apply. */
  stopTerms: [
    '原告',
    '被告',
    '本院',
    '法院',
    '诉至',
    '诉称',
    '辩称',
    '经审',
    '审理',
    '查明',
    '认为',
    '事实',
    '上述',
    '以上',
    '其中',
    '之后',
    '后来',
    '当时',
    '现在',
    '年月',
    '月日',
    '某某',
    '双方',
    '一方',
    '对方',
    '要求',
    '请求',
    '告人',
    '民币',
    '判令',
  ],
} as const;

export const lawPushModel = {
  modelId: 'law-push-terms',
  modelVersion: '1',
  modelSha256: createHash('sha256').update(canonicalJson(lawPushParameters)).digest('hex'),
} as const;

export interface LawPushInput {
  facts: string;
  caseDate?: string;
  limit?: number;
}

export interface LawPushResult {
  caseDate: string;
  terms: string[];
  suggestions: LawSuggestion[];
  /** Score of the best suggestion, 0 when there is none. */
  confidence: number;
}

interface Term {
  text: string;
  /** UTF-16 offsets into the facts where the term starts. */
  at: number[];
  docs: number;
  weight: number;
}

interface CandidateRow {
  articleId: number;
  lawId: number;
  lawTitle: string;
  shortTitle: string;
  level: string;
  label: string;
  number: number;
  suffix: number | null;
  chapterPath: string;
  text: string;
  versionDate: string | null;
  effectiveDate: string | null;
  endDate: string | null;
  status: ValidityStatus;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Each Han bigram of the facts with the offsets where it occurs. */
function factBigrams(facts: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const run of facts.matchAll(HAN_RUN)) {
    const chars = [...run[0]];
    let offset = run.index;
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const gram = `${chars[i]}${chars[i + 1]}`;
      const list = found.get(gram) ?? [];
      list.push(offset);
      found.set(gram, list);
      offset += (chars[i] as string).length;
    }
  }
  return found;
}

interface VocabularyStats {
  /** Which articles were indexed when this was read: a re-import invalidates it. */
  key: string;
  articles: number;
  /** Bigram → articles holding it, and → occurrences. */
  docs: Map<string, number>;
  occurrences: Map<string, number>;
  /** Occurrences of bigrams starting / ending with a character, and of all bigrams. */
  starting: Map<string, number>;
  ending: Map<string, number>;
  total: number;
}

const vocabularies = new WeakMap<Db, VocabularyStats>();

/**
 * Bigram statistics of the statute index, read once per store (about a second over 64,000
 * articles) and kept until the articles change.
 */
function vocabulary(db: Db): VocabularyStats {
  const { n, maxId } = db.prepare('SELECT count(*) AS n, max(id) AS maxId FROM articles').get() as { n: number; maxId: number | null };
  const key = `${n}:${maxId ?? 0}`;
  const cached = vocabularies.get(db);
  if (cached?.key === key) return cached;
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, articles_fts, 'row')");
  const stats: VocabularyStats = {
    key,
    articles: n,
    docs: new Map(),
    occurrences: new Map(),
    starting: new Map(),
    ending: new Map(),
    total: 0,
  };
  for (const row of db.prepare('SELECT term, doc, cnt FROM temp.articles_vocab').iterate() as Iterable<{
    term: string;
    doc: number;
    cnt: number;
  }>) {
    const chars = [...row.term];
    if (chars.length !== 2) continue;
    const [first, last] = chars as [string, string];
    stats.docs.set(row.term, row.doc);
    stats.occurrences.set(row.term, row.cnt);
    stats.starting.set(first, (stats.starting.get(first) ?? 0) + row.cnt);
    stats.ending.set(last, (stats.ending.get(last) ?? 0) + row.cnt);
    stats.total += row.cnt;
  }
  vocabularies.set(db, stats);
  return stats;
}

/**
 * How much more often the two characters stand together in the statutes than chance would have
 * it (pointwise mutual information): high for words (借款 4.8, 骗取 5.3), low for bigrams that
 * straddle a word boundary (及利 in 本金及利息 −0.2, 告未 in 被告未 0.7).
 */
function cohesion(stats: VocabularyStats, gram: string): number {
  const [first, last] = [...gram] as [string, string];
  const together = stats.occurrences.get(gram) ?? 0;
  if (together === 0) return -Infinity;
  return Math.log((together * stats.total) / ((stats.starting.get(first) ?? 1) * (stats.ending.get(last) ?? 1)));
}

/** The facts' telling terms, heaviest first: word-like, rare in the statutes (idf), repeated in the facts. */
export function keyTerms(db: Db, facts: string): Term[] {
  const grams = factBigrams(facts);
  if (grams.size === 0) return [];
  const stats = vocabulary(db);
  if (stats.articles === 0) return [];
  const p = lawPushParameters;
  const stop = new Set<string>(p.stopTerms);
  const maxDocs = Math.max(p.minDocs, p.maxDocShare * stats.articles);
  const terms: Term[] = [];
  for (const [text, at] of grams) {
    const docs = stats.docs.get(text) ?? 0;
    const [first, last] = [...text] as [string, string];
    if (p.notFirst.includes(first) || p.notLast.includes(last) || stop.has(text)) continue;
    if (docs < p.minDocs || docs > maxDocs || cohesion(stats, text) < p.minCohesion) continue;
    terms.push({ text, at, docs, weight: Math.log(stats.articles / docs) * (1 + Math.log(at.length)) });
  }
  return terms.sort((a, b) => b.weight - a.weight || a.text.localeCompare(b.text)).slice(0, p.maxTerms);
}

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

function occurrences(text: string, term: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) spans.push({ start: at, end: at + term.length });
  return spans;
}

const isHan = (ch: string | undefined) => ch !== undefined && /\p{Script=Han}/u.test(ch);

/** Grows `span` over neighbouring Han characters while the article still holds the stretch. */
function grow(facts: string, articleText: string, span: Span, maxLength: number): Span {
  let { start, end } = span;
  while (end - start < maxLength && isHan(facts[end]) && articleText.includes(facts.slice(start, end + 1))) end += 1;
  while (end - start < maxLength && isHan(facts[start - 1]) && articleText.includes(facts.slice(start - 1, end))) start -= 1;
  return { start, end };
}

/**
 * The matched stretches of the facts: overlapping matched bigrams join into one term only where
 * the joined words also stand in the article (分割夫妻共同财产 when the article says so), so a term
 * shown as matched really is in both texts.
 */
function matchedStretches(facts: string, articleText: string, matched: readonly Term[]): { terms: string[]; spans: Span[] } {
  const spans = mergeSpans(matched.flatMap((t) => t.at.map((start) => ({ start, end: start + t.text.length }))));
  const kept: Span[] = [];
  for (const span of spans) {
    if (articleText.includes(facts.slice(span.start, span.end))) {
      kept.push(grow(facts, articleText, span, lawPushParameters.maxStretch));
      continue;
    }
    // Not in the article as one stretch: keep the matched bigrams inside it one by one.
    for (const term of matched) {
      for (const start of term.at) {
        if (start >= span.start && start + term.text.length <= span.end) {
          kept.push(grow(facts, articleText, { start, end: start + term.text.length }, lawPushParameters.maxStretch));
        }
      }
    }
  }
  const merged = mergeSpans(kept);
  const weightOf = (text: string) => Math.max(0, ...matched.filter((t) => text.includes(t.text)).map((t) => t.weight));
  const terms = [...new Set(merged.map((s) => facts.slice(s.start, s.end)))]
    // A stretch may merge two that the article holds only apart: list what the article holds.
    .filter((t) => articleText.includes(t))
    .sort((a, b) => weightOf(b) - weightOf(a) || b.length - a.length);
  return { terms, spans: merged };
}

function statusNote(row: CandidateRow, caseDate: string): string | null {
  if (row.status === '已废止') {
    return `该条所在的法律文件${row.endDate ? `已于 ${row.endDate} ` : '已'}废止，在案件日期 ${caseDate} 不再有效，不应直接适用`;
  }
  if (row.status === '尚未生效') {
    return `该条${row.effectiveDate ? `自 ${row.effectiveDate} 起施行` : '尚未施行'}，在案件日期 ${caseDate} 尚未生效，不应直接适用`;
  }
  if (row.status === '已修改') return `该条文本在案件日期 ${caseDate} 已被修改后的版本取代`;
  return null;
}

function candidates(db: Db, terms: readonly Term[], caseDate: string): CandidateRow[] {
  const excluded = lawPushParameters.excludedLevels.map(quoteSql).join(', ');
  return db
    .prepare(
      `SELECT * FROM (
         SELECT a.id AS articleId, l.id AS lawId, l.title AS lawTitle, l.short_title AS shortTitle, l.level AS level,
                a.label AS label, a.number AS number, a.suffix AS suffix, a.chapter_path AS chapterPath, a.text AS text,
                COALESCE(v.effective_date, v.publish_date) AS versionDate, v.effective_date AS effectiveDate,
                v.end_date AS endDate, ${versionStatusSql('v')} AS status, bm25(articles_fts, 1.0, 0.0) AS rank
         FROM articles_fts
         JOIN articles a ON a.id = articles_fts.rowid
         JOIN law_versions v ON v.id = a.law_version_id
         JOIN laws l ON l.id = v.law_id
         WHERE articles_fts MATCH :match AND l.level NOT IN (${excluded}) AND a.label <> '正文'
       ) WHERE status <> '已修改' ORDER BY rank LIMIT :limit`,
    )
    .all({ match: terms.map((t) => quote(t.text)).join(' OR '), asOf: caseDate, limit: lawPushParameters.candidates }) as CandidateRow[];
}

function quoteSql(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Recommends articles for the facts, each with the terms it shares with them (highlighted on both
 * sides), its validity on the case date (a note whenever it is not 有效), and a score in 0…1.
 */
export function pushLaws(db: Db, input: LawPushInput): LawPushResult {
  const caseDate = input.caseDate ?? today();
  const limit = input.limit ?? 10;
  const terms = keyTerms(db, input.facts);
  if (terms.length === 0) return { caseDate, terms: [], suggestions: [], confidence: 0 };
  const totalWeight = terms.reduce((n, t) => n + t.weight, 0);
  const p = lawPushParameters;

  const scored = candidates(db, terms, caseDate).map((row) => {
    const matched = terms.filter((t) => row.text.includes(t.text));
    const coverage = matched.reduce((n, t) => n + t.weight, 0) / totalWeight;
    const level = p.levelWeights[row.level] ?? p.defaultLevelWeight;
    const validity = row.status === '有效' ? 1 : p.notInForceWeight;
    const length = row.text.length > p.lengthNorm ? 1 / (1 + p.lengthPenalty * Math.log(row.text.length / p.lengthNorm)) : 1;
    return { row, matched, score: Math.min(1, coverage * level * validity * length) };
  });
  scored.sort((a, b) => b.score - a.score || a.row.articleId - b.row.articleId);

  // One entry per provision: the text in force on the case date wins over a not-yet-effective one.
  const seen = new Set<string>();
  const suggestions: LawSuggestion[] = [];
  for (const { row, matched, score } of scored) {
    if (suggestions.length >= limit || score < p.minScore) break;
    const key = `${row.lawId}:${row.number}:${row.suffix ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { terms: matchedTerms, spans } = matchedStretches(input.facts, row.text, matched);
    suggestions.push({
      articleId: row.articleId,
      lawId: row.lawId,
      lawTitle: row.lawTitle,
      shortTitle: row.shortTitle,
      level: row.level,
      label: row.label,
      number: row.number,
      suffix: row.suffix,
      chapterPath: JSON.parse(row.chapterPath) as string[],
      citation: formatCitation(row.lawTitle, { article: row.number, suffix: row.suffix }),
      text: row.text,
      versionDate: row.versionDate,
      status: row.status,
      statusNote: statusNote(row, caseDate),
      score: Math.round(score * 1000) / 1000,
      matchedTerms,
      factHighlights: spans,
      articleHighlights: mergeSpans(matchedTerms.flatMap((t) => occurrences(row.text, t))),
    });
  }
  return {
    caseDate,
    terms: terms.map((t) => t.text),
    suggestions,
    confidence: suggestions[0]?.score ?? 0,
  };
}
