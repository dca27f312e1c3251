import { channelNames, fail, ipcInvokeChannel, ipcProgressChannel, type ProgressEvent } from '../../shared/contract';
import type { JudgeDeskBridge } from '../../shared/contract/bridge';

/** The slice of ipcRenderer the bridge may touch; the renderer never sees it. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowed: ReadonlySet<string> = new Set(channelNames);

/**
 * Builds `window.judgeDesk`. Names outside the contract are refused here, before any IPC; the
 * IPC event object (which carries `sender`, i.e. ipcRenderer) is never handed to page code.
 */
export function createRendererBridge(ipc: RendererIpc): JudgeDeskBridge {
  return Object.freeze({
    invoke(channel: string, payload: unknown) {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        return Promise.resolve(fail('UNKNOWN_CHANNEL', `未知的接口：${String(channel).slice(0, 80)}`));
      }
      return ipc.invoke(ipcInvokeChannel, channel, payload) as ReturnType<JudgeDeskBridge['invoke']>;
    },
    onProgress(cb: (event: ProgressEvent) => void) {
      if (typeof cb !== 'function') throw new TypeError('onProgress expects a function');
      const listener = (_event: unknown, progress: unknown) => cb(progress as ProgressEvent);
      ipc.on(ipcProgressChannel, listener);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(ipcProgressChannel, listener);
      };
    },
  });
}
