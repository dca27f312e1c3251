import type { Db } from '../../store/database';
import { matchExpression, queryRuns } from './fts-tokens';
import type { ValidityStatus } from './types';
import { today, versionStatusSql } from './validity';

export interface SearchArticlesInput {
  query: string;
  /** 法律 / 司法解释 / 行政法规 …; all when absent. */
  levels?: readonly string[];
  /** Status badges to keep, judged on `asOf`. Default: everything except 已修改 (superseded versions). */
  validity?: readonly ValidityStatus[];
  /** YYYY-MM-DD; default today. */
  asOf?: string;
  limit?: number;
  offset?: number;
}

export interface ArticleHit {
  articleId: number;
  lawId: number;
  lawTitle: string;
  shortTitle: string;
  level: string;
  versionId: number;
  /** The version's effective date (else publication date). */
  versionDate: string | null;
  status: ValidityStatus;
  label: string;
  number: number;
  suffix: number | null;
  chapterPath: string[];
  /** A window of the article text around the first match, with … where it is cut. */
  snippet: string;
  /** [start, end) UTF-16 offsets into `snippet` of each matched query term. */
  highlights: Array<{ start: number; end: number }>;
  /** bm25 weighted by level and citations; lower is better. */
  score: number;
}

export interface SearchArticlesResult {
  total: number;
  hits: ArticleHit[];
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 120;

/** Laws outrank interpretations, which outrank regulations, at equal text relevance. */
const LEVEL_WEIGHT = `CASE l.level WHEN '宪法' THEN 1.5 WHEN '法律' THEN 1.5 WHEN '司法解释' THEN 1.25
  WHEN '行政法规' THEN 1.1 WHEN '案例' THEN 0.7 ELSE 1.0 END`;

/**
 * An article whose body opens with the query (第二百六十六条 诈骗公私财物…) is usually the one that
 * governs it, not one that mentions it in passing.
 */
const LEAD_WINDOW = 12;

/** A hit as SQLite returns it: chapter path still JSON, the whole text instead of a snippet. */
type Row = Omit<ArticleHit, 'chapterPath' | 'snippet' | 'highlights'> & { chapterPath: string; text: string };

/** Where each query term occurs in `text` (case-insensitive for Latin letters). */
function occurrences(text: string, terms: readonly string[]): Array<{ start: number; end: number }> {
  const haystack = text.toLowerCase();
  const found: Array<{ start: number; end: number }> = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + term.length)) {
      found.push({ start: at, end: at + term.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function snippetOf(text: string, terms: readonly string[]): Pick<ArticleHit, 'snippet' | 'highlights'> {
  const all = occurrences(text, terms);
  const first = all[0]?.start ?? 0;
  const start = Math.max(0, Math.min(first - SNIPPET_BEFORE, text.length - SNIPPET_LENGTH));
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const lead = start > 0 ? '…' : '';
  const snippet = `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const highlights = all
    .filter((o) => o.start >= start && o.end <= end)
    .map((o) => ({ start: o.start - start + lead.length, end: o.end - start + lead.length }));
  return { snippet, highlights };
}

/**
 * Full-text search over every article: bigram FTS5 match (so 借贷, 诈骗, 自首 work), ranked by
 * bm25 over the text and, with less weight, the law's name and chapter headings, scaled up by
 * the level (法律 before 司法解释 …), by how often other articles cite the article, and when the
 * article's body opens with the query.
 */
export function searchArticles(db: Db, input: SearchArticlesInput): SearchArticlesResult {
  const match = matchExpression(input.query);
  if (match === null) return { total: 0, hits: [] };
  const asOf = input.asOf ?? today();
  const validity = input.validity ?? ['有效', '尚未生效', '已废止'];
  const params: Record<string, unknown> = { match, asOf, lead: queryRuns(input.query)[0]?.text ?? '' };
  const levelFilter =
    input.levels && input.levels.length > 0
      ? `AND l.level IN (${input.levels.map((lv, i) => ((params[`level${i}`] = lv), `:level${i}`)).join(', ')})`
      : '';
  const validityFilter = `status IN (${validity.map((s, i) => ((params[`status${i}`] = s), `:status${i}`)).join(', ') || 'NULL'})`;
  const base = `
    WITH matched AS (
      SELECT a.id AS articleId, l.id AS lawId, l.title AS lawTitle, l.short_title AS shortTitle, l.level AS level,
             v.id AS versionId, COALESCE(v.effective_date, v.publish_date) AS versionDate,
             ${versionStatusSql('v')} AS status,
             a.label AS label, a.number AS number, a.suffix AS suffix, a.chapter_path AS chapterPath, a.text AS text,
             bm25(articles_fts, 1.0, 0.1) * ${LEVEL_WEIGHT} * (1.0 + 0.25 * ln(1 + a.cited_by))
               * (CASE WHEN instr(substr(a.text, length(a.label) + 1, ${LEAD_WINDOW}), :lead) > 0 THEN 1.4 ELSE 1.0 END) AS score
      FROM articles_fts
      JOIN articles a ON a.id = articles_fts.rowid
      JOIN law_versions v ON v.id = a.law_version_id
      JOIN laws l ON l.id = v.law_id
      WHERE articles_fts MATCH :match ${levelFilter}
    )`;
  const total = (db.prepare(`${base} SELECT count(*) AS n FROM matched WHERE ${validityFilter}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${base} SELECT * FROM matched WHERE ${validityFilter} ORDER BY score, articleId LIMIT :limit OFFSET :offset`)
    .all({ ...params, limit: input.limit ?? 20, offset: input.offset ?? 0 }) as Row[];
  const terms = queryRuns(input.query).map((r) => r.text);
  return {
    total,
    hits: rows.map(({ chapterPath, text, ...row }) => ({
      ...row,
      chapterPath: JSON.parse(chapterPath) as string[],
      ...snippetOf(text, terms),
    })),
  };
}
