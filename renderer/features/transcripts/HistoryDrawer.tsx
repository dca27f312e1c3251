import { Button, Drawer, List, Modal } from 'antd';
import { snapshotReasonLabels, transcriptsHistory, type Transcript } from '../../../shared/contract/channels/transcripts';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { clockTime } from './editor-keys';

/** 版本: the kept versions; restoring one is itself an edit, the current text becomes a version first. */
export function HistoryDrawer(props: {
  doc: Transcript;
  open: boolean;
  onClose: () => void;
  onRestore: (version: number) => Promise<void>;
}) {
  const t = useT();
  const [modal, modalContext] = Modal.useModal();
  const history = useInvoke(
    transcriptsHistory,
    { transcriptId: props.doc.id, opLimit: 0 },
    `${props.doc.id}:${props.doc.version}:${props.open}`,
  );
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('transcripts.history')} size={480} data-testid="transcript-history">
      {modalContext}
      {history.error ? <ApiErrorAlert error={history.error} onRetry={history.reload} /> : null}
      <List
        size="small"
        dataSource={history.data?.versions ?? []}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button
                key="restore"
                size="small"
                disabled={props.doc.status === 'locked'}
                onClick={() =>
                  void modal.confirm({
                    title: t('transcripts.restore'),
                    content: t('transcripts.restoreConfirm', { version: v.version }),
                    onOk: () => props.onRestore(v.version),
                  })
                }
              >
                {t('transcripts.restore')}
              </Button>,
            ]}
          >
            {t('transcripts.versionLine', {
              version: v.version,
              reason: snapshotReasonLabels[v.reason],
              at: `${v.at.slice(0, 10)} ${clockTime(v.at)}`,
              turns: v.turnCount,
            })}
          </List.Item>
        )}
      />
    </Drawer>
  );
}
