// Chinese has no spaces, and FTS5's trigram tokenizer cannot match a two-character query (借贷).
// So the index holds overlapping character bigrams of every Han run, plus the run's last
// character alone, which lets a one-character query run as a prefix query over the bigrams.
// Latin letters and digits stay whole words. unicode61 then splits the prepared text on spaces.

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

export interface QueryRun {
  /** The run as the user typed it (after normalisation): what the snippet highlights. */
  text: string;
  han: boolean;
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function runs(text: string): QueryRun[] {
  return [...normalise(text).matchAll(RUN)].map((m) => ({ text: m[0], han: m[1] !== undefined }));
}

function bigrams(han: string): string[] {
  const chars = [...han];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
  out.push(chars.at(-1) ?? '');
  return out;
}

/** Text as stored in the FTS column: 民间借贷 → "民间 间借 借贷 贷". */
export function indexTokens(text: string): string {
  return runs(text)
    .map((r) => (r.han ? bigrams(r.text).join(' ') : r.text))
    .join(' ');
}

function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/** The pieces of a query that must all appear, for highlighting. */
export function queryRuns(query: string): QueryRun[] {
  return runs(query);
}

/**
 * FTS5 MATCH expression requiring every run of the query: a Han run of two or more characters
 * is a phrase of its bigrams (so it matches exactly that substring), one character is a prefix
 * query, a Latin/digit run is a word. Null when the query holds nothing searchable.
 */
export function matchExpression(query: string): string | null {
  const parts = runs(query).map((r) => {
    if (!r.han) return quote(r.text);
    const chars = [...r.text];
    if (chars.length === 1) return `${quote(r.text)}*`;
    const grams = bigrams(r.text).slice(0, -1);
    return grams.length === 1 ? quote(grams[0] ?? '') : quote(grams.join(' '));
  });
  return parts.length === 0 ? null : parts.join(' AND ');
}
