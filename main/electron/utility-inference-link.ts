import { utilityProcess } from 'electron';
import type { WorkerLink, WorkerRequest, WorkerResponse } from '../inference/worker-protocol';

/**
 * The inference worker as an Electron utilityProcess (a separate OS process, like Ente Photos
 * does it): onnxruntime never loads into the main process, so a crashed or busy session cannot
 * stall the window. `workerFile` is the bundled main/inference/onnx-worker.ts
 * (dist/electron/onnx-worker.cjs), which answers on `process.parentPort` when it has no
 * worker_threads parent. Cannot run on the team machines (no Electron binary); the same bundle is
 * tested there as a worker thread (test/unit/main/inference/bundled-worker.test.ts).
 */
export function utilityProcessLink(workerFile: string): WorkerLink {
  const child = utilityProcess.fork(workerFile, [], { serviceName: 'JudgeDesk 推理', stdio: 'inherit' });
  const failures: Array<(error: Error) => void> = [];
  child.on('exit', (code) => {
    for (const listener of failures) listener(new Error(`推理进程已退出（代码 ${code}）`));
  });
  return {
    postMessage: (message: WorkerRequest) => child.postMessage(message),
    onMessage: (listener: (message: WorkerResponse) => void) => void child.on('message', listener),
    onFailure: (listener) => void failures.push(listener),
    // A utilityProcess does not keep the app alive on its own: nothing to ref.
    ref: () => undefined,
    unref: () => undefined,
    terminate: async () => void child.kill(),
  };
}
