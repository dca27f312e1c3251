// Entry of the inference worker thread. A built app ships onnx-worker.js beside this file; under
// tsx and vitest the worker source is TypeScript, so tsx's loader is registered in this thread first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('./onnx-worker.js', import.meta.url);
if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('./onnx-worker.ts', import.meta.url).href);
}
