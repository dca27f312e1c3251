import type { ReviewFinding } from '../../../shared/contract/channels/review';
import { Refusal } from '../../../shared/contract/refusal';

/**
 * The text with one finding's fix applied. Refused when the text at the finding's place is no
 * longer what was reviewed (edited since): applying it blindly would corrupt the judge's draft.
 */
export function applyFix(text: string, f: Pick<ReviewFinding, 'start' | 'end' | 'excerpt' | 'fix'>): { text: string; delta: number } {
  if (f.fix === null) throw new Refusal('CONFLICT', '该审查意见没有可直接采纳的修改建议，请人工修改');
  if (f.start < 0 || f.end > text.length || f.start > f.end || text.slice(f.start, f.end) !== f.excerpt) {
    throw new Refusal('CONFLICT', `文书在该处已被修改（原文“${f.excerpt}”），请重新审查后再采纳`);
  }
  return { text: text.slice(0, f.start) + f.fix + text.slice(f.end), delta: f.fix.length - (f.end - f.start) };
}

/** Later findings move by the length change of an applied fix; overlapping ones are dropped. */
export function shiftFindings(findings: readonly ReviewFinding[], applied: ReviewFinding, delta: number): ReviewFinding[] {
  return findings
    .filter((f) => f.id !== applied.id && (f.end <= applied.start || f.start >= applied.end))
    .map((f) => (f.start >= applied.end ? { ...f, start: f.start + delta, end: f.end + delta } : f));
}
