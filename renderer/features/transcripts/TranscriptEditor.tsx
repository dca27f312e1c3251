import { ArrowLeftOutlined, HistoryOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Menu, Row, Space, Spin, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  transcriptsAmend,
  transcriptsApplyOps,
  transcriptsGet,
  transcriptsLock,
  transcriptsRestore,
  type Amendment,
  type Participant,
  type Transcript,
  type TranscriptOp,
} from '../../../shared/contract/channels/transcripts';
import {
  applyOpToContent,
  inaudibleMark,
  speakerLabel,
  speakersOf,
  type TranscriptContent,
} from '../../../shared/domain/transcript-editing';
import { invoke } from '../../api/client';
import { ApiCallError } from '../../api/errors';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { AmendDialog } from './AmendDialog';
import { AmendmentsPanel } from './AmendmentsPanel';
import { clockTime, editorCommand, randomId } from './editor-keys';
import { HistoryDrawer } from './HistoryDrawer';
import { LockDialog } from './LockDialog';
import { readBackup, writeBackup } from './pending-backup';
import { SaveQueue, type SaveState } from './save-queue';
import { TurnRow } from './TurnRow';

const retryableCodes = new Set(['UNREACHABLE', 'BAD_RESPONSE', 'INTERNAL']);

/** Resends what an earlier session left unacknowledged (pending-backup.ts), then loads. */
async function openTranscript(transcriptId: string): Promise<Transcript> {
  const backup = readBackup(transcriptId);
  if (backup) {
    await invoke(transcriptsApplyOps, { transcriptId, clientId: backup.clientId, ops: backup.ops }).catch((error: unknown) => {
      // A locked transcript refuses them; anything else is worth another try, so keep the backup.
      if (!(error instanceof ApiCallError && error.code === 'CONFLICT')) throw error;
    });
    writeBackup(transcriptId, { clientId: backup.clientId, ops: [] });
  }
  return invoke(transcriptsGet, { transcriptId });
}

/**
 * The clerk's editor. Every change is an op: applied here at once, queued, sent within a second,
 * and marked 已保存 only when the service acknowledged it (see SaveQueue). Keyboard first:
 * Ctrl+Enter, Ctrl+1…9, Tab, F8, Ctrl+↑/↓ (editor-keys.ts).
 */
