/**
 * Rewrites the citations in a text into standard form for review: 第679条 → 第六百七十九条,
 * 第一十条 → 第十条, 《民法典》 → 《中华人民共和国民法典》, 刑法第264条 → 《中华人民共和国刑法》第二百六十四条.
 * Everything else is left byte for byte, and every change is listed so the reviewer sees it.
 */
import { intToChinese } from '../chinese-numerals';
import { bookTitle } from './format-citation';
import { scanCitations } from './parse-citations';

export interface CitationTextChange {
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

export interface NormalisedCitationText {
  readonly text: string;
  readonly changes: readonly CitationTextChange[];
}

/** Above this an "article number" is a misreading; leave it for the reviewer rather than spell it. */
const MAX_SPELLED = 99_999_999;

export function normaliseCitationText(text: string): NormalisedCitationText {
  const changes: CitationTextChange[] = [];
  for (const { citation, titleSpan, numerals } of scanCitations(text).scanned) {
    if (titleSpan !== null && citation.canonicalTitle !== null) {
      const before = text.slice(titleSpan.start, titleSpan.end);
      const after = bookTitle(citation.canonicalTitle);
      if (before !== after) changes.push({ start: titleSpan.start, end: titleSpan.end, before, after });
    }
    for (const numeral of numerals) {
      if (numeral.value > MAX_SPELLED) continue;
      const after = intToChinese(numeral.value);
      if (numeral.text !== after) changes.push({ start: numeral.start, end: numeral.end, before: numeral.text, after });
    }
  }
  changes.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const change of changes) {
    out += text.slice(at, change.start) + change.after;
    at = change.end;
  }
  return { text: out + text.slice(at), changes };
}
