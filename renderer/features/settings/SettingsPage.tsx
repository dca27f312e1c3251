import { Alert, App, Card, Space, Switch, Typography } from 'antd';
import type { AiFeature } from '../../../shared/contract';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useAppState } from '../../app/AppStateProvider';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { NoticesCard } from '../transcripts/NoticesCard';
import { SpeechCard } from '../transcripts/SpeechCard';
import { FeatureSwitchList } from './FeatureSwitchList';
import { KnowledgePackCard } from './KnowledgePackCard';
import { LanguageSelector } from './LanguageSelector';

export function SettingsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { aiSwitches, aiError, reloadAll, setAiSwitch } = useAppState();
  const saving = useAction<'global' | AiFeature>({ onError: (error) => message.error(errorMessage(error)) });
  const busy = saving.runningTag;

  const toggle = async (scope: 'global' | AiFeature, enabled: boolean) => {
    const saved = await saving.run(async () => {
      await setAiSwitch(scope, enabled);
      return true;
    }, scope);
    if (saved) message.success(t('settings.saved', { name: t(`feature.${scope}`), state: t(enabled ? 'status.on' : 'status.off') }));
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 880 }}>
      <PageHeader title={t('settings.title')} />
      <Card title={t('settings.aiSection')}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('ai.notice')} description={t('settings.principle')} />
          {aiError && !aiSwitches ? <ApiErrorAlert error={aiError} onRetry={reloadAll} /> : null}
          {aiSwitches ? (
            <>
              <Space align="center" size="middle">
                <Switch
                  data-testid="ai-switch-global"
                  aria-label={t('settings.global')}
                  checked={aiSwitches.global}
                  loading={busy === 'global'}
                  onChange={(checked) => void toggle('global', checked)}
                />
                <Typography.Text strong>{t('settings.global')}</Typography.Text>
                <Typography.Text type="secondary">{t('settings.globalHelp')}</Typography.Text>
              </Space>
              {!aiSwitches.global ? <Alert type="info" showIcon title={t('settings.globalOffHint')} /> : null}
              <FeatureSwitchList switches={aiSwitches} busy={busy} onToggle={(feature, enabled) => void toggle(feature, enabled)} />
            </>
          ) : null}
        </Space>
      </Card>
      <KnowledgePackCard />
      <NoticesCard />
      <SpeechCard />
      <Card title={t('settings.languageSection')}>
        <Space>
          <Typography.Text>{t('settings.language')}</Typography.Text>
          <LanguageSelector />
        </Space>
      </Card>
    </Space>
  );
}
