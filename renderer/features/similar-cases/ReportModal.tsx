import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { similarCases } from '../../../shared/contract';
import type { SearchReportDraft } from '../../../shared/contract/channels/similar-cases';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { downloadDocx } from '../../components/download';
import { useT } from '../../i18n';

/**
 * 类案检索报告: the machine's draft in editable fields; the judge edits (the conclusion is theirs
 * to write) and exports DOCX. The export is recorded in the audit trail.
 */
export function ReportModal({ draft, outputSeq, onClose }: { draft: SearchReportDraft; outputSeq: number; onClose: () => void }) {
  // Mounted afresh for each draft (keyed by the caller), so the edits start from that draft.
  const t = useT();
  const [value, setValue] = useState<SearchReportDraft>(draft);
  const { running, error, run } = useAction();
  const set = (patch: Partial<SearchReportDraft>) => setValue({ ...value, ...patch });
  const exportDocx = async () => {
    const file = await run(() => invoke(similarCases.similarCasesReportExport, { draft: value, outputSeq }));
    if (file) downloadDocx(file.fileName, file.base64);
  };
  return (
    <Modal
      open
      width={900}
      title={t('similarCases.report.title')}
      onCancel={onClose}
      data-testid="similar-report"
      footer={
        <Space>
          <Button onClick={onClose}>{t('similarCases.report.close')}</Button>
          <Button type="primary" loading={running} onClick={() => void exportDocx()} data-testid="similar-report-export">
            {t('similarCases.report.export')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('similarCases.report.notice')} />
      <Form layout="vertical">
        <Space.Compact style={{ width: '100%' }}>
          <Input addonBefore={t('similarCases.report.court')} value={value.court} onChange={(e) => set({ court: e.target.value })} />
          <Input
            addonBefore={t('similarCases.report.caseNumber')}
            value={value.caseNumber}
            onChange={(e) => set({ caseNumber: e.target.value })}
          />
        </Space.Compact>
        {(['subject', 'time', 'platform', 'method', 'results'] as const).map((field) => (
          <Input.TextArea
            key={field}
            autoSize
            style={{ marginTop: 8 }}
            value={value[field]}
            onChange={(e) => set({ [field]: e.target.value })}
          />
        ))}
        <Typography.Title level={5} style={{ marginTop: 12 }}>
          {t('similarCases.report.points')}
        </Typography.Title>
        {value.points.map((p, i) => (
          <div key={p.caseId} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{p.title}</Typography.Text>
            <Input.TextArea
              autoSize
              value={p.text}
              onChange={(e) => set({ points: value.points.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
            />
          </div>
        ))}
        <Typography.Title level={5}>{t('similarCases.report.conclusion')}</Typography.Title>
        <Input.TextArea
          data-testid="similar-report-conclusion"
          autoSize={{ minRows: 3 }}
          value={value.conclusion}
          onChange={(e) => set({ conclusion: e.target.value })}
        />
      </Form>
      {error ? <ApiErrorAlert error={error} /> : null}
    </Modal>
  );
}
