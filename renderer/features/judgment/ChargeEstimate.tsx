import { Progress, Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import { HighlightedText } from '../laws/HighlightedText';
import type { AssistResult } from './assist-result';

type Charge = AssistResult['charges'][number];
type Element = Charge['elements']['met'][number];
type Passage = { start: number; end: number; text?: string };

const sourceColors: Record<Charge['source'], string> = { model: 'blue', statute: 'purple', 'element-rule': 'gold' };

/** A passage of the facts with a little context, the passage itself marked. */
export function FactPassage({ facts, passage, testId }: { facts: string; passage: Passage; testId: string }) {
  const from = Math.max(0, passage.start - 12);
  const to = Math.min(facts.length, passage.end + 12);
  return (
    <div style={{ fontSize: 13 }} data-testid={testId}>
      {from > 0 ? '…' : ''}
      <HighlightedText text={facts.slice(from, to)} spans={[{ start: passage.start - from, end: passage.end - from }]} />
      {to < facts.length ? '…' : ''}
    </div>
  );
}

function ElementLine({ facts, check, met }: { facts: string; check: Element; met: boolean }) {
  const t = useT();
  return (
    <div style={{ marginTop: 4 }} data-testid={met ? 'charge-element-met' : 'charge-element-unmet'}>
      <Space size={4} wrap>
        <Tag color={met ? 'green' : check.status === 'contradicted' ? 'red' : 'default'}>{check.element}</Tag>
        <Typography.Text style={{ fontSize: 13 }}>{check.label}</Typography.Text>
        {met ? null : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            （{t(check.status === 'contradicted' ? 'judgment.element.contradicted' : 'judgment.element.notFound')}）
          </Typography.Text>
        )}
      </Space>
      {check.passage ? <FactPassage facts={facts} passage={check.passage} testId="charge-element-passage" /> : null}
    </div>
  );
}

/**
 * One suggested charge: where it comes from (模型 / 依罪状匹配 / 要件规则), the model's calibrated
 * probability when there is one, why, the elements the facts meet and do not meet, its 分则 articles.
 */
export function ChargeEstimate({ facts, charge, testId }: { facts: string; charge: Charge; testId: string }) {
  const t = useT();
  return (
    <div style={{ marginBottom: 14 }} data-testid={testId} data-source={charge.source}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space size={6}>
          <Typography.Text strong>{charge.name}</Typography.Text>
          <Tag color={sourceColors[charge.source]} data-testid="charge-source">
            {t(`judgment.source.${charge.source}`)}
          </Tag>
        </Space>
        {charge.confidence === null ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('judgment.noConfidence')}
          </Typography.Text>
        ) : (
          <Progress percent={Math.round(charge.confidence * 100)} size="small" style={{ width: 160, margin: 0 }} />
        )}
      </Space>
      {charge.articles.length ? (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="charge-articles">
            {t('judgment.chargeArticles', {
              articles: charge.articles.map((a) => a.citation.replace('《中华人民共和国刑法》', '')).join('、'),
            })}
          </Typography.Text>
        </div>
      ) : null}
      {charge.reason ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '4px 0' }} data-testid="charge-reason">
          {charge.reason}
        </Typography.Paragraph>
      ) : null}
      {charge.elements.met.map((e) => (
        <ElementLine key={`m-${e.element}-${e.label}`} facts={facts} check={e} met />
      ))}
      {charge.elements.unmet.map((e) => (
        <ElementLine key={`u-${e.element}-${e.label}`} facts={facts} check={e} met={false} />
      ))}
      {charge.statute ? (
        <div style={{ marginTop: 4 }}>
          {charge.statute.factPassages.map((p) => (
            <FactPassage key={`${p.start}-${p.end}`} facts={facts} passage={p} testId="charge-statute-passage" />
          ))}
          {charge.statute.statutePassages.length ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('judgment.statuteMatch')}：{charge.statute.statutePassages.join(' …… ')}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
      {charge.spans.length ? (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('judgment.why')}
          </Typography.Text>
          {charge.spans.map((s) => (
            <FactPassage key={`${s.start}-${s.end}`} facts={facts} passage={s} testId="deviation-passage" />
          ))}
        </div>
      ) : null}
    </div>
  );
}
