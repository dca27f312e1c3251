import { DatabaseOutlined, DisconnectOutlined, RobotOutlined } from '@ant-design/icons';
import { Divider, Space, Typography } from 'antd';
import { useT } from '../i18n';
import { useAppState } from './AppStateProvider';

/** 离线 · AI辅助 开/关 · 知识库版本 — the three facts a judge should never have to look for. */
export function StatusBar() {
  const t = useT();
  const { aiSwitches, aiError, systemInfo, systemError } = useAppState();

  const aiText = aiSwitches ? t(aiSwitches.global ? 'status.on' : 'status.off') : t(aiError ? 'status.unreachable' : 'status.unknown');
  const knowledgeText = systemInfo
    ? (systemInfo.knowledgeVersion ?? t('status.notImported'))
    : systemError
      ? t('status.unreachable')
      : t('status.unknown');

  return (
    <Space separator={<Divider orientation="vertical" />} size={4} style={{ fontSize: 12 }}>
      <Typography.Text data-testid="status-offline" style={{ fontSize: 12 }}>
        <DisconnectOutlined /> {t('status.offline')}
      </Typography.Text>
      <Typography.Text data-testid="status-ai" data-ai-global={aiSwitches ? String(aiSwitches.global) : 'unknown'} style={{ fontSize: 12 }}>
        <RobotOutlined /> {t('status.ai')} {aiText}
      </Typography.Text>
      <Typography.Text data-testid="status-knowledge" style={{ fontSize: 12 }}>
        <DatabaseOutlined /> {t('status.knowledge')} {knowledgeText}
      </Typography.Text>
      {systemInfo ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {systemInfo.user.name} · v{systemInfo.appVersion}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
