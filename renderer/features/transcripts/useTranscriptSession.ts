import type { RefObject } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { transcriptsApplyOps, transcriptsGet, type Transcript } from '../../../shared/contract/channels/transcripts';
import type { TranscriptContent } from '../../../shared/domain/transcript-editing';
import { invoke } from '../../api/client';
import { ApiCallError } from '../../api/errors';
import { randomId } from './editor-keys';
import { readBackup, writeBackup } from './pending-backup';
import { SaveQueue, type SaveState } from './save-queue';
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

export interface TranscriptSession {
  doc: Transcript | null;
  content: TranscriptContent | null;
  /** The content as of the last edit, for key handlers that run before React re-renders. */
  contentRef: RefObject<TranscriptContent | null>;
  setContent: (next: TranscriptContent) => void;
  /** Takes a transcript the service answered with (load, lock, 更正, restore) as the new base. */
  show: (next: Transcript) => void;
  loadError: unknown;
  retryLoad: () => void;
  queue: SaveQueue;
  saveState: SaveState;
  /** The stored version, as last acknowledged. */
  version: number;
  /** How to undo the edits so far; kept with the stored version it belongs to. */
  undoStack: RefObject<UndoStack>;
  /** Whether 撤销 / 恢复 have a step to take, as of the last undoChanged. */
  undoable: { canUndo: boolean; canRedo: boolean };
  /** Tells React the undo stack (a ref) changed; it is stored once everything is saved. */
  undoChanged: () => void;
  /** Starts an empty undo history (after 恢复到此版本: old steps would undo against other text). */
  resetUndo: () => void;
}

/**
 * One open transcript: loaded (after resending what an earlier session left unsaved), edited
 * locally and saved op by op through the SaveQueue, which marks 已保存 only on acknowledgement.
 */
export function useTranscriptSession(transcriptId: string): TranscriptSession {
  const [doc, setDoc] = useState<Transcript | null>(null);
  const [content, setContentState] = useState<TranscriptContent | null>(null);
  const contentRef = useRef<TranscriptContent | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loadTick, setLoadTick] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [version, setVersion] = useState(0);
  const [clientId] = useState(() => randomId('c'));
  const undoStack = useRef(new UndoStack());
  const [undoable, setUndoable] = useState({ canUndo: false, canRedo: false });
  const undoChanged = useCallback(() => setUndoable({ canUndo: undoStack.current.canUndo, canRedo: undoStack.current.canRedo }), []);
  const resetUndo = useCallback(() => {
    undoStack.current = new UndoStack();
    undoChanged();
  }, [undoChanged]);

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
  }, [saveState, queue, transcriptId, undoable, version]);

  const setContent = useCallback((next: TranscriptContent) => {
    contentRef.current = next;
    setContentState(next);
  }, []);

  const show = useCallback(
    (next: Transcript) => {
      setDoc(next);
      setVersion(next.version);
      setContent({ header: next.header, sections: next.sections });
    },
    [setContent],
  );

  useEffect(() => {
    let live = true;
    openTranscript(transcriptId).then(
      (loaded) => {
        if (!live) return;
        undoStack.current = new UndoStack(readUndo(transcriptId, loaded.version));
        undoChanged();
        show(loaded);
        setLoadError(null);
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [transcriptId, show, loadTick, undoChanged]);

  const retryLoad = useCallback(() => {
    setLoadError(null);
    setLoadTick((n) => n + 1);
  }, []);

  return {
    doc,
    content,
    contentRef,
    setContent,
    show,
    loadError,
    retryLoad,
    queue,
    saveState,
    version,
    undoStack,
    undoable,
    undoChanged,
    resetUndo,
  };
}
