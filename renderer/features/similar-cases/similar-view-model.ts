import type { CircumstanceMatch, SimilarCase, SimilarFilters, TextSpan } from '../../../shared/contract/channels/similar-cases';
import type { MessageKey, Translate } from '../../i18n';

export interface Segment {
  text: string;
  marked: boolean;
}

/** The text cut into plain and marked pieces; overlapping spans merge. */
export function markSegments(text: string, spans: readonly Pick<TextSpan, 'start' | 'end'>[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Tag colour of a circumstance: shared green, only on one side orange. */
export function circumstanceColour(match: CircumstanceMatch): string {
  return match.status === 'both' ? 'green' : 'orange';
}

/** Catalogue key of a circumstance's side-by-side status (两案均有 / 仅本案有 / 仅类案有). */
export const statusKeys: Record<CircumstanceMatch['status'], MessageKey> = {
  both: 'similarCases.status.both',
  queryOnly: 'similarCases.status.queryOnly',
  candidateOnly: 'similarCases.status.candidateOnly',
};

/** Months as 三年六个月-style text (3 yr 6 mo in English) for the outcome line. */
export function monthsText(months: number, t: Translate): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years && rest) return t('similarCases.term.yearsMonths', { years, months: rest });
  return years ? t('similarCases.term.years', { years }) : t('similarCases.term.months', { months: rest });
}

/** The 刑期/判赔 parts of a pushed case's outcome, in the page's language (none when nothing is known); shown side by side. */
export function outcomeParts(outcome: SimilarCase['case']['outcome'], t: Translate): string[] {
  const parts: string[] = [];
  if (outcome.prisonMonths !== null) parts.push(t('similarCases.outcome.prison', { term: monthsText(outcome.prisonMonths, t) }));
  if (outcome.fine !== null) parts.push(t('similarCases.outcome.fine', { amount: outcome.fine }));
  if (outcome.awarded !== null) parts.push(t('similarCases.outcome.awarded', { amount: outcome.awarded }));
  if (outcome.lifeImprisonment) parts.push(t('similarCases.outcome.life'));
  if (outcome.deathPenalty) parts.push(t('similarCases.outcome.death'));
  return parts;
}

export interface FilterForm {
  causes?: string[];
  courtLevels?: SimilarFilters['courtLevels'];
  regions?: string[];
  kind?: '刑事' | '民事';
  dateFrom?: string;
  dateTo?: string;
}

/** Only the filters the judge set (empty lists and blank dates dropped). */
export function filtersFrom(form: FilterForm): SimilarFilters {
  const out: SimilarFilters = {};
  if (form.causes?.length) out.causes = form.causes;
  if (form.courtLevels?.length) out.courtLevels = form.courtLevels;
  if (form.regions?.length) out.regions = form.regions;
  if (form.kind) out.kind = form.kind;
  if (form.dateFrom) out.dateFrom = form.dateFrom;
  if (form.dateTo) out.dateTo = form.dateTo;
  return out;
}

/** Ctrl+Enter (⌘+Enter) runs the search from anywhere on the page. */
export function isRunShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}
