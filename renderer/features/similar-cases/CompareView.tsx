import { Col, Descriptions, Drawer, Row, Space, Table, Tag, Typography } from 'antd';
import type { SimilarCase } from '../../../shared/contract/channels/similar-cases';
import { useT } from '../../i18n';
import { Marked } from './Marked';
import { circumstanceColour, outcomeParts, statusKeys } from './similar-view-model';

/**
 * 对照: this case and the pushed one side by side, shared passages marked in both, the
 * circumstances in one table (本案 | 类案), then the pushed case's reasoning and result.
 */
export function CompareView({ queryText, hit, onClose }: { queryText: string; hit: SimilarCase | null; onClose: () => void }) {
  const t = useT();
  if (!hit) return null;
  const { case: c, explanation: e } = hit;
  return (
    <Drawer
      open
      width="92%"
      onClose={onClose}
      title={t('similarCases.compare.title', { case: c.caseNumber ?? `${c.source} #${c.id}` })}
      data-testid="similar-compare"
    >
      <Row gutter={24}>
        <Col span={12}>
          <Typography.Title level={5}>{t('similarCases.compare.queryFacts')}</Typography.Title>
          <div data-testid="compare-query" style={{ maxHeight: 320, overflow: 'auto', border: '1px solid #f0f0f0', padding: 12 }}>
            <Marked text={queryText} spans={e.queryHighlights} />
          </div>
        </Col>
        <Col span={12}>
          <Typography.Title level={5}>{t('similarCases.compare.candidateFacts')}</Typography.Title>
          <div data-testid="compare-candidate" style={{ maxHeight: 320, overflow: 'auto', border: '1px solid #f0f0f0', padding: 12 }}>
            <Marked text={c.facts} spans={e.candidateHighlights} />
          </div>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('similarCases.compare.elements')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        data-testid="compare-elements"
        columns={[
          { title: t('similarCases.compare.col.element'), dataIndex: 'label', width: 140 },
          { title: t('similarCases.compare.col.query'), dataIndex: 'query' },
          { title: t('similarCases.compare.col.candidate'), dataIndex: 'candidate' },
          { title: t('similarCases.compare.col.status'), dataIndex: 'status', width: 110 },
        ]}
        dataSource={[
          {
            key: 'cause',
            label: t(c.kind === '民事' ? 'similarCases.compare.cause' : 'similarCases.compare.charge'),
            query: [...e.sameCauses, ...e.queryOnlyCauses].join('、') || '—',
            candidate: c.causes.join('、') || '—',
            status: e.sameCauses.length ? <Tag color="green">{t('similarCases.compare.same')}</Tag> : <Tag>—</Tag>,
          },
          // Circumstance labels (自首, 累犯 …) and the matched passages come from the main process as they are.
          ...e.circumstances.map((m) => ({
            key: m.id,
            label: m.label,
            query: m.query ? `${m.query.span.text}${m.query.value !== null ? `（${m.query.value}）` : ''}` : '—',
            candidate: m.candidate ? `${m.candidate.span.text}${m.candidate.value !== null ? `（${m.candidate.value}）` : ''}` : '—',
            status: <Tag color={circumstanceColour(m)}>{t(statusKeys[m.status])}</Tag>,
          })),
          {
            key: 'articles',
            label: t('similarCases.compare.sharedArticles'),
            query: '',
            candidate: e.sharedArticles.map((a) => a.citation).join('、') || '—',
            status: <Tag>{t('similarCases.compare.articleCount', { count: e.sharedArticles.length })}</Tag>,
          },
        ]}
      />
      <Descriptions size="small" column={2} style={{ marginTop: 16 }} bordered>
        <Descriptions.Item label={t('similarCases.compare.court')}>
          {t('similarCases.compare.courtWithLevel', {
            court: c.court ?? '—',
            level: c.courtLevel ?? t('similarCases.compare.courtLevelUnknown'),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('similarCases.compare.decidedOn')}>{c.decidedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('similarCases.compare.outcome')}>
          <Space size={[8, 0]} wrap>
            {outcomeParts(c.outcome, t).map((part) => (
              <span key={part}>{part}</span>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('similarCases.compare.source')}>{c.source}</Descriptions.Item>
      </Descriptions>
      {c.reasoning ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('similarCases.compare.reasoning')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.reasoning}</Typography.Paragraph>
        </>
      ) : null}
      {c.result ? (
        <>
          <Typography.Title level={5}>{t('similarCases.compare.result')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.result}</Typography.Paragraph>
        </>
      ) : null}
    </Drawer>
  );
}
