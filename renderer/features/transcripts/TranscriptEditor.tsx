import { Col, Row, Spin } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import {
  transcriptsAmend,
  transcriptsExportDocx,
  transcriptsLock,
  transcriptsRestore,
  type Amendment,
  type Participant,
  type Section,
} from '../../../shared/contract/channels/transcripts';
import { transcriptsPhrasesGet, type QuickPhrase } from '../../../shared/contract/channels/transcripts-settings';
import { speakersOf } from '../../../shared/domain/transcript-editing';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { downloadDocx } from '../../components/download';
import { useUnsavedGuard } from '../../components/useUnsavedGuard';
import { useT } from '../../i18n';
import { AmendDialog } from './AmendDialog';
import { AmendmentsPanel } from './AmendmentsPanel';
import { EditorToolbar } from './EditorToolbar';
import { editorRows } from './editor-rows';
import { HistoryDrawer } from './HistoryDrawer';
import { LockDialog } from './LockDialog';
import { PhrasesDrawer } from './PhrasesDrawer';
import { SpeakerKeys, TranscriptHeaderCard } from './TranscriptHeaderCard';
import { TranscriptOutline } from './TranscriptOutline';
import { TurnList } from './TurnList';
import { useFindReplace } from './useFindReplace';
import { useTranscriptSession } from './useTranscriptSession';
import { useTurnEditing } from './useTurnEditing';
import { useTurnFocus } from './useTurnFocus';
import { useTurnKeys } from './useTurnKeys';

/**
 * The clerk's editor. Every change is an op: applied here at once, queued, sent within a second,
 * and marked 已保存 only when the service acknowledged it (useTranscriptSession). 撤销/恢复 send
 * inverse ops the same way. Keyboard first (useTurnKeys). The turn list is virtualised, so a
 * 300-page transcript renders only the rows in sight.
 */
