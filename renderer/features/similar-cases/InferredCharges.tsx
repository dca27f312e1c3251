import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ChargeInference } from '../../../shared/contract/channels/similar-cases';
import { useT } from '../../i18n';

/**
 * 推定罪名（仅供参考） above the results: the charges the criminal-judgment model predicted for a
 * query that names none, which the ranking used; the judge can rank this query by its text alone.
 */
export function InferredCharges({
  inference,
  charges,
  running,
  onSwitch,
}: {
  inference: ChargeInference;
  charges: ReadonlyArray<{ name: string; confidence: number }>;
  running: boolean;
  /** Searches the same query again with inference on (true) or off (false). */
  onSwitch: (on: boolean) => void;
}) {
  const t = useT();
  if (inference.state === 'off') {
    return (
      <Space wrap data-testid="similar-inferred" data-state="off">
        <Typography.Text type="secondary">{t('similarCases.inferred.off')}</Typography.Text>
        <Button size="small" loading={running} onClick={() => onSwitch(true)} data-testid="similar-inferred-switch">
          {t('similarCases.inferred.turnOn')}
        </Button>
      </Space>
    );
  }
  if (inference.state !== 'inferred') return null;
  const model = inference.model ? `${inference.model.id} ${inference.model.version}` : '';
  return (
    <Space wrap size={[8, 4]} data-testid="similar-inferred" data-state="inferred">
      <Tooltip title={t('similarCases.inferred.help', { model })}>
        <Typography.Text strong>{t('similarCases.inferred.label')}</Typography.Text>
      </Tooltip>
      {charges.length ? (
        charges.map((c) => (
          <Tag key={c.name} color="blue" data-testid="similar-inferred-charge">
            {t('similarCases.inferred.charge', { name: c.name, percent: Math.round(c.confidence * 100) })}
          </Tag>
        ))
      ) : (
        <Typography.Text type="secondary">{t('similarCases.inferred.none')}</Typography.Text>
      )}
      {charges.length ? (
        <Button size="small" loading={running} onClick={() => onSwitch(false)} data-testid="similar-inferred-switch">
          {t('similarCases.inferred.turnOff')}
        </Button>
      ) : null}
    </Space>
  );
}
