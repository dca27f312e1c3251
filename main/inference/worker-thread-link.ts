import { Worker } from 'node:worker_threads';
import type { WorkerLink, WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * The inference worker as a Node worker thread (CLI, web host, tests). `entry` defaults to the
 * boot file beside this one; a test passes the bundled dist/electron/onnx-worker.cjs.
 */
export function workerThreadLink(entry: URL | string = new URL('./onnx-worker-boot.mjs', import.meta.url)): WorkerLink {
  const worker = new Worker(entry);
  worker.unref();
  return {
    postMessage: (message: WorkerRequest) => worker.postMessage(message),
    onMessage: (listener: (message: WorkerResponse) => void) => void worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => listener(new Error(`推理进程已退出（代码 ${code}）`)));
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
    terminate: async () => void (await worker.terminate()),
  };
}
