import { Button, Drawer, List, Typography } from 'antd';
import { draftingHistory } from '../../../shared/contract/channels/drafting';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

const actionLabels: Record<string, string> = { create: '新建', save: '保存', undo: '撤销', restore: '恢复' };

/** Every saved version, newest first; restoring one adds a new version (nothing is overwritten). */
export function HistoryDrawer({ draftId, version, open, onClose, onRestore }: { draftId: string; version: number; open: boolean; onClose: () => void; onRestore: (version: number) => void }) {
  const history = useInvoke(draftingHistory, { id: draftId }, `${draftId}:${version}:${open}`);
  return (
    <Drawer title="版本记录" open={open} onClose={onClose} size={480} data-testid="draft-history">
      {history.error ? <ApiErrorAlert error={history.error} onRetry={history.reload} /> : null}
      <List
        loading={history.loading}
        dataSource={history.data?.versions ?? []}
        renderItem={(v) => (
          <List.Item
            actions={
              v.version === version
                ? [<Typography.Text key="current" type="secondary">当前</Typography.Text>]
                : [<Button key="restore" size="small" onClick={() => onRestore(v.version)}>恢复此版</Button>]
            }
          >
            <List.Item.Meta
              title={`第${v.version}版 · ${actionLabels[v.action] ?? v.action}`}
              description={`${v.by} · ${new Date(v.at).toLocaleString('zh-CN')} · 变动：${v.changed.length}部分`}
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
