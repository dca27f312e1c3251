import { Alert, Button, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TriageReason } from '../../../shared/contract/channels/triage';
import { triageAssess } from '../../../shared/contract/channels/triage';
import { useInvoke } from '../../api/useInvoke';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { TriageRulesModal } from './TriageRulesModal';

/** 繁简分流: the track, the score against the court's threshold, and every feature with its points and rule. */
export function TriagePanel({ caseId }: { caseId: string }) {
  const r = useInvoke(triageAssess, { caseId }, caseId);
  const [rulesOpen, setRulesOpen] = useState(false);
  if (r.error && !r.data) return <ApiErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Spin />;
  const d = r.data;
  return (
    <div data-testid="triage-panel">
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="建议">
          <Tag color={d.track === '繁' ? 'volcano' : 'blue'} data-testid="triage-track" style={{ fontSize: 16, padding: '2px 10px' }}>
            {d.track === '繁' ? '繁案' : '简案'}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="得分">
          {d.score} 分（繁案门槛 {d.threshold} 分）
        </Descriptions.Item>
        <Descriptions.Item label="说明">
          <AiNotice model={d.ai.modelId} modelVersion={d.ai.modelVersion} modelSha256={d.ai.modelSha256} confidence={d.ai.confidence} />
        </Descriptions.Item>
      </Descriptions>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="分流建议仅供参考，由立案庭或审判长决定适用程序。计分规则由本院管理员设定（下方「计分规则」）。" />
      <Table<TriageReason>
        rowKey="feature"
        size="small"
        pagination={false}
        dataSource={d.reasons}
        columns={[
          { title: '因素', dataIndex: 'label', width: 160 },
          { title: '本案情况', dataIndex: 'value' },
          { title: '计分', dataIndex: 'points', width: 70, render: (p: number) => (p > 0 ? <Typography.Text strong>+{p}</Typography.Text> : '0') },
          { title: '规则', dataIndex: 'rule', render: (s: string) => <span style={{ fontSize: 12 }}>{s}</span> },
          {
            title: '出处',
            render: (_, x) => (x.source ? <span style={{ fontSize: 12 }}>{x.source.fileName}：{x.source.snippet}</span> : null),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Button size="small" onClick={r.reload}>
          重新计算
        </Button>
        <Button size="small" onClick={() => setRulesOpen(true)} data-testid="triage-rules">
          计分规则（管理员）
        </Button>
      </Space>
      <TriageRulesModal open={rulesOpen} onClose={() => setRulesOpen(false)} onSaved={r.reload} />
    </div>
  );
}