export function TranscriptEditor({ transcriptId, onClose }: { transcriptId: string; onClose: () => void }) {
  const t = useT();
  const [doc, setDoc] = useState<Transcript | null>(null);
  const [content, setContent] = useState<TranscriptContent | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [version, setVersion] = useState(0);
  const [activeTurnId, setActiveTurnId] = useState<string | null>(null);
  const [lockOpen, setLockOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [amendTurnId, setAmendTurnId] = useState<string | null>(null);
  const [clientId] = useState(() => randomId('c'));
  const contentRef = useRef<TranscriptContent | null>(null);
  const textAreas = useRef(new Map<string, HTMLTextAreaElement>());
  const focusNext = useRef<{ turnId: string; caret?: number } | null>(null);

  const queue = useMemo(
    () =>
      new SaveQueue({
        send: async (ops) => {
          const { version: stored } = await invoke(transcriptsApplyOps, { transcriptId, clientId, ops });
          setVersion(stored);
          return stored;
        },
        onState: setSaveState,
        onPending: (ops) => writeBackup(transcriptId, { clientId, ops: [...ops] }),
        isRetryable: (error) => !(error instanceof ApiCallError) || retryableCodes.has(error.code),
      }),
    [transcriptId, clientId],
  );
  useEffect(() => () => queue.dispose(), [queue]);

  const show = useCallback((next: Transcript) => {
    setDoc(next);
    setVersion(next.version);
    setContent({ header: next.header, sections: next.sections });
  }, []);

  const [loadTick, setLoadTick] = useState(0);
  useEffect(() => {
    let live = true;
    openTranscript(transcriptId).then(
      (loaded) => live && (show(loaded), setLoadError(null)),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [transcriptId, show, loadTick]);

  useEffect(() => {
    contentRef.current = content;
  }, [content]);

  // Leaving with edits not yet acknowledged: the browser asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (queue.unacknowledged.length) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [queue]);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const element = textAreas.current.get(target.turnId);
    if (!element) return;
    focusNext.current = null;
    element.focus();
    const caret = target.caret ?? element.value.length;
    element.setSelectionRange(caret, caret);
    element.scrollIntoView({ block: 'nearest' });
  });

  const locked = doc?.status === 'locked';
  const speakers = useMemo(() => (content ? speakersOf(content.header) : []), [content]);

  const edit = useCallback(
    (op: TranscriptOp) => {
      const current = contentRef.current;
      if (!current) return;
      const next = applyOpToContent(current, op);
      contentRef.current = next;
      setContent(next);
      queue.push(op);
    },
    [queue],
  );

  const findTurn = (turnId: string) => {
    const sections = contentRef.current?.sections ?? [];
    for (const section of sections) {
      const index = section.turns.findIndex((u) => u.id === turnId);
      if (index >= 0) return { section, index, turn: section.turns[index]! };
    }
    return null;
  };

  const addTurn = useCallback(
    (sectionId: string, afterTurnId: string | null, speaker: { role: string; name: string }) => {
      const turnId = randomId('u');
      edit({ type: 'insertTurn', turnId, sectionId, afterTurnId, role: speaker.role, name: speaker.name, text: '', at: new Date().toISOString() });
      focusNext.current = { turnId };
      setActiveTurnId(turnId);
    },
    [edit],
  );

  const onText = useCallback((turnId: string, text: string) => edit({ type: 'updateTurnText', turnId, text }), [edit]);

  const onKey = useCallback(
    (turnId: string, event: KeyboardEvent<HTMLTextAreaElement>) => {
      const command = editorCommand(event);
      if (!command || !contentRef.current) return;
      const found = findTurn(turnId);
      if (!found) return;
      const all = speakersOf(contentRef.current.header);
      if (command.kind === 'moveTurn') {
        event.preventDefault();
        const flat = contentRef.current.sections.flatMap((s) => s.turns);
        const target = flat[flat.findIndex((u) => u.id === turnId) + command.step];
        if (target) {
          focusNext.current = { turnId: target.id };
          setActiveTurnId(target.id);
        }
        return;
      }
      if (locked) return;
      event.preventDefault();
      if (command.kind === 'speaker' || command.kind === 'cycleSpeaker') {
        if (!all.length) return;
        let index: number;
        if (command.kind === 'speaker') {
          if (command.index >= all.length) return;
          index = command.index;
        } else {
          const at = all.findIndex((s) => s.role === found.turn.role && s.name === found.turn.name);
          index = at < 0 ? 0 : (at + command.step + all.length) % all.length;
        }
        const speaker = all[index]!;
        edit({ type: 'setSpeaker', turnId, role: speaker.role, name: speaker.name });
      } else if (command.kind === 'newTurn') {
        // A hearing is question and answer: the new turn goes to whoever spoke before this one.
        const previous = found.section.turns[found.index - 1];
        const speaker = previous && (previous.role !== found.turn.role || previous.name !== found.turn.name) ? previous : found.turn;
        addTurn(found.section.id, turnId, { role: speaker.role, name: speaker.name });
      } else if (command.kind === 'inaudible') {
        const element = event.currentTarget;
        const start = element.selectionStart;
        const text = found.turn.text.slice(0, start) + inaudibleMark + found.turn.text.slice(element.selectionEnd);
        edit({ type: 'updateTurnText', turnId, text });
        focusNext.current = { turnId, caret: start + inaudibleMark.length };
      }
    },
    [edit, addTurn, locked],
  );

  const onFocus = useCallback((turnId: string) => setActiveTurnId(turnId), []);
  const onDelete = useCallback((turnId: string) => edit({ type: 'deleteTurn', turnId }), [edit]);
  const register = useCallback((turnId: string, element: HTMLTextAreaElement | null) => {
    if (element) textAreas.current.set(turnId, element);
    else textAreas.current.delete(turnId);
  }, []);

  const amendmentsByTurn = useMemo(() => {
    const map = new Map<string, Amendment[]>();
    for (const a of doc?.amendments ?? []) map.set(a.turnId, [...(map.get(a.turnId) ?? []), a]);
    return map;
  }, [doc]);

  if (loadError) return <ApiErrorAlert error={loadError} onRetry={() => (setLoadError(null), setLoadTick((n) => n + 1))} />;
  if (!doc || !content) return <Spin data-testid="transcript-loading" />;

  const lockTranscript = async (signed: Participant[]) => {
    try {
      await queue.whenSaved();
    } catch {
      throw new Error(t('transcript.lockNeedsSave'));
    }
    show(await invoke(transcriptsLock, { transcriptId, expectedVersion: queue.version >= 0 ? queue.version : doc.version, participants: signed }));
  };
  const restore = async (toVersion: number) => {
    await queue.whenSaved();
    show(await invoke(transcriptsRestore, { transcriptId, version: toVersion }));
    setHistoryOpen(false);
  };
  const amendTurn = amendTurnId ? (content.sections.flatMap((s) => s.turns).find((u) => u.id === amendTurnId) ?? null) : null;
  const amendCurrent = amendTurn ? (amendmentsByTurn.get(amendTurn.id)?.at(-1)?.after ?? amendTurn.text) : '';

  const header = content.header;
  const saveTag =
    saveState.kind === 'saved' ? (
      <Tag color="success">{t('transcript.save.saved')}</Tag>
    ) : saveState.kind === 'saving' ? (
      <Tag color="processing">{t('transcript.save.saving')}</Tag>
    ) : (
      <Tag color="error" title={saveState.message}>
        {t('transcript.save.unsaved')}：{saveState.message}
      </Tag>
    );

  return (
    <div data-testid="transcript-editor" data-status={doc.status}>
      {/* Sticky: the save state and the lock stay in sight however far the clerk has scrolled. */}
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
          <Button icon={<ArrowLeftOutlined />} onClick={onClose}>
            {t('transcript.back')}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {doc.title} · {header.caseNumber}
          </Typography.Title>
          <span data-testid="transcript-save-state" data-state={saveState.kind}>
            {saveTag}
          </span>
          {saveState.kind === 'unsaved' ? (
            <Button size="small" onClick={() => queue.retry()} data-testid="transcript-save-retry">
              {t('transcript.save.retry')}
            </Button>
          ) : null}
          <Typography.Text type="secondary">{t('transcript.save.version', { version })}</Typography.Text>
          <span style={{ flex: 1 }} />
          <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
            {t('transcript.history')}
          </Button>
          {locked ? (
            <Tag icon={<LockOutlined />} color="default" data-testid="transcript-locked-tag">
              {t('transcript.status.locked')}
            </Tag>
          ) : (
            <Button type="primary" danger icon={<LockOutlined />} onClick={() => setLockOpen(true)} data-testid="transcript-lock">
              {t('transcript.lock')}
            </Button>
          )}
        </div>

        {locked && doc.lock ? (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            data-testid="transcript-locked"
            title={t('transcript.locked', {
              at: `${doc.lock.at.slice(0, 10)} ${clockTime(doc.lock.at)}`,
              by: doc.lock.by,
              names: doc.lock.participants.map(speakerLabel).join('、'),
            })}
          />
        ) : null}
      </div>

      <Row gutter={16} wrap={false}>
        <Col flex="232px">
          <div style={{ position: 'sticky', top: locked ? 120 : 60 }}>
            <Typography.Text strong>{t('transcript.outline')}</Typography.Text>
            <Menu
              data-testid="transcript-outline"
              mode="inline"
              style={{ borderInlineEnd: 'none' }}
              selectedKeys={[content.sections.find((s) => s.turns.some((u) => u.id === activeTurnId))?.id ?? '']}
              items={content.sections.map((s) => ({ key: s.id, label: `${s.title}（${s.turns.length}）` }))}
              onClick={({ key }) => {
                const section = content.sections.find((s) => s.id === key);
                document.getElementById(`transcript-section-${key}`)?.scrollIntoView({ block: 'start' });
                const first = section?.turns[0];
                if (first) {
                  focusNext.current = { turnId: first.id };
                  setActiveTurnId(first.id);
                }
              }}
            />
          </div>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={3} data-testid="transcript-header">
              <Descriptions.Item label={t('transcript.court')}>{header.court}</Descriptions.Item>
              <Descriptions.Item label={t('transcript.caseNumber')}>{header.caseNumber}</Descriptions.Item>
              <Descriptions.Item label={t('transcript.cause')}>{header.causeOfAction}</Descriptions.Item>
              <Descriptions.Item label={t('transcript.startedAt')}>{header.startedAt}</Descriptions.Item>
              <Descriptions.Item label={t('transcript.place')}>{header.place}</Descriptions.Item>
              <Descriptions.Item label={t('transcript.clerk')}>{header.clerk}</Descriptions.Item>
              <Descriptions.Item label={t('transcript.panel')} span={3}>
                {header.panel.map(speakerLabel).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label={t('transcript.attendees')} span={3}>
                {header.attendees.map(speakerLabel).join('、')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {!locked ? (
            <div style={{ marginBottom: 8 }} data-testid="transcript-speakers">
              <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                {t('transcript.speakers')}
              </Typography.Text>
              <Space size={[4, 4]} wrap>
                {speakers.slice(0, 9).map((s, i) => (
                  <Tag key={`${s.role}-${s.name}-${i}`}>
                    Ctrl+{i + 1} {speakerLabel(s)}
                  </Tag>
                ))}
              </Space>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('transcript.keys')}
                </Typography.Text>
              </div>
            </div>
          ) : null}
          {content.sections.map((section) => (
            <section key={section.id} id={`transcript-section-${section.id}`} data-testid="transcript-section" style={{ marginBottom: 12 }}>
              <Typography.Title level={5} style={{ margin: '12px 0 4px', borderBottom: '1px solid #f0f0f0', paddingBottom: 4 }}>
                {section.title}
              </Typography.Title>
              {section.turns.map((turn) => {
                const index = speakers.findIndex((s) => s.role === turn.role && s.name === turn.name);
                return (
                  <TurnRow
                    key={turn.id}
                    turn={turn}
                    speakerNumber={index >= 0 && index < 9 ? index + 1 : null}
                    active={turn.id === activeTurnId}
                    locked={locked}
                    amendments={amendmentsByTurn.get(turn.id)}
                    onText={onText}
                    onKey={onKey}
                    onFocus={onFocus}
                    onDelete={onDelete}
                    onAmend={setAmendTurnId}
                    register={register}
                  />
                );
              })}
              {!locked ? (
                <Button
                  type="link"
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => addTurn(section.id, section.turns.at(-1)?.id ?? null, speakers[0] ?? { role: '审判长', name: '' })}
                  data-testid="transcript-add-turn"
                >
                  {t('transcript.addTurn')}
                </Button>
              ) : null}
            </section>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('transcript.largeNote')}
          </Typography.Text>
        </Col>
        {locked ? (
          <Col flex="360px">
            <div style={{ position: 'sticky', top: 120 }}>
              <AmendmentsPanel doc={doc} />
            </div>
          </Col>
        ) : null}
      </Row>

      {lockOpen ? <LockDialog open people={speakers} onLock={lockTranscript} onClose={() => setLockOpen(false)} /> : null}
      <AmendDialog
        turn={amendTurn}
        current={amendCurrent}
        onClose={() => setAmendTurnId(null)}
        onAmend={async (after, reason) => show(await invoke(transcriptsAmend, { transcriptId, turnId: amendTurnId ?? '', after, reason }))}
      />
      {historyOpen ? <HistoryDrawer doc={doc} open onClose={() => setHistoryOpen(false)} onRestore={restore} /> : null}
    </div>
  );
}
