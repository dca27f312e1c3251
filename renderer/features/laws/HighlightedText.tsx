import { Fragment } from 'react';
import type { Span } from '../../../shared/contract/channels/laws';
import { highlightSegments } from './law-view-model';

/** Text with the given spans marked (matched terms, search hits); line breaks kept. */
export function HighlightedText({ text, spans, testId }: { text: string; spans: readonly Span[]; testId?: string }) {
  return (
    <span data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
      {highlightSegments(text, spans).map((segment, i) =>
        segment.marked ? (
          <mark key={i} data-testid="mark" style={{ background: '#ffe58f', padding: 0, borderRadius: 2 }}>
            {segment.text}
          </mark>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </span>
  );
}
