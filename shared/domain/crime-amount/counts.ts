/**
 * The facts split into counts (起/次): numbered items (1、 / （一） / 第一起 / 一、), paragraphs, and
 * 此外 / 另查明 passages. Each count keeps its offsets in the original text so an amount can be
 * linked back to its passage.
 */

export interface FactCount {
  /** 0 for the passage before the first numbered item (often the summary with a stated total). */
  index: number;
  start: number;
  end: number;
  text: string;
  /** The marker that opened it (1、, （二）, 第三起, 此外 …); '' for the opening passage or a plain paragraph. */
  marker: string;
}

const NUMERAL = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/**
 * A count opens at a line start or after a sentence end, with a numbered marker or a connective
 * that starts another act. 1. is only a marker when not inside a decimal (1.2万).
 */
const COUNT_START = new RegExp(
  `(?<=^|[\\n。；;：:]\\s*)(?:[（(](?:${NUMERAL})[)）]、?|(?:${NUMERAL})(?:、|[.．](?![0-9０-９]))|第(?:${NUMERAL})(?:起|次|笔|宗)[，,：:]?|此外[，,]|另查明[，,：:]?|另[，,])`,
  'gmu',
);

export function splitCounts(text: string): FactCount[] {
  const starts: { at: number; marker: string }[] = [];
  for (const match of text.matchAll(COUNT_START)) starts.push({ at: match.index ?? 0, marker: match[0] });
  // Paragraph breaks also separate counts, when no marker sits there already.
  for (const match of text.matchAll(/\n+/g)) {
    const at = (match.index ?? 0) + match[0].length;
    if (at < text.length && !starts.some((s) => s.at === at)) starts.push({ at, marker: '' });
  }
  starts.sort((a, b) => a.at - b.at);
  const counts: FactCount[] = [];
  let cursor = 0;
  let marker = '';
  for (const next of [...starts, { at: text.length, marker: '' }]) {
    if (next.at > cursor && text.slice(cursor, next.at).trim()) {
      counts.push({ index: counts.length, start: cursor, end: next.at, text: text.slice(cursor, next.at), marker });
    }
    if (next.at >= cursor) {
      cursor = next.at;
      marker = next.marker;
    }
  }
  return counts;
}
