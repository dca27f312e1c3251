import { Spin, Table, Tag, Typography } from 'antd';
import type { ContactCandidate } from '../../../shared/contract/channels/service-address';
import { serviceAddressRecommend } from '../../../shared/contract/channels/service-address';
import { useInvoke } from '../../api/useInvoke';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

/** 送达地址推荐: every address and phone in the dossier, ranked, with its source, date and reason. */
export function AddressPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const r = useInvoke(serviceAddressRecommend, { caseId }, caseId);
  if (r.error && !r.data) return <ApiErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Spin />;
  return (
    <div data-testid="address-panel">
      <div style={{ marginBottom: 8 }}>
        <AiNotice
          model={r.data.ai.modelId}
          modelVersion={r.data.ai.modelVersion}
          modelSha256={r.data.ai.modelSha256}
          confidence={r.data.ai.confidence}
        />
        <Typography.Text type="secondary">{t('serviceAddress.order')}</Typography.Text>
      </div>
      <Table<ContactCandidate>
        rowKey={(c) => `${c.documentId}-${c.kind}-${c.start}`}
        size="small"
        pagination={false}
        dataSource={r.data.candidates}
        locale={{ emptyText: t('serviceAddress.empty') }}
        columns={[
          { title: t('serviceAddress.col.rank'), dataIndex: 'rank', width: 48 },
          {
            title: t('serviceAddress.col.party'),
            dataIndex: 'party',
            width: 90,
            render: (p: string | null) => p ?? <Typography.Text type="secondary">{t('serviceAddress.partyUnknown')}</Typography.Text>,
          },
          {
            title: t('serviceAddress.col.kind'),
            dataIndex: 'kind',
            width: 80,
            render: (k: string) =>
              k === 'address' ? <Tag color="blue">{t('serviceAddress.address')}</Tag> : <Tag>{t('serviceAddress.phone')}</Tag>,
          },
          { title: t('serviceAddress.col.value'), dataIndex: 'value' },
          {
            title: t('serviceAddress.col.source'),
            render: (_, c) => (
              <span style={{ fontSize: 12 }}>{t('serviceAddress.source', { file: c.fileName, category: c.category })}</span>
            ),
          },
          { title: t('serviceAddress.col.reason'), dataIndex: 'reason', render: (s: string) => <span style={{ fontSize: 12 }}>{s}</span> },
        ]}
      />
    </div>
  );
}
