import type { TranscriptContent } from '../../../shared/domain/transcript-editing';

/** One occurrence of the search text: which turn, and where in its text. */
export interface Match {
  turnId: string;
  start: number;
  end: number;
}

/** Every occurrence in document order (sections, then turns, then position); none for ''. */
export function findMatches(content: TranscriptContent, query: string): Match[] {
  if (!query) return [];
  const matches: Match[] = [];
  for (const section of content.sections) {
    for (const turn of section.turns) {
      let from = 0;
      for (;;) {
        const at = turn.text.indexOf(query, from);
        if (at < 0) break;
        matches.push({ turnId: turn.id, start: at, end: at + query.length });
        from = at + query.length;
      }
    }
  }
  return matches;
}

/**
 * The match to go to from a caret: the first one starting at or after it (step 1), or the last
 * one ending before it (step -1), wrapping round the document.
 */
export function nextMatch(
  matches: readonly Match[],
  order: readonly string[],
  caret: { turnId: string; offset: number } | null,
  step: 1 | -1,
): number {
  if (!matches.length) return -1;
  if (!caret) return step === 1 ? 0 : matches.length - 1;
  const rank = new Map(order.map((id, i) => [id, i]));
  const key = (turnId: string, offset: number) => (rank.get(turnId) ?? 0) * 1e6 + offset;
  const here = key(caret.turnId, caret.offset);
  if (step === 1) {
    const i = matches.findIndex((m) => key(m.turnId, m.start) >= here);
    return i < 0 ? 0 : i;
  }
  for (let i = matches.length - 1; i >= 0; i--) if (key(matches[i]!.turnId, matches[i]!.end) < here) return i;
  return matches.length - 1;
}

/** Each changed turn's new text for 全部替换 (only turns that contain the query). */
export function replaceAllTexts(content: TranscriptContent, query: string, replacement: string): Array<{ turnId: string; text: string }> {
  if (!query) return [];
  return content.sections.flatMap((s) =>
    s.turns.filter((t) => t.text.includes(query)).map((t) => ({ turnId: t.id, text: t.text.split(query).join(replacement) })),
  );
}
