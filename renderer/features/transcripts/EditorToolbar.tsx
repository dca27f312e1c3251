import {
  ArrowLeftOutlined,
  FileWordOutlined,
  HistoryOutlined,
  LockOutlined,
  RedoOutlined,
  SearchOutlined,
  ThunderboltOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Alert, Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { Transcript } from '../../../shared/contract/channels/transcripts';
import { speakerLabel } from '../../../shared/domain/transcript-editing';
import type { ActionState } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { clockTime } from './editor-keys';
import { FindBar } from './FindBar';
import type { SaveState } from './save-queue';
import { SpeechStatusTag } from './SpeechStatusTag';
import type { FindReplace } from './useFindReplace';

export interface EditorToolbarProps {
  doc: Transcript;
  /** The 案号 as edited here (the header can change before it is saved). */
  caseNumber: string;
  saveState: SaveState;
  version: number;
  size: { turns: number; chars: number };
  canUndo: boolean;
  canRedo: boolean;
  find: FindReplace;
  exporting: ActionState;
  onClose: () => void;
  onRetrySave: () => void;
  onUndoOrRedo: (which: 'undo' | 'redo') => void;
  onPhrases: () => void;
  onExport: () => void;
  onHistory: () => void;
  onLock: () => void;
}

function SaveTag({ state }: { state: SaveState }) {
  const t = useT();
  if (state.kind === 'saved') return <Tag color="success">{t('transcripts.save.saved')}</Tag>;
  if (state.kind === 'saving') return <Tag color="processing">{t('transcripts.save.saving')}</Tag>;
  return (
    <Tag color="error" title={state.message}>
      {t('transcripts.save.unsaved')}：{state.message}
    </Tag>
  );
}

/** Sticky: the save state and the lock stay in sight however far the clerk has scrolled. */
export function EditorToolbar(props: EditorToolbarProps) {
  const t = useT();
  const { doc, saveState, find } = props;
  const locked = doc.status === 'locked';
  return (
    <div
      style={{
        position: 'sticky',
        top: -24,
        zIndex: 3,
        margin: '-24px -24px 12px',
        padding: '12px 24px',
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Button icon={<ArrowLeftOutlined />} onClick={props.onClose}>
          {t('transcripts.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {doc.title} · {props.caseNumber}
        </Typography.Title>
        <span data-testid="transcript-save-state" data-state={saveState.kind}>
          <SaveTag state={saveState} />
        </span>
        {saveState.kind === 'unsaved' ? (
          <Button size="small" onClick={props.onRetrySave} data-testid="transcript-save-retry">
            {t('transcripts.save.retry')}
          </Button>
        ) : null}
        <Typography.Text type="secondary" data-testid="transcript-version">
          {t('transcripts.save.version', { version: props.version })}
        </Typography.Text>
        <Typography.Text type="secondary">{t('transcripts.size', props.size)}</Typography.Text>
        <span style={{ flex: 1 }} />
        {!locked ? <SpeechStatusTag transcriptId={doc.id} /> : null}
        {!locked ? (
          <Space.Compact>
            <Tooltip title={`${t('transcripts.undo')} (Ctrl+Z)`}>
              <Button
                icon={<UndoOutlined />}
                disabled={!props.canUndo}
                onClick={() => props.onUndoOrRedo('undo')}
                data-testid="transcript-undo"
                aria-label={t('transcripts.undo')}
              />
            </Tooltip>
            <Tooltip title={`${t('transcripts.redo')} (Ctrl+Y)`}>
              <Button
                icon={<RedoOutlined />}
                disabled={!props.canRedo}
                onClick={() => props.onUndoOrRedo('redo')}
                data-testid="transcript-redo"
                aria-label={t('transcripts.redo')}
              />
            </Tooltip>
          </Space.Compact>
        ) : null}
        <Button icon={<SearchOutlined />} onClick={() => find.open(!locked)} data-testid="transcript-find-open">
          {t('transcripts.find.open')}
        </Button>
        {!locked ? (
          <Button icon={<ThunderboltOutlined />} onClick={props.onPhrases} data-testid="transcript-phrases-open">
            {t('transcripts.phrases.title')}
          </Button>
        ) : null}
        <Button icon={<FileWordOutlined />} loading={props.exporting.running} onClick={props.onExport} data-testid="transcript-export">
          {t('transcripts.export')}
        </Button>
        <Button icon={<HistoryOutlined />} onClick={props.onHistory}>
          {t('transcripts.history')}
        </Button>
        {locked ? (
          <Tag icon={<LockOutlined />} color="default" data-testid="transcript-locked-tag">
            {t('transcripts.status.locked')}
          </Tag>
        ) : (
          <Button type="primary" danger icon={<LockOutlined />} onClick={props.onLock} data-testid="transcript-lock">
            {t('transcripts.lock')}
          </Button>
        )}
      </div>
      {find.state.open ? (
        <FindBar
          replaceMode={find.state.replace && !locked}
          query={find.state.query}
          replacement={find.state.replacement}
          current={find.current}
          count={find.matches.length}
          findRef={find.inputRef}
          onQuery={find.setQuery}
          onReplacement={find.setReplacement}
          onStep={find.goTo}
          onReplace={find.replaceCurrent}
          onReplaceAll={find.replaceAll}
          onClose={find.close}
        />
      ) : null}
      {props.exporting.error ? <ApiErrorAlert error={props.exporting.error} /> : null}
      {locked && doc.lock ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="transcript-locked"
          title={t('transcripts.locked', {
            at: `${doc.lock.at.slice(0, 10)} ${clockTime(doc.lock.at)}`,
            by: doc.lock.by,
            names: doc.lock.participants.map(speakerLabel).join('、'),
          })}
        />
      ) : null}
    </div>
  );
}
