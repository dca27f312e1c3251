import { Alert, Button, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TriageReason } from '../../../shared/contract/channels/triage';
import { triageAssess } from '../../../shared/contract/channels/triage';
import { useInvoke } from '../../api/useInvoke';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { TriageRulesModal } from './TriageRulesModal';

/** 繁简分流: the track, the score against the court's threshold, and every feature with its points and rule. */
export function TriagePanel({ caseId }: { caseId: string }) {
  const t = useT();
  const r = useInvoke(triageAssess, { caseId }, caseId);
  const [rulesOpen, setRulesOpen] = useState(false);
  if (r.error && !r.data) return <ApiErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Spin />;
  const d = r.data;
  return (
    <div data-testid="triage-panel">
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('triage.suggestion')}>
          <Tag color={d.track === '繁' ? 'volcano' : 'blue'} data-testid="triage-track" style={{ fontSize: 16, padding: '2px 10px' }}>
            {t(d.track === '繁' ? 'triage.complex' : 'triage.simple')}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('triage.score')}>
          {t('triage.scoreValue', { score: d.score, threshold: d.threshold })}
        </Descriptions.Item>
        <Descriptions.Item label={t('triage.explanation')}>
          <AiNotice model={d.ai.modelId} modelVersion={d.ai.modelVersion} modelSha256={d.ai.modelSha256} confidence={d.ai.confidence} />
        </Descriptions.Item>
      </Descriptions>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('triage.notice')} />
      <Table<TriageReason>
        rowKey="feature"
        size="small"
        pagination={false}
        dataSource={d.reasons}
        columns={[
          // Factor names, this case's values and the rules come from the main process as they are.
          { title: t('triage.col.feature'), dataIndex: 'label', width: 160 },
          { title: t('triage.col.value'), dataIndex: 'value' },
          {
            title: t('triage.col.points'),
            dataIndex: 'points',
            width: 70,
            render: (p: number) => (p > 0 ? <Typography.Text strong>+{p}</Typography.Text> : '0'),
          },
          { title: t('triage.col.rule'), dataIndex: 'rule', render: (s: string) => <span style={{ fontSize: 12 }}>{s}</span> },
          {
            title: t('triage.col.source'),
            render: (_, x) =>
              x.source ? (
                <span style={{ fontSize: 12 }}>{t('triage.source', { file: x.source.fileName, snippet: x.source.snippet })}</span>
              ) : null,
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Button size="small" onClick={r.reload}>
          {t('triage.recompute')}
        </Button>
        <Button size="small" onClick={() => setRulesOpen(true)} data-testid="triage-rules">
          {t('triage.rules')}
        </Button>
      </Space>
      <TriageRulesModal open={rulesOpen} onClose={() => setRulesOpen(false)} onSaved={r.reload} />
    </div>
  );
}
