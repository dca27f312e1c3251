// Entry of the OCR process. A built app ships ocr-process.js beside this file; under tsx and
// vitest the source is TypeScript, so tsx's loader is registered first (as onnx-worker-boot.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('./ocr-process.js', import.meta.url);
if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('./ocr-process.ts', import.meta.url).href);
}
