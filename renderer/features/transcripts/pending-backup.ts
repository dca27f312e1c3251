import type { QueuedOp } from './save-queue';

/**
 * Unacknowledged edits are also kept in localStorage, so a renderer crash or a reload before the
 * batch went out loses nothing: the editor resends them (same clientId and clientSeq, so the
 * service skips any it already stored) before it loads the transcript.
 */
export interface PendingBackup {
  clientId: string;
  ops: QueuedOp[];
}

const key = (transcriptId: string) => `judgedesk.transcript.pending.${transcriptId}`;

export function readBackup(transcriptId: string): PendingBackup | null {
  try {
    const raw = globalThis.localStorage?.getItem(key(transcriptId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as PendingBackup;
    return parsed && typeof parsed.clientId === 'string' && Array.isArray(parsed.ops) && parsed.ops.length ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup(transcriptId: string, backup: PendingBackup): void {
  try {
    if (backup.ops.length) globalThis.localStorage?.setItem(key(transcriptId), JSON.stringify(backup));
    else globalThis.localStorage?.removeItem(key(transcriptId));
  } catch {
    // Storage full or unavailable: the service still has every acknowledged edit.
  }
}
