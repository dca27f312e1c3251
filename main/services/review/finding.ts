import type { ReviewFamily, ReviewFinding, ReviewSeverity } from '../../../shared/contract/channels/review';

/** A finding for text[start, end): the excerpt is taken from the text so apply can check it later. */
export function finding(
  text: string,
  family: ReviewFamily,
  rule: string,
  severity: ReviewSeverity,
  start: number,
  end: number,
  message: string,
  fix: string | null = null,
): ReviewFinding {
  return { id: `${rule}@${start}-${end}`, family, rule, severity, start, end, excerpt: text.slice(start, end), message, fix };
}

/** The sentence around an offset (between 。；！？ or line breaks), as [start, end). */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[。；！？\n]/.test(text[start - 1]!)) start -= 1;
  let end = at;
  while (end < text.length && !/[。；！？\n]/.test(text[end]!)) end += 1;
  return { start, end: Math.min(text.length, end + 1) };
}
