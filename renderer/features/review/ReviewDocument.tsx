import { Fragment } from 'react';
import type { ReviewFinding } from '../../../shared/contract/channels/review';
import { useT } from '../../i18n';
import { segments, severityColors } from './review-view-model';

/** The reviewed document with every finding marked by severity; a click selects the finding. */
export function ReviewDocument({
  text,
  findings,
  selected,
  onSelect,
}: {
  text: string;
  findings: readonly ReviewFinding[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  return (
    <div
      data-testid="review-document"
      style={{ whiteSpace: 'pre-wrap', lineHeight: 2, fontFamily: '"FangSong", "仿宋", serif', fontSize: 16 }}
    >
      {segments(text, findings).map((segment) => {
        const top = segment.findings[0];
        if (!top) return <Fragment key={segment.start}>{segment.text}</Fragment>;
        const isSelected = segment.findings.some((f) => f.id === selected);
        return (
          <mark
            key={segment.start}
            data-testid="review-mark"
            data-severity={top.severity}
            data-finding={top.id}
            id={`mark-${top.id}`}
            title={segment.findings
              .map((f) =>
                t('review.markTitle', {
                  family: t(`review.family.${f.family}`),
                  severity: t(`review.severity.${f.severity}`),
                  message: f.message,
                }),
              )
              .join('\n')}
            onClick={() => onSelect(top.id)}
            style={{
              background: severityColors[top.severity].mark,
              outline: isSelected ? '2px solid #1677ff' : undefined,
              cursor: 'pointer',
              padding: 0,
              borderRadius: 2,
            }}
          >
            {segment.text === '\n' ? ' \n' : segment.text}
          </mark>
        );
      })}
    </div>
  );
}
