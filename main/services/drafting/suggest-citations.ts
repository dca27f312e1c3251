import { createHash } from 'node:crypto';
import type { ResolvedCitation } from '../../../shared/contract/channels/laws';
import type { CitedArticle, DraftSection } from '../../../shared/contract/channels/drafting';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { Db } from '../../store/database';
import { resolveCitations } from '../laws';
import { CITATIONS_PLACEHOLDER } from './fill-from-case';
import { templateInfos } from './templates';

/**
 * 法律依据 is rule-based (citation parsing + the statute store), so the "model" it names is the
 * rule set and knowledge version; the sha256 pins both, so an audit entry says exactly what
 * produced the suggestion.
 */
export function citationModel(knowledge: string | null): { modelId: string; modelVersion: string; modelSha256: string } {
  const version = `citations-1+knowledge-${knowledge ?? 'none'}`;
  const sha = createHash('sha256')
    .update(canonicalJson({ version, templates: templateInfos() }))
    .digest('hex');
  return { modelId: 'drafting-citations', modelVersion: version, modelSha256: sha };
}

export interface CitationSuggestion {
  suggestions: Array<{ sectionKey: string; text: string; reason: string }>;
  articles: CitedArticle[];
  /** Share of the cited articles found in force with their text. */
  resolvedShare: number;
}

interface Found {
  title: string;
  label: string;
  text: string | null;
  problems: string[];
}

function articlesOf(citations: readonly ResolvedCitation[]): Found[] {
  return citations.flatMap((c) =>
    c.articles.map((a) => ({
      title: c.canonicalTitle ?? c.lawTitle,
      label: a.label,
      text: a.resolved ? (a.paragraphText ?? a.text) : null,
      problems: a.problems.map((p) => p.message),
    })),
  );
}

const unique = (found: readonly Found[]): Found[] => {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.title}|${f.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** 《中华人民共和国民法典》第六百六十七条、第六百七十五条，《…》第…条 — grouped by law, in first-cited order. */
export function citationLead(found: readonly Found[]): string {
  const byLaw = new Map<string, string[]>();
  for (const f of found) byLaw.set(f.title, [...(byLaw.get(f.title) ?? []), f.label]);
  return [...byLaw].map(([title, labels]) => `《${title}》${labels.join('、')}`).join('，');
}

/** 附: each law's title, then each article as 第X条 text (the exact text of the version in force). */
export function appendixText(found: readonly Found[]): string {
  const lines: string[] = [];
  let lastTitle = '';
  for (const f of found) {
    if (f.text === null) continue;
    if (f.title !== lastTitle) lines.push(`《${f.title}》`);
    lastTitle = f.title;
    // The store's text starts with the article's own label (第六百六十七条 借款合同是…): printed once.
    const body = f.text.replace(/^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?\s*/, '');
    lines.push(`${f.label}\u3000${body.replace(/\n+/g, '\u3000')}`);
  }
  return lines.join('\n');
}

/** Puts the lead where 〔法律依据〕 is, else in place of an existing 依照…规定, else in front. */
export function withLead(judgment: string, lead: string): string {
  if (judgment.includes(CITATIONS_PLACEHOLDER)) return judgment.replace(CITATIONS_PLACEHOLDER, lead);
  const existing = /^依照.*?(之)?规定/;
  if (existing.test(judgment)) return judgment.replace(existing, (m) => `依照${lead}${m.endsWith('之规定') ? '之规定' : '规定'}`);
  return `依照${lead}之规定，${judgment}`;
}

/**
 * 法律依据 for a draft: the citations written in 本院认为 plus `extra`, each resolved as of `date`
 * against the statute store. Suggests the 主文 lead (only articles that apply on the date) and,
 * where the template has one, the appendix with their exact text plus the other articles 主文
 * itself cites (such as 民事诉讼法第二百六十四条).
 */
export function suggestCitations(
  knowledge: Db,
  sections: readonly DraftSection[],
  extra: readonly string[],
  date: string,
): CitationSuggestion | null {
  const textOf = (key: string) => sections.find((s) => s.key === key)?.text ?? '';
  const judgment = sections.find((s) => s.key === 'judgment');
  const source = [textOf('reasoning'), ...extra].join('\n');
  const cited = unique(articlesOf(resolveCitations(knowledge, source, date).citations));
  if (cited.length === 0) return null;
  const usable = cited.filter((f) => f.text !== null);
  const articles: CitedArticle[] = cited.map((f) => ({ citation: `《${f.title}》${f.label}`, text: f.text, problems: f.problems }));
  const refused = cited.filter((f) => f.text === null).map((f) => `《${f.title}》${f.label}（${f.problems.join('；') || '无条文'}）`);
  const reason =
    `依据本院认为${extra.length ? '及输入' : ''}中引用的 ${cited.length} 条：${articles.map((a) => a.citation).join('、')}` +
    (refused.length ? `；未采用：${refused.join('、')}` : '');

  const suggestions: CitationSuggestion['suggestions'] = [];
  if (judgment && usable.length) suggestions.push({ sectionKey: 'judgment', text: withLead(judgment.text, citationLead(usable)), reason });
  if (sections.some((s) => s.key === 'appendix')) {
    const ownJudgment = articlesOf(resolveCitations(knowledge, judgment?.text.replace(/^依照.*?规定/, '') ?? '', date).citations);
    const appendix = appendixText(unique([...usable, ...ownJudgment.filter((f) => f.text !== null)]));
    if (appendix) suggestions.push({ sectionKey: 'appendix', text: appendix, reason: `${reason}；条文为${date}有效的版本原文` });
  }
  return { suggestions, articles, resolvedShare: usable.length / cited.length };
}
