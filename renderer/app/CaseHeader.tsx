import { FolderOpenOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useT } from '../i18n';
import { useAppState } from './AppStateProvider';

/** The case everything on screen refers to, always visible so nothing is done to the wrong case. */
export function CaseHeader() {
  const t = useT();
  const { currentCase } = useAppState();
  return (
    <Space data-testid="case-context" size="middle">
      <FolderOpenOutlined />
      <Typography.Text type="secondary">{t('case.label')}</Typography.Text>
      {currentCase ? (
        <>
          <Typography.Text strong>{currentCase.caseNumber}</Typography.Text>
          <Typography.Text>
            {t('case.cause')}：{currentCase.causeOfAction}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('case.none')}</Typography.Text>
      )}
    </Space>
  );
}
