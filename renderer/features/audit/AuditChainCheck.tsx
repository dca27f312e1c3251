import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { audit } from '../../../shared/contract';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

export function AuditVerifyButton({ onResult }: { onResult: (r: VerifyOutcome) => void }) {
  const t = useT();
  const { running, run } = useAction({ onError: (error) => onResult({ error }) });
  const verify = async () => {
    const result = await run(() => invoke(audit.auditVerify, {}));
    if (result) onResult({ result });
  };
  return (
    <Button data-testid="audit-verify" icon={<SafetyCertificateOutlined />} loading={running} onClick={() => void verify()}>
      {t('audit.verify')}
    </Button>
  );
}

export type VerifyOutcome = { result: audit.AuditVerifyResult } | { error: unknown };

/** 完整 / 第N条记录被篡改：reason */
export function AuditVerifyResult({ outcome }: { outcome: VerifyOutcome }) {
  const t = useT();
  if ('error' in outcome) {
    return (
      <div data-testid="audit-verify-result" data-intact="unknown">
        <ApiErrorAlert error={outcome.error} />
      </div>
    );
  }
  const { result } = outcome;
  const broken = result.firstBroken;
  return (
    <div data-testid="audit-verify-result" data-intact={String(result.intact)}>
      <Alert
        showIcon
        type={result.intact ? 'success' : 'error'}
        title={
          result.intact || !broken
            ? t('audit.intact', { checked: result.checked })
            : t('audit.broken', { seq: broken.seq, reason: broken.reason })
        }
      />
    </div>
  );
}
