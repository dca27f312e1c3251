import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createRendererBridge, type RendererIpc } from '../../../../main/electron/renderer-bridge';
import { channelNames, ipcInvokeChannel, ipcProgressChannel, ok, type ProgressEvent } from '../../../../shared/contract';

/** Stands in for ipcRenderer: an emitter plus a recorded invoke. */
function fakeIpc() {
  const emitter = new EventEmitter();
  const invoked: unknown[][] = [];
  const ipc: RendererIpc = {
    invoke: async (...args) => {
      invoked.push(args);
      return ok('done');
    },
    on: (ch, listener) => emitter.on(ch, listener),
    removeListener: (ch, listener) => emitter.removeListener(ch, listener),
  };
  return { ipc, emitter, invoked };
}

const progress: ProgressEvent = { jobId: 'j1', label: '导入法规包', done: 1, total: 10 };

describe('createRendererBridge', () => {
  it('sends contract channels over the single invoke channel', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createRendererBridge(ipc);
    const channel = channelNames[0]!;
    expect(await bridge.invoke(channel, { a: 1 })).toEqual(ok('done'));
    expect(invoked).toEqual([[ipcInvokeChannel, channel, { a: 1 }]]);
  });

  it('refuses names outside the contract before any IPC', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createRendererBridge(ipc);
    for (const name of ['evil.channel', ipcInvokeChannel, '__proto__', 'toString', 7 as unknown as string]) {
      expect(await bridge.invoke(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(invoked).toHaveLength(0);
  });

  it('delivers progress without the IPC event and unsubscribes', () => {
    const { ipc, emitter } = fakeIpc();
    const bridge = createRendererBridge(ipc);
    const seen: unknown[][] = [];
    const unsubscribe = bridge.onProgress((...args: unknown[]) => seen.push(args));
    emitter.emit(ipcProgressChannel, { sender: 'ipcRenderer would be here' }, progress);
    expect(seen).toEqual([[progress]]);
    unsubscribe();
    unsubscribe();
    emitter.emit(ipcProgressChannel, {}, progress);
    expect(seen).toHaveLength(1);
    expect(emitter.listenerCount(ipcProgressChannel)).toBe(0);
  });

  it('exposes exactly invoke and onProgress, frozen', () => {
    const bridge = createRendererBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onProgress']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
