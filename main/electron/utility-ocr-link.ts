import { utilityProcess } from 'electron';
import type { OcrLink } from '../inference/ocr-client';
import type { OcrRequest, OcrResponse } from '../inference/ocr-protocol';

/**
 * The OCR process as an Electron utilityProcess: a forked Node process would need Electron's
 * run-as-node mode, which the fuses switch off. `processFile` is the bundled
 * main/inference/ocr-process.ts (dist/electron/ocr-process.cjs), which answers on
 * `process.parentPort`. The same bundle is tested as a forked process
 * (test/unit/main/inference/bundled-ocr.test.ts); no Electron binary runs on the team machines.
 */
export function utilityOcrLink(processFile: string): OcrLink {
  const child = utilityProcess.fork(processFile, [], { serviceName: 'JudgeDesk 文字识别', stdio: 'inherit' });
  const exits: Array<(reason: string) => void> = [];
  child.on('exit', (code) => {
    for (const listener of exits) listener(`代码 ${code}`);
  });
  return {
    send: (message: OcrRequest) => child.postMessage(message),
    onMessage: (listener: (message: OcrResponse) => void) => void child.on('message', listener),
    onExit: (listener) => void exits.push(listener),
    // A utilityProcess does not keep the app alive on its own: nothing to ref.
    ref: () => undefined,
    unref: () => undefined,
    kill: () => void child.kill(),
  };
}
