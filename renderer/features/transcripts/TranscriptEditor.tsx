import { ArrowLeftOutlined, FileWordOutlined, HistoryOutlined, LockOutlined, PlusOutlined, RedoOutlined, SearchOutlined, ThunderboltOutlined, UndoOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Button, Card, Col, Descriptions, Menu, Row, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import type { InputRef } from 'antd';
import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  transcriptsAmend,
  transcriptsApplyOps,
  transcriptsExportDocx,
  transcriptsGet,
  transcriptsLock,
  transcriptsRestore,
  type Amendment,
  type Participant,
  type Transcript,
  type TranscriptOp,
} from '../../../shared/contract/channels/transcripts';
import { transcriptsPhrasesGet, type QuickPhrase } from '../../../shared/contract/channels/transcripts-settings';
import {
  applyOpToContent,
  inaudibleMark,
  inverseOp,
  speakerLabel,
  speakersOf,
  type TranscriptContent,
} from '../../../shared/domain/transcript-editing';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiCallError } from '../../api/errors';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { AmendDialog } from './AmendDialog';
import { AmendmentsPanel } from './AmendmentsPanel';
import { abbreviationAt, expandAbbreviation, insertAt } from './abbreviations';
import { downloadDocx } from '../../components/download';
import { clockTime, editorCommand, randomId } from './editor-keys';
import { editorRows, estimateRowHeight } from './editor-rows';
import { FindBar } from './FindBar';
import { findMatches, nextMatch, replaceAllTexts } from './find-replace';
import { HistoryDrawer } from './HistoryDrawer';
import { LockDialog } from './LockDialog';
import { PhrasesDrawer } from './PhrasesDrawer';
import { readBackup, writeBackup } from './pending-backup';
import { SaveQueue, type SaveState } from './save-queue';
import { SpeechStatusTag } from './SpeechStatusTag';
import { TurnRow } from './TurnRow';
import { readUndo, UndoStack, writeUndo } from './undo-stack';

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
 * and marked 已保存 only when the service acknowledged it (see SaveQueue). 撤销/恢复 send inverse
 * ops the same way. Keyboard first (editor-keys.ts). The turn list is virtualised, so a 300-page
 * transcript renders only the rows in sight.
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
  const [phrasesOpen, setPhrasesOpen] = useState(false);
  const [amendTurnId, setAmendTurnId] = useState<string | null>(null);
  const [clientId] = useState(() => randomId('c'));
  const contentRef = useRef<TranscriptContent | null>(null);
  const textAreas = useRef(new Map<string, HTMLTextAreaElement>());
  const focusNext = useRef<{ turnId: string; caret?: number; selectTo?: number } | null>(null);
  const undoStack = useRef(new UndoStack());
  const [undoTick, setUndoTick] = useState(0);
  const lastCaret = useRef<{ turnId: string; offset: number } | null>(null);
  const [find, setFind] = useState<{ open: boolean; replace: boolean; query: string; replacement: string }>({
    open: false,
    replace: false,
    query: '',
    replacement: '',
  });
  const findInput = useRef<InputRef | null>(null);
  const scroller = useRef<HTMLDivElement | null>(null);
  const phrasesReply = useInvoke(transcriptsPhrasesGet, {});
  const exporting = useAction();
  const [ownPhrases, setOwnPhrases] = useState<QuickPhrase[] | null>(null);
  const phrases = useMemo(() => ownPhrases ?? phrasesReply.data?.phrases ?? [], [ownPhrases, phrasesReply.data]);
  const phrasesRef = useRef(phrases);
  phrasesRef.current = phrases;

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

  // Once everything is stored, the undo history is kept with the version it belongs to, so
  // Ctrl+Z works after a reload too (and is dropped if the transcript changed meanwhile).
  useEffect(() => {
    if (saveState.kind === 'saved' && queue.version > 0) writeUndo(transcriptId, queue.version, undoStack.current.snapshot());
  }, [saveState, queue, transcriptId, undoTick, version]);

  const show = useCallback((next: Transcript) => {
    setDoc(next);
    setVersion(next.version);
    setContent({ header: next.header, sections: next.sections });
  }, []);

  const [loadTick, setLoadTick] = useState(0);
  useEffect(() => {
    let live = true;
    openTranscript(transcriptId).then(
      (loaded) => {
        if (!live) return;
        undoStack.current = new UndoStack(readUndo(transcriptId, loaded.version));
        setUndoTick((n) => n + 1);
        show(loaded);
        setLoadError(null);
      },
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

  const locked = doc?.status === 'locked';
  const speakers = useMemo(() => (content ? speakersOf(content.header) : []), [content]);
  const { rows, indexOf } = useMemo(() => editorRows(content?.sections ?? [], locked), [content, locked]);

  // The React Compiler skips this component because of useVirtualizer; it is memoised by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimateRowHeight(rows[i]),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
  });

  /** Brings a turn into view (rendering it if it was scrolled away) and puts the caret in it. */
  const reveal = useCallback(
    (turnId: string, caret?: number, selectTo?: number) => {
      focusNext.current = { turnId, caret, selectTo };
      setActiveTurnId(turnId);
      const index = indexOf.get(turnId);
      if (index !== undefined && !textAreas.current.has(turnId)) virtualizer.scrollToIndex(index, { align: 'center' });
      setUndoTick((n) => n + 1); // re-render so the focus effect runs even when nothing else changed
    },
    [indexOf, virtualizer],
  );

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const element = textAreas.current.get(target.turnId);
    if (!element) return;
    focusNext.current = null;
    element.focus();
    const caret = target.caret ?? element.value.length;
    element.setSelectionRange(caret, target.selectTo ?? caret);
    lastCaret.current = { turnId: target.turnId, offset: target.selectTo ?? caret };
    const index = indexOf.get(target.turnId);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
  });

  /** Applies an op here, queues it for saving, and (unless it is itself an undo) records how to undo it. */
  const edit = useCallback(
    (op: TranscriptOp, record: 'step' | 'new' | 'none' = 'step') => {
      const current = contentRef.current;
      if (!current) return;
      const inverse = record === 'none' ? null : inverseOp(current, op);
      const next = applyOpToContent(current, op);
      contentRef.current = next;
      setContent(next);
      queue.push(op);
      if (inverse) {
        undoStack.current.record(op, inverse, Date.now(), record === 'new' ? 'new' : undefined);
        setUndoTick((n) => n + 1);
      }
    },
    [queue],
  );

  const undoOrRedo = useCallback(
    (which: 'undo' | 'redo') => {
      if (locked) return;
      const step = which === 'undo' ? undoStack.current.undo() : undoStack.current.redo();
      if (!step) return;
      for (const op of which === 'undo' ? step.undo : step.redo) edit(op, 'none');
      setUndoTick((n) => n + 1);
      const turnId = step.turnId;
      const flat = contentRef.current?.sections.flatMap((s) => s.turns) ?? [];
      if (turnId && flat.some((u) => u.id === turnId)) reveal(turnId);
    },
    [edit, locked, reveal],
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
      reveal(turnId);
    },
    [edit, reveal],
  );

  const onText = useCallback((turnId: string, text: string) => edit({ type: 'updateTurnText', turnId, text }), [edit]);

  const matches = useMemo(() => (find.open && content ? findMatches(content, find.query) : []), [find.open, find.query, content]);
  const turnOrder = useMemo(() => content?.sections.flatMap((s) => s.turns.map((u) => u.id)) ?? [], [content]);
  const currentMatch = (() => {
    const caret = lastCaret.current;
    if (!caret) return -1;
    return matches.findIndex((m) => m.turnId === caret.turnId && m.end === caret.offset);
  })();

  const goToMatch = useCallback(
    (step: 1 | -1) => {
      if (!matches.length) return;
      const caret = lastCaret.current;
      // From the end of the current match going back, start before it so it is not found again.
      const from = caret && step === -1 && currentMatch >= 0 ? { turnId: caret.turnId, offset: matches[currentMatch]!.start } : caret;
      const index = nextMatch(matches, turnOrder, from, step);
      const match = matches[index];
      if (match) reveal(match.turnId, match.start, match.end);
    },
    [matches, turnOrder, currentMatch, reveal],
  );

  const replaceCurrent = () => {
    if (locked) return;
    const match = matches[currentMatch];
    if (!match) return goToMatch(1);
    const turn = findTurn(match.turnId)?.turn;
    if (!turn) return;
    const replaced = insertAt(turn.text, match, find.replacement);
    edit({ type: 'updateTurnText', turnId: match.turnId, text: replaced.text }, 'new');
    lastCaret.current = { turnId: match.turnId, offset: replaced.caret };
    const after = findMatches(contentRef.current!, find.query);
    const index = nextMatch(after, turnOrder, lastCaret.current, 1);
    const next = after[index];
    if (next) reveal(next.turnId, next.start, next.end);
    else reveal(match.turnId, replaced.caret);
  };

  const replaceAll = () => {
    const current = contentRef.current;
    if (locked || !current) return;
    const changes = replaceAllTexts(current, find.query, find.replacement);
    const pairs = changes.map(({ turnId, text }) => {
      const forward: TranscriptOp = { type: 'updateTurnText', turnId, text };
      return { forward, inverse: inverseOp(contentRef.current!, forward)! };
    });
    for (const { forward } of pairs) edit(forward, 'none');
    undoStack.current.recordMany(pairs, Date.now());
    setUndoTick((n) => n + 1);
  };

  const openFind = useCallback((replace: boolean) => {
    setFind((f) => ({ ...f, open: true, replace }));
    setTimeout(() => findInput.current?.focus({ cursor: 'all' }), 0);
  }, []);

  const insertPhrase = (turnId: string, element: HTMLTextAreaElement, text: string) => {
    const turn = findTurn(turnId)?.turn;
    if (!turn) return;
    const inserted = insertAt(turn.text, { start: element.selectionStart, end: element.selectionEnd }, text);
    edit({ type: 'updateTurnText', turnId, text: inserted.text }, 'new');
    focusNext.current = { turnId, caret: inserted.caret };
  };

  const onKey = useCallback(
    (turnId: string, event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (event.nativeEvent.isComposing) return; // the input method owns the keys while composing
      const element = event.currentTarget;
      lastCaret.current = { turnId, offset: element.selectionEnd };
      const command = editorCommand(event);
      if (!command || !contentRef.current) return;
      const found = findTurn(turnId);
      if (!found) return;
      const all = speakersOf(contentRef.current.header);
      if (command.kind === 'moveTurn') {
        event.preventDefault();
        const flat = contentRef.current.sections.flatMap((s) => s.turns);
        const target = flat[flat.findIndex((u) => u.id === turnId) + command.step];
        if (target) reveal(target.id);
        return;
      }
      if (command.kind === 'find') {
        event.preventDefault();
        openFind(command.replace && !locked);
        return;
      }
      if (command.kind === 'findNext') {
        event.preventDefault();
        goToMatch(command.step);
        return;
      }
      if (locked) return;
      if (command.kind === 'expand') {
        const caret = element.selectionStart;
        if (caret !== element.selectionEnd) return;
        const phrase = abbreviationAt(found.turn.text, caret, phrasesRef.current);
        if (!phrase) return; // an ordinary space
        event.preventDefault();
        const expanded = expandAbbreviation(found.turn.text, caret, phrase);
        edit({ type: 'updateTurnText', turnId, text: expanded.text }, 'new');
        focusNext.current = { turnId, caret: expanded.caret };
        return;
      }
      event.preventDefault();
      if (command.kind === 'undo' || command.kind === 'redo') {
        undoOrRedo(command.kind);
      } else if (command.kind === 'phrase') {
        const phrase = phrasesRef.current[command.index];
        if (phrase) insertPhrase(turnId, element, phrase.text);
      } else if (command.kind === 'speaker' || command.kind === 'cycleSpeaker') {
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
        const start = element.selectionStart;
        const text = found.turn.text.slice(0, start) + inaudibleMark + found.turn.text.slice(element.selectionEnd);
        edit({ type: 'updateTurnText', turnId, text }, 'new');
        focusNext.current = { turnId, caret: start + inaudibleMark.length };
      }
    },
    // insertPhrase and findTurn read refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [edit, addTurn, locked, reveal, openFind, goToMatch, undoOrRedo],
  );

  const onFocus = useCallback((turnId: string) => setActiveTurnId(turnId), []);
  const onDelete = useCallback((turnId: string) => edit({ type: 'deleteTurn', turnId }, 'new'), [edit]);
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
      throw new Error(t('transcripts.lockNeedsSave'));
    }
    show(await invoke(transcriptsLock, { transcriptId, expectedVersion: queue.version >= 0 ? queue.version : doc.version, participants: signed }));
  };
  const exportDocx = () =>
    void exporting.run(async () => {
      // What is exported is what is stored: wait for the last keystrokes first.
      await queue.whenSaved();
      const file = await invoke(transcriptsExportDocx, { transcriptId });
      downloadDocx(file.fileName, file.base64);
    });
  const restore = async (toVersion: number) => {
    await queue.whenSaved();
    show(await invoke(transcriptsRestore, { transcriptId, version: toVersion }));
    // The restored text is a new starting point; old steps would undo against other text.
    undoStack.current = new UndoStack();
    setHistoryOpen(false);
  };
  const amendTurn = amendTurnId ? (content.sections.flatMap((s) => s.turns).find((u) => u.id === amendTurnId) ?? null) : null;
  const amendCurrent = amendTurn ? (amendmentsByTurn.get(amendTurn.id)?.at(-1)?.after ?? amendTurn.text) : '';

  const header = content.header;
  const saveTag =
    saveState.kind === 'saved' ? (
      <Tag color="success">{t('transcripts.save.saved')}</Tag>
    ) : saveState.kind === 'saving' ? (
      <Tag color="processing">{t('transcripts.save.saving')}</Tag>
    ) : (
      <Tag color="error" title={saveState.message}>
        {t('transcripts.save.unsaved')}：{saveState.message}
      </Tag>
    );
  const totalChars = turnOrder.length ? content.sections.reduce((n, s) => n + s.turns.reduce((m, u) => m + u.text.length, 0), 0) : 0;

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
            {t('transcripts.back')}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {doc.title} · {header.caseNumber}
          </Typography.Title>
          <span data-testid="transcript-save-state" data-state={saveState.kind}>
            {saveTag}
          </span>
          {saveState.kind === 'unsaved' ? (
            <Button size="small" onClick={() => queue.retry()} data-testid="transcript-save-retry">
              {t('transcripts.save.retry')}
            </Button>
          ) : null}
          <Typography.Text type="secondary" data-testid="transcript-version">
            {t('transcripts.save.version', { version })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('transcripts.size', { turns: turnOrder.length, chars: totalChars })}</Typography.Text>
          <span style={{ flex: 1 }} />
          {!locked ? <SpeechStatusTag transcriptId={transcriptId} /> : null}
          {!locked ? (
            <Space.Compact>
              <Tooltip title={`${t('transcripts.undo')} (Ctrl+Z)`}>
                <Button icon={<UndoOutlined />} disabled={!undoStack.current.canUndo} onClick={() => undoOrRedo('undo')} data-testid="transcript-undo" aria-label={t('transcripts.undo')} />
              </Tooltip>
              <Tooltip title={`${t('transcripts.redo')} (Ctrl+Y)`}>
                <Button icon={<RedoOutlined />} disabled={!undoStack.current.canRedo} onClick={() => undoOrRedo('redo')} data-testid="transcript-redo" aria-label={t('transcripts.redo')} />
              </Tooltip>
            </Space.Compact>
          ) : null}
          <Button icon={<SearchOutlined />} onClick={() => openFind(!locked)} data-testid="transcript-find-open">
            {t('transcripts.find.open')}
          </Button>
          {!locked ? (
            <Button icon={<ThunderboltOutlined />} onClick={() => setPhrasesOpen(true)} data-testid="transcript-phrases-open">
              {t('transcripts.phrases.title')}
            </Button>
          ) : null}
          <Button icon={<FileWordOutlined />} loading={exporting.running} onClick={exportDocx} data-testid="transcript-export">
            {t('transcripts.export')}
          </Button>
          <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
            {t('transcripts.history')}
          </Button>
          {locked ? (
            <Tag icon={<LockOutlined />} color="default" data-testid="transcript-locked-tag">
              {t('transcripts.status.locked')}
            </Tag>
          ) : (
            <Button type="primary" danger icon={<LockOutlined />} onClick={() => setLockOpen(true)} data-testid="transcript-lock">
              {t('transcripts.lock')}
            </Button>
          )}
        </div>
        {find.open ? (
          <FindBar
            replaceMode={find.replace && !locked}
            query={find.query}
            replacement={find.replacement}
            current={currentMatch}
            count={matches.length}
            findRef={findInput}
            onQuery={(query) => setFind((f) => ({ ...f, query }))}
            onReplacement={(replacement) => setFind((f) => ({ ...f, replacement }))}
            onStep={goToMatch}
            onReplace={replaceCurrent}
            onReplaceAll={replaceAll}
            onClose={() => {
              setFind((f) => ({ ...f, open: false }));
              const caret = lastCaret.current;
              if (caret) reveal(caret.turnId, caret.offset);
            }}
          />
        ) : null}

        {exporting.error ? <ApiErrorAlert error={exporting.error} /> : null}
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

      <Row gutter={16} wrap={false}>
        <Col flex="232px">
          <Typography.Text strong>{t('transcripts.outline')}</Typography.Text>
          <Menu
            data-testid="transcript-outline"
            mode="inline"
            style={{ borderInlineEnd: 'none', maxHeight: 'calc(100vh - 220px)', overflow: 'auto' }}
            selectedKeys={[content.sections.find((s) => s.turns.some((u) => u.id === activeTurnId))?.id ?? '']}
            items={content.sections.map((s) => ({ key: s.id, label: `${s.title}（${s.turns.length}）` }))}
            onClick={({ key }) => {
              const section = content.sections.find((s) => s.id === key);
              const index = indexOf.get(`section:${key}`);
              if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'start' });
              const first = section?.turns[0];
              if (first) reveal(first.id, 0);
            }}
          />
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <div
            ref={scroller}
            data-testid="transcript-scroller"
            style={{ height: locked ? 'calc(100vh - 250px)' : 'calc(100vh - 200px)', overflow: 'auto', contain: 'strict' }}
          >
            <Card size="small" style={{ marginBottom: 12 }}>
              <Descriptions size="small" column={3} data-testid="transcript-header">
                <Descriptions.Item label={t('transcripts.court')}>{header.court}</Descriptions.Item>
                <Descriptions.Item label={t('transcripts.caseNumber')}>{header.caseNumber}</Descriptions.Item>
                <Descriptions.Item label={t('transcripts.cause')}>{header.causeOfAction}</Descriptions.Item>
                <Descriptions.Item label={t('transcripts.startedAt')}>{header.startedAt}</Descriptions.Item>
                <Descriptions.Item label={t('transcripts.place')}>{header.place}</Descriptions.Item>
                <Descriptions.Item label={t('transcripts.clerk')}>{header.clerk}</Descriptions.Item>
                <Descriptions.Item label={t('transcripts.panel')} span={3}>
                  {header.panel.map(speakerLabel).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label={t('transcripts.attendees')} span={3}>
                  {header.attendees.map(speakerLabel).join('、')}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            {!locked ? (
              <div style={{ marginBottom: 8 }} data-testid="transcript-speakers">
                <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                  {t('transcripts.speakers')}
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
                    {t('transcripts.keys')}
                  </Typography.Text>
                </div>
              </div>
            ) : null}
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid="transcript-rows">
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                return (
                  <div
                    key={item.key}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    data-section-title={row.kind === 'turn' ? row.sectionTitle : row.section.title}
                    style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                  >
                    {row.kind === 'section' ? (
                      <Typography.Title
                        level={5}
                        id={`transcript-section-${row.section.id}`}
                        data-testid="transcript-section"
                        style={{ margin: '12px 0 4px', borderBottom: '1px solid #f0f0f0', paddingBottom: 4 }}
                      >
                        {row.section.title}
                      </Typography.Title>
                    ) : row.kind === 'add' ? (
                      <Button
                        type="link"
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => addTurn(row.section.id, row.section.turns.at(-1)?.id ?? null, speakers[0] ?? { role: '审判长', name: '' })}
                        data-testid="transcript-add-turn"
                      >
                        {t('transcripts.addTurn')}
                      </Button>
                    ) : (
                      <TurnRow
                        turn={row.turn}
                        speakerNumber={speakerNumber(speakers, row.turn)}
                        active={row.turn.id === activeTurnId}
                        locked={locked}
                        amendments={amendmentsByTurn.get(row.turn.id)}
                        onText={onText}
                        onKey={onKey}
                        onFocus={onFocus}
                        onDelete={onDelete}
                        onAmend={setAmendTurnId}
                        register={register}
                      />
                    )}
                  </div>
                );
              })}
            </div>
          </div>
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
      <PhrasesDrawer
        open={phrasesOpen}
        phrases={phrases}
        isDefault={ownPhrases ? false : (phrasesReply.data?.isDefault ?? true)}
        onClose={() => setPhrasesOpen(false)}
        onSaved={(saved) => {
          setOwnPhrases(saved);
          setPhrasesOpen(false);
        }}
      />
    </div>
  );
}

function speakerNumber(speakers: readonly { role: string; name: string }[], turn: { role: string; name: string }): number | null {
  const index = speakers.findIndex((s) => s.role === turn.role && s.name === turn.name);
  return index >= 0 && index < 9 ? index + 1 : null;
}
