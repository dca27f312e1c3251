// Character accuracy of OCR output against a known text: 1 − CER, where CER is the edit distance
// (insertions, deletions, substitutions of single characters) divided by the number of characters
// in the known text, both with all whitespace removed (line breaks and indents are layout, not
// text). Characters are Unicode code points.

/** The text as compared: whitespace (ASCII and full-width) removed, optionally width-folded (NFKC: ［ → [, ２ → 2). */
export function comparable(text: string, fold = false): string[] {
  const stripped = text.replace(/\s+/gu, '');
  return Array.from(fold ? stripped.normalize('NFKC').replace(/\s+/gu, '') : stripped);
}

/** Levenshtein distance over two character arrays, two rows of memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** Edits and reference length of one page; sum them over pages for a set's figure. */
export interface CharCount {
  edits: number;
  chars: number;
}

export function countEdits(reference: string, recognised: string, fold = false): CharCount {
  const ref = comparable(reference, fold);
  return { edits: editDistance(ref, comparable(recognised, fold)), chars: ref.length };
}

/** 1 − (Σ edits / Σ reference characters); may go below 0 when the output is mostly noise. */
export function charAccuracy(counts: readonly CharCount[]): number {
  const chars = counts.reduce((s, c) => s + c.chars, 0);
  const edits = counts.reduce((s, c) => s + c.edits, 0);
  return chars === 0 ? 0 : 1 - edits / chars;
}
