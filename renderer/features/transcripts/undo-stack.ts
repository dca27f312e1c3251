import type { TranscriptOp } from '../../../shared/contract/channels/transcripts';

/** One 撤销 step: the ops that undo it (in order) and the ops that redo it. */
export interface UndoStep {
  undo: TranscriptOp[];
  redo: TranscriptOp[];
  /** The turn to put the caret in afterwards. */
  turnId: string | null;
  /** Typing in one turn merges into one step (see record). */
  typingIn: string | null;
  at: number;
}

export interface UndoSnapshot {
  done: UndoStep[];
  undone: UndoStep[];
}

/** Typing pauses longer than this start a new undo step. */
export const typingGroupMs = 2000;
const maxSteps = 300;

/**
 * 撤销 / 恢复 across turns. Steps hold ops, not text snapshots: undoing sends the inverse ops
 * through the same save queue as any edit, so an undo is journaled and survives a reload, and
 * the stack itself is kept with the transcript (see persist) so Ctrl+Z still works after one.
 */
export class UndoStack {
  private done: UndoStep[];
  private undone: UndoStep[];

  constructor(initial?: UndoSnapshot) {
    this.done = initial?.done ?? [];
    this.undone = initial?.undone ?? [];
  }

  /**
   * A user edit: `forward` was applied, `inverse` takes it back. Consecutive typing in the same
   * turn within typingGroupMs is one step; `group` forces a new step (replace all, a quick phrase).
   */
  record(forward: TranscriptOp, inverse: TranscriptOp, now: number, group?: 'new'): void {
    const typingIn = forward.type === 'updateTurnText' ? forward.turnId : null;
    const last = this.done.at(-1);
    if (group !== 'new' && typingIn && last && last.typingIn === typingIn && now - last.at <= typingGroupMs) {
      last.redo = [forward];
      last.at = now;
    } else {
      this.done.push({ undo: [inverse], redo: [forward], turnId: 'turnId' in forward ? forward.turnId : null, typingIn, at: now });
      if (this.done.length > maxSteps) this.done.shift();
    }
    this.undone = [];
  }

  /** Several edits made as one (全部替换): one step, undone in reverse order. */
  recordMany(pairs: ReadonlyArray<{ forward: TranscriptOp; inverse: TranscriptOp }>, now: number): void {
    if (!pairs.length) return;
    this.done.push({
      undo: pairs.map((p) => p.inverse).reverse(),
      redo: pairs.map((p) => p.forward),
      turnId: 'turnId' in pairs[0]!.forward ? pairs[0]!.forward.turnId : null,
      typingIn: null,
      at: now,
    });
    if (this.done.length > maxSteps) this.done.shift();
    this.undone = [];
  }

  undo(): UndoStep | null {
    const step = this.done.pop();
    if (!step) return null;
    this.undone.push(step);
    return step;
  }

  redo(): UndoStep | null {
    const step = this.undone.pop();
    if (!step) return null;
    // A redone step never merges with typing that follows it.
    this.done.push({ ...step, typingIn: null });
    return step;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  snapshot(): UndoSnapshot {
    return { done: this.done.map((s) => ({ ...s, typingIn: null })), undone: [...this.undone] };
  }
}

const storageKey = (transcriptId: string) => `judgedesk.transcript.undo.${transcriptId}`;

/** The stack as it was when the page was left: only valid for the version it was saved at. */
export function readUndo(transcriptId: string, version: number): UndoSnapshot | undefined {
  try {
    const raw = localStorage.getItem(storageKey(transcriptId));
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { version: number; stack: UndoSnapshot };
    return saved.version === version ? saved.stack : undefined;
  } catch {
    return undefined;
  }
}

export function writeUndo(transcriptId: string, version: number, stack: UndoSnapshot): void {
  try {
    localStorage.setItem(storageKey(transcriptId), JSON.stringify({ version, stack }));
  } catch {
    // A full storage only costs the undo history across reloads, never a word of the transcript.
  }
}
