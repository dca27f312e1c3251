import { Alert, Button } from 'antd';
import { errorMessage, isUnreachable } from '../api/errors';
import { useT } from '../i18n';

/** Shows a failed call plainly; "无法连接本机服务" when the local service is not there at all. */
export function ApiErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const unreachable = isUnreachable(error);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={unreachable ? t('error.unreachable') : t('error.failed')}
      description={unreachable ? unreachableDescription(t('error.unreachableBody'), error) : errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** Adds the transport's detail (e.g. HTTP 404) only when it says more than the title does. */
function unreachableDescription(body: string, error: unknown): string {
  const detail = errorMessage(error)
    .replace(/^无法连接本机服务/, '')
    .trim();
  return detail ? `${body} ${detail}` : body;
}
