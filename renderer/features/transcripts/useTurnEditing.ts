import { useCallback } from 'react';
import type { Section, Turn, TranscriptOp } from '../../../shared/contract/channels/transcripts';
import { applyOpToContent, inverseOp, type TranscriptContent } from '../../../shared/domain/transcript-editing';
import type { TranscriptSession } from './useTranscriptSession';

/** How an edit enters the undo history: joined to the typing step, a step of its own, or not at all. */
export type UndoRecord = 'step' | 'new' | 'none';

export interface FoundTurn {
  section: Section;
  index: number;
  turn: Turn;
}

export interface TurnEditing {
  /** Applies an op here, queues it for saving and (unless it is itself an undo) records how to undo it. */
  edit: (op: TranscriptOp, record?: UndoRecord) => void;
  /** Several text changes as one undo step (替换全部). */
  editTexts: (changes: ReadonlyArray<{ turnId: string; text: string }>) => void;
  /** 撤销 / 恢复; answers the turn the step touched, if it still exists, so it can be shown. */
  undoOrRedo: (which: 'undo' | 'redo') => string | null;
  findTurn: (turnId: string) => FoundTurn | null;
  /** The content with every edit so far, even those React has not rendered yet. */
  latest: () => TranscriptContent | null;
}

/** Every change is an op: applied here at once, queued for saving, and undoable as inverse ops. */
export function useTurnEditing(session: TranscriptSession, locked: boolean): TurnEditing {
  const { contentRef, setContent, queue, undoStack, undoChanged } = session;

  const edit = useCallback(
    (op: TranscriptOp, record: UndoRecord = 'step') => {
      const current = contentRef.current;
      if (!current) return;
      const inverse = record === 'none' ? null : inverseOp(current, op);
      setContent(applyOpToContent(current, op));
      queue.push(op);
      if (inverse) {
        undoStack.current.record(op, inverse, Date.now(), record === 'new' ? 'new' : undefined);
        undoChanged();
      }
    },
    [contentRef, setContent, queue, undoStack, undoChanged],
  );

  const editTexts = useCallback(
    (changes: ReadonlyArray<{ turnId: string; text: string }>) => {
      if (!contentRef.current) return;
      const pairs = changes.map(({ turnId, text }) => {
        const forward: TranscriptOp = { type: 'updateTurnText', turnId, text };
        return { forward, inverse: inverseOp(contentRef.current!, forward)! };
      });
      for (const { forward } of pairs) edit(forward, 'none');
      undoStack.current.recordMany(pairs, Date.now());
      undoChanged();
    },
    [contentRef, edit, undoStack, undoChanged],
  );

  const undoOrRedo = useCallback(
    (which: 'undo' | 'redo') => {
      if (locked) return null;
      const step = which === 'undo' ? undoStack.current.undo() : undoStack.current.redo();
      if (!step) return null;
      for (const op of which === 'undo' ? step.undo : step.redo) edit(op, 'none');
      undoChanged();
      const turnId = step.turnId;
      const flat = contentRef.current?.sections.flatMap((s) => s.turns) ?? [];
      return turnId && flat.some((u) => u.id === turnId) ? turnId : null;
    },
    [contentRef, edit, locked, undoStack, undoChanged],
  );

  const findTurn = useCallback(
    (turnId: string): FoundTurn | null => {
      for (const section of contentRef.current?.sections ?? []) {
        const index = section.turns.findIndex((u) => u.id === turnId);
        if (index >= 0) return { section, index, turn: section.turns[index]! };
      }
      return null;
    },
    [contentRef],
  );

  const latest = useCallback(() => contentRef.current, [contentRef]);

  return { edit, editTexts, undoOrRedo, findTurn, latest };
}
