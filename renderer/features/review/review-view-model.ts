// Pure helpers of the review view: document segments with the findings that cover them, moving
// findings after an applied fix, the draft as the one text the reviewer sees.
import type { ReviewFinding, ReviewSeverity } from '../../../shared/contract/channels/review';

export interface Segment {
  text: string;
  start: number;
  /** Findings covering this segment, most severe first. */
  findings: ReviewFinding[];
}

const rank: Record<ReviewSeverity, number> = { error: 0, warning: 1, info: 2 };

/** The text cut at every finding edge, so each piece knows which findings mark it. */
export function segments(text: string, findings: readonly ReviewFinding[]): Segment[] {
  const edges = new Set([0, text.length]);
  for (const f of findings) {
    // A finding on an empty span (a missing section) marks the character at its start.
    const end = Math.max(f.end, Math.min(text.length, f.start + 1));
    edges.add(Math.min(f.start, text.length));
    edges.add(Math.min(end, text.length));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = findings
      .filter((f) => f.start < end && Math.max(f.end, f.start + 1) > start)
      .sort((a, b) => rank[a.severity] - rank[b.severity]);
    out.push({ text: text.slice(start, end), start, findings: covering });
  }
  return out;
}

/** After a fix: the applied finding and those overlapping it go, later ones move by `delta`. */
export function afterFix(findings: readonly ReviewFinding[], applied: ReviewFinding, delta: number): ReviewFinding[] {
  return findings
    .filter((f) => f.id !== applied.id && (f.end <= applied.start || f.start >= applied.end))
    .map((f) => (f.start >= applied.end ? { ...f, start: f.start + delta, end: f.end + delta } : f));
}

/** Sections joined as main/services/drafting/plain-text.ts joins them, so offsets agree. */
export function draftText(sections: readonly { text: string }[]): string {
  let text = '';
  for (const s of sections) {
    if (s.text !== '' && text !== '') text += '\n';
    text += s.text;
  }
  return text;
}

export const severityColors: Record<ReviewSeverity, { mark: string; tag: string }> = {
  error: { mark: '#ffccc7', tag: 'red' },
  warning: { mark: '#ffe58f', tag: 'orange' },
  info: { mark: '#bae0ff', tag: 'blue' },
};

/** File bytes as base64 for review.import (no FileReader data-URL prefix to strip). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
