// The Electron app runs OCR from the bundle dist/electron/ocr-process.cjs in a utilityProcess
// (main/electron/utility-ocr-link.ts). No Electron binary runs here, so the same bundle is forked
// as a Node process instead: it proves the bundled OCR package loads onnxruntime-node and sharp
// from node_modules, checks the card's bytes and reads a page; only the port differs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forkedOcrLink, OcrProcess } from '../../../../main/inference/ocr-client';
// @ts-expect-error -- plain .mjs build script without type declarations
import { buildElectron } from '../../../../scripts/build-electron.mjs';

// Inside the repository, so the bundle resolves its native packages from node_modules as when packaged.
mkdirSync(join(process.cwd(), 'dist'), { recursive: true });
const outdir = mkdtempSync(join(process.cwd(), 'dist', 'ocr-bundle-test-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('bundled OCR process (dist/electron/ocr-process.cjs)', () => {
  it('reads the demo scan with the committed OCR card when started from the bundle', async () => {
    const out = (await buildElectron({ outdir })) as { ocrProcess: string };
    const ocr = new OcrProcess({ modelsDir: join(process.cwd(), 'models'), startProcess: () => forkedOcrLink(out.ocrProcess) });
    try {
      const read = await ocr.read(readFileSync(join(process.cwd(), 'resources/demo/documents/06-借条（扫描件）.png')));
      expect(read.text).toContain('今借到周晓岚');
    } finally {
      ocr.close();
    }
  }, 180_000);
});
