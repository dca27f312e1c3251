import { Col, Descriptions, Drawer, Row, Table, Tag, Typography } from 'antd';
import type { SimilarCase } from '../../../shared/contract/channels/similar-cases';
import { Marked } from './Marked';
import { circumstanceColour, monthsText, statusLabels } from './similar-view-model';

/**
 * 对照: this case and the pushed one side by side, shared passages marked in both, the
 * circumstances in one table (本案 | 类案), then the pushed case's reasoning and result.
 */
export function CompareView({ queryText, hit, onClose }: { queryText: string; hit: SimilarCase | null; onClose: () => void }) {
  if (!hit) return null;
  const { case: c, explanation: e } = hit;
  return (
    <Drawer open width="92%" onClose={onClose} title={`对照：${c.caseNumber ?? `${c.source} #${c.id}`}`} data-testid="similar-compare">
      <Row gutter={24}>
        <Col span={12}>
          <Typography.Title level={5}>本案事实（已隐去当事人身份信息）</Typography.Title>
          <div data-testid="compare-query" style={{ maxHeight: 320, overflow: 'auto', border: '1px solid #f0f0f0', padding: 12 }}>
            <Marked text={queryText} spans={e.queryHighlights} />
          </div>
        </Col>
        <Col span={12}>
          <Typography.Title level={5}>类案事实</Typography.Title>
          <div data-testid="compare-candidate" style={{ maxHeight: 320, overflow: 'auto', border: '1px solid #f0f0f0', padding: 12 }}>
            <Marked text={c.facts} spans={e.candidateHighlights} />
          </div>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        要素对照
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        data-testid="compare-elements"
        columns={[
          { title: '要素', dataIndex: 'label', width: 140 },
          { title: '本案', dataIndex: 'query' },
          { title: '类案', dataIndex: 'candidate' },
          { title: '对照', dataIndex: 'status', width: 110 },
        ]}
        dataSource={[
          { key: 'cause', label: c.kind === '民事' ? '案由' : '罪名', query: [...e.sameCauses, ...e.queryOnlyCauses].join('、') || '—', candidate: c.causes.join('、') || '—', status: e.sameCauses.length ? <Tag color="green">相同</Tag> : <Tag>—</Tag> },
          ...e.circumstances.map((m) => ({
            key: m.id,
            label: m.label,
            query: m.query ? `${m.query.span.text}${m.query.value !== null ? `（${m.query.value}）` : ''}` : '—',
            candidate: m.candidate ? `${m.candidate.span.text}${m.candidate.value !== null ? `（${m.candidate.value}）` : ''}` : '—',
            status: <Tag color={circumstanceColour(m)}>{statusLabels[m.status]}</Tag>,
          })),
          { key: 'articles', label: '共同引用法条', query: '', candidate: e.sharedArticles.map((a) => a.citation).join('、') || '—', status: <Tag>{e.sharedArticles.length} 条</Tag> },
        ]}
      />
      <Descriptions size="small" column={2} style={{ marginTop: 16 }} bordered>
        <Descriptions.Item label="法院">{c.court ?? '—'}（{c.courtLevel ?? '层级不明'}）</Descriptions.Item>
        <Descriptions.Item label="裁判日期">{c.decidedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="刑期/判赔">
          {c.outcome.prisonMonths !== null ? `有期徒刑或拘役 ${monthsText(c.outcome.prisonMonths)}` : ''}
          {c.outcome.fine !== null ? ` 罚金 ${c.outcome.fine} 元` : ''}
          {c.outcome.awarded !== null ? ` 判赔 ${c.outcome.awarded} 元` : ''}
          {c.outcome.lifeImprisonment ? ' 无期徒刑' : ''}
          {c.outcome.deathPenalty ? ' 死刑' : ''}
        </Descriptions.Item>
        <Descriptions.Item label="来源">{c.source}</Descriptions.Item>
      </Descriptions>
      {c.reasoning ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            本院认为
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.reasoning}</Typography.Paragraph>
        </>
      ) : null}
      {c.result ? (
        <>
          <Typography.Title level={5}>裁判结果</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.result}</Typography.Paragraph>
        </>
      ) : null}
    </Drawer>
  );
}
