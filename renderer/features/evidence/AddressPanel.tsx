import { Spin, Table, Tag, Typography } from 'antd';
import type { ContactCandidate } from '../../../shared/contract/channels/service-address';
import { serviceAddressRecommend } from '../../../shared/contract/channels/service-address';
import { useInvoke } from '../../api/useInvoke';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

/** 送达地址推荐: every address and phone in the dossier, ranked, with its source, date and reason. */
export function AddressPanel({ caseId }: { caseId: string }) {
  const r = useInvoke(serviceAddressRecommend, { caseId }, caseId);
  if (r.error && !r.data) return <ApiErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Spin />;
  return (
    <div data-testid="address-panel">
      <div style={{ marginBottom: 8 }}>
        <AiNotice model={r.data.ai.modelId} modelVersion={r.data.ai.modelVersion} modelSha256={r.data.ai.modelSha256} confidence={r.data.ai.confidence} />
        <Typography.Text type="secondary">排序：当事人确认的送达地址确认书 → 合同约定 → 身份证明 → 诉状答辩状；同类中文书日期新者在前。</Typography.Text>
      </div>
      <Table<ContactCandidate>
        rowKey={(c) => `${c.documentId}-${c.kind}-${c.start}`}
        size="small"
        pagination={false}
        dataSource={r.data.candidates}
        locale={{ emptyText: '卷宗中未找到地址或电话' }}
        columns={[
          { title: '序', dataIndex: 'rank', width: 48 },
          { title: '当事人', dataIndex: 'party', width: 90, render: (p: string | null) => p ?? <Typography.Text type="secondary">未确定</Typography.Text> },
          { title: '类型', dataIndex: 'kind', width: 64, render: (k: string) => (k === 'address' ? <Tag color="blue">地址</Tag> : <Tag>电话</Tag>) },
          { title: '内容', dataIndex: 'value' },
          { title: '来源', render: (_, c) => <span style={{ fontSize: 12 }}>{c.fileName}（{c.category}）</span> },
          { title: '理由', dataIndex: 'reason', render: (s: string) => <span style={{ fontSize: 12 }}>{s}</span> },
        ]}
      />
    </div>
  );
}
