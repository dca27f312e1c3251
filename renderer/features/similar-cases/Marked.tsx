import { Fragment } from 'react';
import type { TextSpan } from '../../../shared/contract/channels/similar-cases';
import { markSegments } from './similar-view-model';

/** Text with the matched passages marked; line breaks kept. */
export function Marked({ text, spans, testId }: { text: string; spans: readonly TextSpan[]; testId?: string }) {
  return (
    <span data-testid={testId} style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }}>
      {markSegments(text, spans).map((s, i) =>
        s.marked ? (
          <mark key={i} data-testid="similar-mark" style={{ background: '#ffe58f', padding: 0, borderRadius: 2 }}>
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </span>
  );
}
