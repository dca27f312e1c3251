import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseStatus, CaseSummary } from '../../../shared/contract/channels/cases';
import { caseStatuses, casesList } from '../../../shared/contract/channels/cases';
import type { Procedure } from '../../../shared/domain/case-procedures';
import { procedures } from '../../../shared/domain/case-procedures';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { TimeLimitTag } from './TimeLimitTag';
import { DateField } from '../../components/DateField';

export const statusColors: Record<CaseStatus, string> = { open: 'blue', closed: 'default', archived: 'purple', removed: 'default' };

interface Filters {
  query: string;
  procedure?: Procedure;
  status?: CaseStatus;
  filedFrom?: string;
  filedTo?: string;
  page: number;
}

const pageSize = 20;

/** 案件列表: search, filters and the 审限 tag; a click opens the case. */
export function CaseListView({ onOpen, onCreate }: { onOpen: (c: CaseSummary) => void; onCreate: () => void }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ query: '', page: 1 });
  const [typed, setTyped] = useState('');
  const { page, ...rest } = filters;
  const request = {
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '')),
    query: filters.query,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const { data, error, loading, reload } = useInvoke(casesList, request, JSON.stringify(request));
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));

  return (
    <div data-testid="cases-list">
      <PageHeader
        title={t('cases.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="cases-new">
            {t('cases.new')}
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ width: 320 }}
          placeholder={t('cases.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(value) => set({ query: value.trim() })}
          data-testid="cases-search"
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('cases.filter.procedure')}
          value={filters.procedure}
          onChange={(procedure: Procedure | undefined) => set({ procedure })}
          options={procedures.map((p) => ({ value: p, label: t(`cases.procedure.${p}`) }))}
          data-testid="cases-filter-procedure"
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('cases.filter.statusActive')}
          value={filters.status}
          onChange={(status: CaseStatus | undefined) => set({ status })}
          options={caseStatuses.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
          data-testid="cases-filter-status"
        />
        <Space.Compact>
          <DateField
            style={{ width: 150 }}
            placeholder={t('cases.filter.filedFrom')}
            aria-label={t('cases.filter.filedFrom')}
            title={t('cases.filter.filedFrom')}
            value={filters.filedFrom}
            onChange={(date) => set({ filedFrom: date || undefined })}
            data-testid="cases-filter-from"
          />
          <DateField
            style={{ width: 150 }}
            placeholder={t('cases.filter.filedTo')}
            aria-label={t('cases.filter.filedTo')}
            title={t('cases.filter.filedTo')}
            value={filters.filedTo}
            onChange={(date) => set({ filedTo: date || undefined })}
            data-testid="cases-filter-to"
          />
        </Space.Compact>
      </Space>
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        data-testid="cases-table"
        data-loading={String(loading)}
        data-query={filters.query}
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('cases.empty') }}
        onRow={(record) => ({ onClick: () => onOpen(record), style: { cursor: 'pointer' }, 'data-testid': 'case-row' }) as never}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => <span data-testid="cases-total">{t('cases.total', { count: total })}</span>,
          onChange: (p) => set({ page: p }),
        }}
        columns={[
          {
            title: t('cases.col.caseNumber'),
            dataIndex: 'caseNumber',
            width: 230,
            render: (v: string) => <Typography.Link data-testid="case-number">{v}</Typography.Link>,
          },
          { title: t('cases.col.cause'), dataIndex: 'causeOfAction', width: 180 },
          { title: t('cases.col.parties'), dataIndex: 'partiesLine', ellipsis: true },
          {
            title: t('cases.col.procedure'),
            dataIndex: 'procedure',
            width: 150,
            render: (p: Procedure) => t(`cases.procedure.${p}`),
          },
          { title: t('cases.col.judge'), dataIndex: 'presidingJudge', width: 100 },
          { title: t('cases.col.filedOn'), dataIndex: 'filedOn', width: 115 },
          {
            title: t('cases.col.timeLimit'),
            key: 'timeLimit',
            width: 120,
            render: (_: unknown, r) => <TimeLimitTag daysLeft={r.daysLeft} deadline={r.deadline} />,
          },
          {
            title: t('cases.col.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: CaseStatus) => <Tag color={statusColors[s]}>{t(`cases.status.${s}`)}</Tag>,
          },
        ]}
      />
    </div>
  );
}
