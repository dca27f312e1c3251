// 公开版本: every privacy finding applied at once; a protected name is replaced everywhere it occurs,
// not only where it was first found.
import type { ReviewFinding } from '../../../shared/contract/channels/review';

export interface Redaction {
  start: number;
  end: number;
  rule: string;
  replacement: string;
}

export function redactForPublication(text: string, privacy: readonly ReviewFinding[]): { text: string; redactions: Redaction[] } {
  const spans: Redaction[] = [];
  for (const f of privacy) {
    if (f.fix === null) continue;
    if (f.rule === 'privacy.protected-name') {
      for (let at = text.indexOf(f.excerpt); at >= 0; at = text.indexOf(f.excerpt, at + f.excerpt.length)) {
        spans.push({ start: at, end: at + f.excerpt.length, rule: f.rule, replacement: f.fix });
      }
    } else {
      spans.push({ start: f.start, end: f.end, rule: f.rule, replacement: f.fix });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Redaction[] = [];
  for (const s of spans) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  let out = '';
  let at = 0;
  for (const s of kept) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return { text: out + text.slice(at), redactions: kept };
}
