import { Switch, Tag, Typography, theme } from 'antd';
import { aiFeatures, type AiFeature, type AiSwitches } from '../../../shared/contract';
import { useT } from '../../i18n';

interface Props {
  switches: AiSwitches;
  busy: string | null;
  onToggle: (feature: AiFeature, enabled: boolean) => void;
}

/**
 * One switch per AI feature. While the global switch is off they stay operable (so a user can
 * prepare the set-up) but are dimmed and marked inactive, because none of them takes effect.
 */
export function FeatureSwitchList({ switches, busy, onToggle }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const inactive = !switches.global;
  return (
    <div
      data-testid="ai-feature-switches"
      data-inactive={String(inactive)}
      style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG }}
    >
      {aiFeatures.map((feature, index) => (
        <div
          key={feature}
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            padding: '10px 16px',
            borderTop: index ? `1px solid ${token.colorBorderSecondary}` : undefined,
            opacity: inactive ? 0.5 : 1,
          }}
        >
          <Typography.Text style={{ flex: 1 }}>
            {t(`feature.${feature}`)}
            {inactive ? <Tag style={{ marginInlineStart: 8 }}>{t('settings.featureInactive')}</Tag> : null}
          </Typography.Text>
          <Switch
            data-testid={`ai-switch-${feature}`}
            aria-label={t(`feature.${feature}`)}
            checked={switches.features[feature]}
            loading={busy === feature}
            onChange={(checked) => onToggle(feature, checked)}
          />
        </div>
      ))}
    </div>
  );
}
