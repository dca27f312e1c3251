import type { ProgressEvent } from './progress';
import type { Result } from './result';

/**
 * What the preload exposes as `window.judgeDesk` in Electron. The web host's HTTP client
 * implements the same interface, so renderer code does not know which host it runs in.
 */
export interface JudgeDeskBridge {
  /** Calls one contract channel; names outside the contract are refused without any IPC. */
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Subscribes to progress of long jobs; returns the unsubscribe function. */
  onProgress(cb: (e: ProgressEvent) => void): () => void;
}
