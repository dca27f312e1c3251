import { Button, Drawer, List, Typography } from 'antd';
import { draftingHistory } from '../../../shared/contract/channels/drafting';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useI18n } from '../../i18n';

const versionActions = ['create', 'save', 'undo', 'restore'] as const;
const isKnownAction = (action: string): action is (typeof versionActions)[number] => (versionActions as readonly string[]).includes(action);

/** Every saved version, newest first; restoring one adds a new version (nothing is overwritten). */
export function HistoryDrawer({
  draftId,
  version,
  open,
  onClose,
  onRestore,
}: {
  draftId: string;
  version: number;
  open: boolean;
  onClose: () => void;
  onRestore: (version: number) => void;
}) {
  const { t, locale } = useI18n();
  const history = useInvoke(draftingHistory, { id: draftId }, `${draftId}:${version}:${open}`);
  return (
    <Drawer title={t('drafting.historyTitle')} open={open} onClose={onClose} size={480} data-testid="draft-history">
      {history.error ? <ApiErrorAlert error={history.error} onRetry={history.reload} /> : null}
      <List
        loading={history.loading}
        dataSource={history.data?.versions ?? []}
        renderItem={(v) => (
          <List.Item
            actions={
              v.version === version
                ? [
                    <Typography.Text key="current" type="secondary">
                      {t('drafting.current')}
                    </Typography.Text>,
                  ]
                : [
                    <Button key="restore" size="small" onClick={() => onRestore(v.version)}>
                      {t('drafting.restore')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={t('drafting.versionAction', {
                version: v.version,
                action: isKnownAction(v.action) ? t(`drafting.action.${v.action}`) : v.action,
              })}
              description={t('drafting.versionMeta', { user: v.by, at: new Date(v.at).toLocaleString(locale), count: v.changed.length })}
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
