import { Alert, App, Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { similarCases } from '../../../shared/contract';
import type { SimilarCase } from '../../../shared/contract/channels/similar-cases';
import { invoke } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useT } from '../../i18n';
import { Marked } from './Marked';
import { circumstanceColour, statusKeys } from './similar-view-model';

/** One pushed case: who decided what, why it is similar, what differs, 相关/不相关. */
export function SimilarResultCard({
  rank,
  hit,
  auditSeq,
  onCompare,
}: {
  rank: number;
  hit: SimilarCase;
  auditSeq: number;
  onCompare: () => void;
}) {
  const { message } = App.useApp();
  const t = useT();
  const [feedback, setFeedback] = useState<boolean | null>(null);
  const { case: c, explanation: e } = hit;
  const excerpt = excerptOf(c.facts, e.candidateHighlights);
  const inferred = hit.inferredChargeMatch ?? [];

  const sending = useAction({ onError: (error) => message.error(errorMessage(error)) });
  const send = async (relevant: boolean) => {
    const sent = await sending.run(() => invoke(similarCases.similarCasesFeedback, { outputSeq: auditSeq, corpusCaseId: c.id, relevant }));
    if (!sent) return;
    setFeedback(relevant);
    message.success(
      t('similarCases.feedback.recorded', {
        decision: t(relevant ? 'similarCases.feedback.relevant' : 'similarCases.feedback.irrelevant'),
      }),
    );
  };

  return (
    <Card
      size="small"
      data-testid="similar-result"
      data-case-id={c.id}
      title={
        <Space wrap size={[8, 4]}>
          <Typography.Text type="secondary">{rank}.</Typography.Text>
          <Typography.Text strong>{c.caseNumber ?? `${c.source} #${c.id}`}</Typography.Text>
          {c.court ? <Typography.Text type="secondary">{c.court}</Typography.Text> : null}
          {c.decidedOn ? <Typography.Text type="secondary">{c.decidedOn}</Typography.Text> : null}
          {c.causes.map((cause) =>
            // The reason line says it too (与推定罪名相同…), which the search report carries.
            inferred.includes(cause) ? (
              <Tooltip key={cause} title={t('similarCases.inferred.match', { list: cause })}>
                <Tag color="blue" data-testid="similar-inferred-match">
                  {cause}
                </Tag>
              </Tooltip>
            ) : (
              <Tag key={cause} color={e.sameCauses.includes(cause) ? 'green' : 'default'}>
                {cause}
              </Tag>
            ),
          )}
        </Space>
      }
      extra={<Typography.Text type="secondary">{t('similarCases.score', { percent: Math.round(hit.score * 100) })}</Typography.Text>}
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text data-testid="similar-reason">
          <Typography.Text strong>{t('similarCases.reason')}</Typography.Text>
          {/* The summary is written by the main process and shown as it is. */}
          {e.summary}
        </Typography.Text>

        {e.circumstances.length ? (
          <Space wrap size={[4, 4]} data-testid="similar-circumstances">
            {e.circumstances.map((m) => (
              <Tag key={m.id} color={circumstanceColour(m)} title={t(statusKeys[m.status])}>
                {m.label}·{t(statusKeys[m.status])}
              </Tag>
            ))}
          </Space>
        ) : null}
        {e.sharedArticles.length ? (
          <Typography.Text type="secondary">
            {t('similarCases.sharedArticles', { list: e.sharedArticles.map((a) => a.citation).join('、') })}
          </Typography.Text>
        ) : null}
        {e.differences.length ? (
          <Alert
            type="warning"
            showIcon
            data-testid="similar-differences"
            title={t('similarCases.differences', { list: e.differences.join('；') })}
          />
        ) : null}
        <Typography.Paragraph style={{ margin: 0, color: '#555' }}>
          <Marked text={excerpt.text} spans={excerpt.spans} />
        </Typography.Paragraph>
        <Space>
          <Button size="small" onClick={onCompare} data-testid="similar-compare-open">
            {t('similarCases.compare')}
          </Button>
          <Button
            size="small"
            type={feedback === true ? 'primary' : 'default'}
            onClick={() => void send(true)}
            data-testid="similar-relevant"
          >
            {t('similarCases.feedback.relevant')}
          </Button>
          <Button
            size="small"
            danger={feedback === false}
            type={feedback === false ? 'primary' : 'default'}
            onClick={() => void send(false)}
            data-testid="similar-irrelevant"
          >
            {t('similarCases.feedback.irrelevant')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}

/** Up to 200 characters of the facts around the first marked passage, spans shifted to match. */
function excerptOf(text: string, spans: SimilarCase['explanation']['candidateHighlights']) {
  const first = spans[0]?.start ?? 0;
  const start = Math.max(0, first - 40);
  const end = Math.min(text.length, start + 200);
  const shifted = spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
  return {
    text: `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    spans: shifted.map((s) => ({ ...s, start: s.start + (start > 0 ? 1 : 0), end: s.end + (start > 0 ? 1 : 0) })),
  };
}
