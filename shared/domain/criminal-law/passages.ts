/** A stretch of a text (UTF-16 offsets, end exclusive). */
export interface Passage {
  start: number;
  end: number;
  text: string;
}

/** Clauses of a text, split after 。；！？，and line breaks, blanks skipped. */
export function clausesOf(text: string): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if ('。；！？，,;!?\n'.includes(text[i] ?? '') || i === text.length - 1) {
      const piece = text.slice(start, i + 1);
      if (piece.trim().length > 1) out.push({ start, end: i + 1, text: piece });
      start = i + 1;
    }
  }
  return out;
}

/** Sentences of a text (split after 。；！？ and line breaks). */
export function sentencesOf(text: string): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if ('。；！？\n'.includes(text[i] ?? '') || i === text.length - 1) {
      const piece = text.slice(start, i + 1);
      if (piece.trim().length > 1) out.push({ start, end: i + 1, text: piece });
      start = i + 1;
    }
  }
  return out;
}

/** The clause of `text` around offset `at`. */
export function clauseAround(text: string, at: number, end = at + 1): Passage {
  const clauses = clausesOf(text);
  const found = clauses.find((c) => c.start <= at && c.end >= end) ?? clauses.find((c) => c.start <= at && c.end > at);
  return found ?? { start: at, end, text: text.slice(at, end) };
}

/** The passages of `text` holding the most weight of the given terms, best first. */
export function bestPassages(pieces: Passage[], terms: Array<{ gram: string; weight: number }>, count: number): Passage[] {
  return pieces
    .map((p) => ({ p, w: terms.reduce((sum, t) => (p.text.includes(t.gram) ? sum + t.weight : sum), 0) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.p.start - b.p.start)
    .slice(0, count)
    .map((x) => x.p)
    .sort((a, b) => a.start - b.start);
}