export function TranscriptEditor({ transcriptId, onClose }: { transcriptId: string; onClose: () => void }) {
  const t = useT();
  const session = useTranscriptSession(transcriptId);
  const { doc, content, queue, show } = session;
  const locked = doc?.status === 'locked';
  const [panel, setPanel] = useState<'lock' | 'history' | 'phrases' | null>(null);
  const [amendTurnId, setAmendTurnId] = useState<string | null>(null);
  const phrasesReply = useInvoke(transcriptsPhrasesGet, {});
  const [ownPhrases, setOwnPhrases] = useState<QuickPhrase[] | null>(null);
  const phrases = useMemo(() => ownPhrases ?? phrasesReply.data?.phrases ?? [], [ownPhrases, phrasesReply.data]);
  const exporting = useAction();
  // Leaving with edits not yet acknowledged: the browser asks first.
  useUnsavedGuard(() => queue.unacknowledged.length > 0, 'transcript');

  const speakers = useMemo(() => (content ? speakersOf(content.header) : []), [content]);
  const { rows, indexOf } = useMemo(() => editorRows(content?.sections ?? [], locked), [content, locked]);
  const editing = useTurnEditing(session, locked);
  const focus = useTurnFocus(rows, indexOf);
  const find = useFindReplace(content, locked, editing, focus);
  const keys = useTurnKeys(editing, focus, find, phrases, locked);
  const { edit } = editing;
  const onText = useCallback((turnId: string, text: string) => edit({ type: 'updateTurnText', turnId, text }), [edit]);
  const onDelete = useCallback((turnId: string) => edit({ type: 'deleteTurn', turnId }, 'new'), [edit]);

  const amendmentsByTurn = useMemo(() => {
    const map = new Map<string, Amendment[]>();
    for (const a of doc?.amendments ?? []) map.set(a.turnId, [...(map.get(a.turnId) ?? []), a]);
    return map;
  }, [doc]);

  if (session.loadError) return <ApiErrorAlert error={session.loadError} onRetry={session.retryLoad} />;
  if (!doc || !content) return <Spin data-testid="transcript-loading" />;

  const lockTranscript = async (signed: Participant[]) => {
    try {
      await queue.whenSaved();
    } catch {
      throw new Error(t('transcripts.lockNeedsSave'));
    }
    show(
      await invoke(transcriptsLock, {
        transcriptId,
        expectedVersion: queue.version >= 0 ? queue.version : doc.version,
        participants: signed,
      }),
    );
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
    session.resetUndo();
    setPanel(null);
  };
  const openSection = (section: Section) => {
    const index = indexOf.get(`section:${section.id}`);
    if (index !== undefined) focus.virtualizer.scrollToIndex(index, { align: 'start' });
    const first = section.turns[0];
    if (first) focus.reveal(first.id, 0);
  };
  const turns = content.sections.flatMap((s) => s.turns);
  const amendTurn = amendTurnId ? (turns.find((u) => u.id === amendTurnId) ?? null) : null;
  const amendCurrent = amendTurn ? (amendmentsByTurn.get(amendTurn.id)?.at(-1)?.after ?? amendTurn.text) : '';

  return (
    <div data-testid="transcript-editor" data-status={doc.status}>
      <EditorToolbar
        doc={doc}
        caseNumber={content.header.caseNumber}
        saveState={session.saveState}
        version={session.version}
        size={{ turns: turns.length, chars: turns.reduce((n, u) => n + u.text.length, 0) }}
        canUndo={session.undoable.canUndo}
        canRedo={session.undoable.canRedo}
        find={find}
        exporting={exporting}
        onClose={onClose}
        onRetrySave={() => queue.retry()}
        onUndoOrRedo={keys.undoOrRedo}
        onPhrases={() => setPanel('phrases')}
        onExport={exportDocx}
        onHistory={() => setPanel('history')}
        onLock={() => setPanel('lock')}
      />
      <Row gutter={16} wrap={false}>
        <Col flex="232px">
          <TranscriptOutline sections={content.sections} activeTurnId={focus.activeTurnId} onOpen={openSection} />
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <TurnList
            rows={rows}
            virtualizer={focus.virtualizer}
            scrollerRef={focus.scrollerRef}
            activeTurnId={focus.activeTurnId}
            onFocusTurn={focus.setActiveTurnId}
            register={focus.register}
            speakers={speakers}
            locked={locked}
            amendmentsByTurn={amendmentsByTurn}
            top={
              <>
                <TranscriptHeaderCard header={content.header} />
                {!locked ? <SpeakerKeys speakers={speakers} /> : null}
              </>
            }
            onText={onText}
            onKey={keys.onKey}
            onDelete={onDelete}
            onAmend={setAmendTurnId}
            onAddTurn={keys.addTurn}
          />
        </Col>
        {locked ? (
          <Col flex="360px">
            <div style={{ position: 'sticky', top: 120 }}>
              <AmendmentsPanel doc={doc} />
            </div>
          </Col>
        ) : null}
      </Row>

      {panel === 'lock' ? <LockDialog open people={speakers} onLock={lockTranscript} onClose={() => setPanel(null)} /> : null}
      <AmendDialog
        turn={amendTurn}
        current={amendCurrent}
        onClose={() => setAmendTurnId(null)}
        onAmend={async (after, reason) => show(await invoke(transcriptsAmend, { transcriptId, turnId: amendTurnId ?? '', after, reason }))}
      />
      {panel === 'history' ? <HistoryDrawer doc={doc} open onClose={() => setPanel(null)} onRestore={restore} /> : null}
      <PhrasesDrawer
        open={panel === 'phrases'}
        phrases={phrases}
        isDefault={ownPhrases ? false : (phrasesReply.data?.isDefault ?? true)}
        onClose={() => setPanel(null)}
        onSaved={(saved) => {
          setOwnPhrases(saved);
          setPanel(null);
        }}
      />
    </div>
  );
}
