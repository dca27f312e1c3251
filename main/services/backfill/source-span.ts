import type { SourceSpan } from '../../../shared/contract/channels/backfill';

export interface BackfillDocument {
  id: string;
  fileName: string;
  /** Catalogue category (起诉状, 身份证明 …); null when not catalogued or pasted. */
  category: string | null;
  text: string;
}

const radius = 30;

/** The span with enough text around it for the form to show it highlighted in place. */
export function spanIn(doc: BackfillDocument, start: number, end: number): SourceSpan {
  const from = Math.max(0, start - radius);
  const to = Math.min(doc.text.length, end + radius);
  return {
    documentId: doc.id,
    fileName: doc.fileName,
    start,
    end,
    context: doc.text.slice(from, to),
    contextStart: start - from,
    contextEnd: end - from,
  };
}

/** A proposal for a value read at [start, end) of the document. */
export function proposed<T>(doc: BackfillDocument, value: T, start: number, end: number, problem: string | null = null) {
  return { value, source: spanIn(doc, start, end), problem };
}
