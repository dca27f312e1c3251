// Sandboxed preload: bundled to one CommonJS file by scripts/build-electron.mjs, because a
// sandboxed preload can require nothing but 'electron'. Exposes exactly window.judgeDesk.
import { contextBridge, ipcRenderer } from 'electron';
import { createRendererBridge } from './renderer-bridge';

contextBridge.exposeInMainWorld(
  'judgeDesk',
  createRendererBridge({
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    removeListener: (channel, listener) => ipcRenderer.removeListener(channel, listener),
  }),
);
