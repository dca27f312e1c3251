import type { QuickPhrase } from '../../../shared/contract/channels/transcripts-settings';

/**
 * The abbreviation that ends at the caret, if any: its letters must not follow another ASCII
 * letter or digit, so typing "bgr" expands 被告人 and the "bg" inside "abg" expands nothing. The
 * longest abbreviation wins (bgr before bg).
 */
export function abbreviationAt(text: string, caret: number, phrases: readonly QuickPhrase[]): QuickPhrase | null {
  const before = text.slice(0, caret);
  const word = /[a-z0-9]+$/.exec(before)?.[0];
  if (!word) return null;
  const candidates = phrases
    .filter((p) => word.endsWith(p.abbreviation) && !/[a-zA-Z0-9]$/.test(before.slice(0, caret - p.abbreviation.length)))
    .sort((a, b) => b.abbreviation.length - a.abbreviation.length);
  return candidates[0] ?? null;
}

/** The text with `phrase.text` put in place of its abbreviation before the caret. */
export function expandAbbreviation(text: string, caret: number, phrase: QuickPhrase): { text: string; caret: number } {
  const start = caret - phrase.abbreviation.length;
  return { text: text.slice(0, start) + phrase.text + text.slice(caret), caret: start + phrase.text.length };
}

/** A phrase typed at the caret (Ctrl+Shift+n or a click in the list), replacing any selection. */
export function insertAt(text: string, selection: { start: number; end: number }, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, selection.start) + insert + text.slice(selection.end), caret: selection.start + insert.length };
}
