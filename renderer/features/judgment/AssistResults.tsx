import { Alert, Card, Collapse, Empty, List, Progress, Space, Typography } from 'antd';
import { AiNotice } from '../../components/AiNotice';
import { DecisionButtons } from '../../components/DecisionButtons';
import { useT } from '../../i18n';
import { HighlightedText } from '../laws/HighlightedText';
import type { AssistResult } from './assist-result';
import { ChargeEstimate } from './ChargeEstimate';
import { AmountBreakdown } from './AmountBreakdown';
import { DefendantCharges } from './DefendantCharges';
import { GeneralArticles } from './GeneralArticles';

type Span = AssistResult['term']['spans'][number];

/** The estimate beside the facts it came from: every figure with the passages that drove it. */
export function AssistResults({ facts, value }: { facts: string; value: AssistResult }) {
  const t = useT();
  const { ai, deviation, term } = value;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="deviation-results" data-audit-seq={ai.auditSeq}>
      <AiNotice model={ai.modelId} modelVersion={ai.modelVersion} modelSha256={ai.modelSha256} confidence={ai.confidence} />
      {deviation.level === 'outside' ? (
        <Alert
          type="warning"
          showIcon
          data-testid="deviation-warning"
          title={t('judgment.outside')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {deviation.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {deviation.level === 'within' ? <Alert type="success" showIcon data-testid="deviation-within" title={t('judgment.within')} /> : null}

      <Card size="small" title={t('judgment.charges')} data-testid="deviation-charges">
        {value.charges.length === 0 ? <Empty description={t('judgment.none')} /> : null}
        {value.charges.map((c) => (
          <ChargeEstimate key={c.name} facts={facts} charge={c} testId="deviation-charge" />
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('judgment.catalogue', { source: value.catalogueSource })}
        </Typography.Text>
      </Card>

      {value.defendants?.length ? (
        <Card size="small" title={t('judgment.defendants')}>
          <DefendantCharges defendants={value.defendants} />
        </Card>
      ) : null}

      {value.otherCharges.length ? (
        <Card size="small" title={t('judgment.otherCharges')} data-testid="deviation-other-charges">
          {value.otherCharges.map((c) => (
            <ChargeEstimate key={c.name} facts={facts} charge={c} testId="deviation-other-charge" />
          ))}
        </Card>
      ) : null}

      <Card size="small" title={t('judgment.term')} data-testid="deviation-term">
        <Estimate
          label={
            term.kind === 'fixed'
              ? t('judgment.termFixed', { months: term.months, low: term.interval[0], high: term.interval[1] })
              : t(`judgment.penalty.${term.kind}`)
          }
          confidence={term.confidence}
          facts={facts}
          spans={term.spans}
          testId="deviation-term-estimate"
        />
      </Card>

      <Card size="small" title={t('judgment.articles')}>
        <Collapse
          size="small"
          items={value.articles.map((a) => ({
            key: a.citation,
            label: (
              <Space>
                <span data-testid="deviation-article">{a.citation}</span>
                <Typography.Text type="secondary">
                  {t(`judgment.articleSource.${a.source}`)}
                  {a.charges.length ? ` · ${a.charges.join('、')}` : ''}
                  {a.confidence === null ? '' : ` · ${Math.round(a.confidence * 100)}%`}
                </Typography.Text>
              </Space>
            ),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.text ?? t('judgment.noText')}</Typography.Paragraph>
                <Passages facts={facts} spans={a.spans} />
              </Space>
            ),
          }))}
        />
      </Card>

      {value.amount ? (
        <Card size="small" title={t('judgment.amount.title')}>
          <AmountBreakdown facts={facts} amount={value.amount} />
        </Card>
      ) : null}

      <Card size="small" title={t('judgment.general')} data-testid="deviation-general">
        <GeneralArticles facts={facts} items={value.generalArticles} />
      </Card>

      <DecisionButtons testIdPrefix="deviation" outputSeq={ai.auditSeq} summary={value.charges.map((c) => c.name).join('、')} />

      <Card size="small" title={t('judgment.limits')} type="inner">
        <List size="small" dataSource={value.limits} renderItem={(limit) => <List.Item>{limit}</List.Item>} />
      </Card>
    </Space>
  );
}

function Estimate({
  label,
  confidence,
  facts,
  spans,
  testId,
}: {
  label: string;
  confidence: number;
  facts: string;
  spans: Span[];
  testId: string;
}) {
  return (
    <div style={{ marginBottom: 12 }} data-testid={testId}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong>{label}</Typography.Text>
        <Progress percent={Math.round(confidence * 100)} size="small" style={{ width: 160, margin: 0 }} />
      </Space>
      <Passages facts={facts} spans={spans} />
    </div>
  );
}

/** Each driving passage with a little context, the passage itself marked. */
function Passages({ facts, spans }: { facts: string; spans: Span[] }) {
  const t = useT();
  if (spans.length === 0) return null;
  return (
    <div style={{ marginTop: 4 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('judgment.why')}
      </Typography.Text>
      {spans.map((s) => {
        const from = Math.max(0, s.start - 12);
        const to = Math.min(facts.length, s.end + 12);
        return (
          <div key={`${s.start}-${s.end}`} style={{ fontSize: 13 }} data-testid="deviation-passage">
            {from > 0 ? '…' : ''}
            <HighlightedText text={facts.slice(from, to)} spans={[{ start: s.start - from, end: s.end - from }]} />
            {to < facts.length ? '…' : ''}
          </div>
        );
      })}
    </div>
  );
}
