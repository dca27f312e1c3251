import type { Span, ValidityStatus } from '../../../shared/contract/channels/laws';

export interface Segment {
  text: string;
  marked: boolean;
}

/** Cuts `text` at the spans (overlapping or out of order, clipped to the text) into plain and marked runs. */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    const last = segments.at(-1);
    if (last?.marked && start === at) last.text += text.slice(start, span.end);
    else segments.push({ text: text.slice(start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** Badge colours: 有效 green, 已废止 red, 尚未生效 orange, 已修改 grey. */
export const validityColors: Record<ValidityStatus, string> = {
  有效: 'green',
  已废止: 'red',
  尚未生效: 'orange',
  已修改: 'default',
};

/** Ctrl+K (⌘K on macOS) focuses the statute search box, as in most search-first tools. */
export function isFocusSearchShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** Where an article to show is: the law (id or name), the number, and the date its text applies on. */
export interface ArticleTarget {
  law: number | string;
  article: number;
  suffix: number | null;
  asOf?: string;
}

/**
 * The date to open a search hit on: a superseded version (已修改) only shows on a day it was in
 * force, so use its own date; otherwise the date the results were judged on.
 */
export function hitAsOf(hit: { status: ValidityStatus; versionDate: string | null }, asOf: string | undefined): string | undefined {
  if (hit.status === '已修改' && hit.versionDate) return hit.versionDate;
  return asOf;
}

/**
 * The stretches of a long text around its marked spans (± `context` characters, … between), with
 * the spans moved to match: a suggestion shows where its terms stand in the facts, not all of them.
 */
export function excerptAround(text: string, spans: readonly Span[], context = 16): { text: string; spans: Span[] } {
  if (spans.length === 0) return { text: '', spans: [] };
  const windows: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, span.start - context);
    const end = Math.min(text.length, span.end + context);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  let out = '';
  const moved: Span[] = [];
  for (const window of windows) {
    out += window.start > 0 || out !== '' ? '…' : '';
    const offset = out.length - window.start;
    for (const span of spans) {
      if (span.start >= window.start && span.end <= window.end) moved.push({ start: span.start + offset, end: span.end + offset });
    }
    out += text.slice(window.start, window.end);
  }
  if ((windows.at(-1)?.end ?? 0) < text.length) out += '…';
  return { text: out, spans: moved.sort((a, b) => a.start - b.start) };
}
