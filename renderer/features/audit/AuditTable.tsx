import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { audit } from '../../../shared/contract';
import { useT } from '../../i18n';
import { auditFeatureKey, formatLocalTime, shortHash } from './audit-filter';

type AuditEntry = audit.AuditEntry;

interface Props {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The list could not be loaded: an empty table must not read as "no entries". */
  failed?: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

export function AuditTable({ entries, total, page, pageSize, loading, failed, onPageChange }: Props) {
  const t = useT();
  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.col.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.col.at'), dataIndex: 'at', width: 170, render: (at: string) => formatLocalTime(at) },
    { title: t('audit.col.actor'), dataIndex: 'actor', width: 110 },
    { title: t('audit.col.role'), dataIndex: 'role', width: 90, render: (role: AuditEntry['role']) => t(`role.${role}`) },
    { title: t('audit.col.kind'), dataIndex: 'kind', width: 100, render: (kind: AuditEntry['kind']) => t(`kind.${kind}`) },
    {
      title: t('audit.col.feature'),
      dataIndex: 'feature',
      width: 120,
      render: (feature: string | null) => {
        const key = auditFeatureKey(feature);
        return key ? t(key) : (feature ?? '—');
      },
    },
    { title: t('audit.col.case'), dataIndex: 'caseId', width: 160, render: (caseId: string | null) => caseId ?? '—' },
    { title: t('audit.col.summary'), dataIndex: 'summary' },
    {
      title: t('audit.col.hash'),
      dataIndex: 'hash',
      width: 130,
      render: (hash: string) => (
        <Tooltip title={<span className="jd-mono">{hash}</span>}>
          <Typography.Text className="jd-mono" copyable={{ text: hash }}>
            {shortHash(hash)}
          </Typography.Text>
        </Tooltip>
      ),
    },
  ];

  return (
    <div data-testid="audit-table">
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={entries}
        loading={loading}
        locale={{ emptyText: failed ? '—' : t('audit.empty') }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => t('audit.total', { total: n }),
          onChange: onPageChange,
        }}
      />
    </div>
  );
}
