import type { JudgeDeskBridge } from '../../shared/contract/bridge';

export type { JudgeDeskBridge };

/** Read without augmenting the global Window type, so it cannot clash with the preload's typing. */
export function findBridge(scope: unknown = globalThis): JudgeDeskBridge | null {
  const candidate = (scope as { judgeDesk?: unknown } | undefined)?.judgeDesk;
  if (
    candidate &&
    typeof (candidate as JudgeDeskBridge).invoke === 'function' &&
    typeof (candidate as JudgeDeskBridge).onProgress === 'function'
  ) {
    return candidate as JudgeDeskBridge;
  }
  return null;
}
