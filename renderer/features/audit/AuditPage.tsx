import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { audit } from '../../../shared/contract';
import { invoke } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { AuditVerifyButton, AuditVerifyResult, type VerifyOutcome } from './AuditChainCheck';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditStatsCard } from './AuditStatsCard';
import { AuditTable } from './AuditTable';
import { buildAuditFilter, isDateRangeValid, pageRequest, type AuditFormValues } from './audit-filter';
import { downloadText, withBom } from './download-text';

export function AuditPage() {
  const t = useT();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<audit.AuditFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [verify, setVerify] = useState<VerifyOutcome | null>(null);
  const exporting = useAction({ onError: (error) => message.error(errorMessage(error)) });
  const rangeValid = isDateRangeValid(filter);

  const request = pageRequest(filter, page, pageSize);
  const list = useInvoke(audit.auditList, request, JSON.stringify(request));

  const search = (values: AuditFormValues) => {
    setFilter(buildAuditFilter(values));
    setPage(1);
  };

  const exportCsv = async () => {
    const exported = await exporting.run(() => invoke(audit.auditExportCsv, filter));
    if (!exported) return;
    const { fileName, csv, rows } = exported;
    downloadText(fileName, withBom(csv), 'text/csv;charset=utf-8');
    message.success(t('audit.exported', { rows, file: fileName }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('audit.title')}
        extra={
          <Space>
            <AuditVerifyButton onResult={setVerify} />
            <Button
              data-testid="audit-export"
              icon={<DownloadOutlined />}
              loading={exporting.running}
              disabled={!rangeValid}
              onClick={() => void exportCsv()}
            >
              {t('audit.exportCsv')}
            </Button>
          </Space>
        }
      />
      {verify ? <AuditVerifyResult outcome={verify} /> : null}
      <AuditFilterForm onSearch={search} />
      {!rangeValid ? <Alert type="warning" showIcon title={t('audit.dateOrder')} /> : null}
      <AuditStatsCard filter={filter} />
      {list.error ? <ApiErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <AuditTable
        entries={list.data?.entries ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.loading}
        failed={!!list.error}
        onPageChange={(nextPage, nextSize) => {
          setPage(nextSize === pageSize ? nextPage : 1);
          setPageSize(nextSize);
        }}
      />
    </Space>
  );
}
