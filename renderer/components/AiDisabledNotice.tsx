import { Alert } from 'antd';
import type { AiFeature } from '../../shared/contract';
import { useT } from '../i18n';

/** Shown at the top of a page whose AI assistance the user has switched off. */
export function AiDisabledNotice({ feature }: { feature: AiFeature }) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="ai-disabled"
      title={t('ai.disabledTitle')}
      description={t('ai.disabledBody', { feature: t(`feature.${feature}`) })}
    />
  );
}
