// The OCR process: PaddleOCR v4 (@gutenye/ocr-node on onnxruntime-node) in a process of its own,
// because onnxruntime must have one owner per process and the inference worker (onnx-worker.ts)
// already owns the main process's instance; a process also keeps a crash in native code away
// from the workspace. Started by ocr-client.ts, under Node by fork (ocr-process-boot.mjs) and in
// Electron as a utilityProcess (the bundled dist/electron/ocr-process.cjs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import sharp from 'sharp';
import Ocr from '@gutenye/ocr-node';
import type { OcrLine, OcrModelFile, OcrModelFiles, OcrRequest, OcrResponse } from './ocr-protocol';

/**
 * Longest side sent to the detector: an A4 page at 300 dpi (2480×3508) is read at 1414×2000, where
 * 12 pt characters are still ≈ 28 px high; larger inputs cost time (`npm run eval ocr` gives the
 * accuracy at this size, `npm run bench dossier` the pages per second).
 */
const maxSide = 2000;

type Engine = { detect(image: Buffer): Promise<Array<{ text: string; mean: number; box: number[][] }>> };
let engine: Promise<Engine> | undefined;

/** The file's bytes, refused when they are not the ones the card lists (swapped after the check). */
function verified(file: OcrModelFile): Buffer {
  const bytes = readFileSync(file.path);
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    throw new Error(`文字识别模型文件 ${basename(file.path)} 校验值不符，已拒绝加载`);
  }
  return bytes;
}

async function load(model: OcrModelFiles): Promise<Engine> {
  verified(model.dictionary);
  // onnxruntime takes the checked bytes themselves, so what runs is what was hashed.
  const models = {
    detectionPath: verified(model.detection),
    recognitionPath: verified(model.recognition),
    dictionaryPath: model.dictionary.path,
  };
  return (await Ocr.create({
    models: models as unknown as { detectionPath: string; recognitionPath: string; dictionaryPath: string },
  })) as Engine;
}

async function recognise(request: Extract<OcrRequest, { type: 'read' }>): Promise<OcrLine[]> {
  if (!engine) throw new Error('文字识别模型尚未加载');
  const input = request.raw
    ? sharp(Buffer.from(request.image), { raw: request.raw })
    : sharp(Buffer.from(request.image), { limitInputPixels: 60_000_000 });
  const png = await input
    .flatten({ background: '#ffffff' })
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .png()
    .toBuffer();
  const found = await (await engine).detect(png);
  return found
    .filter((line) => line.text.trim() !== '')
    .map((line) => ({ text: line.text, confidence: line.mean, x: line.box[0]?.[0] ?? 0, y: line.box[0]?.[1] ?? 0 }));
}

async function answer(request: OcrRequest): Promise<OcrResponse> {
  const started = Date.now();
  try {
    if (request.type === 'load') {
      engine = load(request.model);
      // A failed load is not kept: the client starts a fresh process for the next page.
      await engine.catch((error: unknown) => {
        engine = undefined;
        throw error;
      });
      return { id: request.id, ok: true, lines: [], millis: Date.now() - started };
    }
    return { id: request.id, ok: true, lines: await recognise(request), millis: Date.now() - started };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Electron's utilityProcess gives its child `process.parentPort` (messages wrapped in `{data}`). */
interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: OcrRequest }) => void): void;
  postMessage(message: OcrResponse): void;
}

const utilityPort = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
if (utilityPort) {
  utilityPort.on('message', (event) => void answer(event.data).then((response) => utilityPort.postMessage(response)));
  utilityPort.postMessage({ id: 0, ok: true, lines: [], millis: 0 });
} else {
  /** Answers only while the parent listens: a closed channel means the host is gone, so this ends too. */
  const reply = (response: OcrResponse) => {
    if (process.connected) process.send?.(response);
  };
  process.on('disconnect', () => process.exit(0));
  process.on('message', (request: OcrRequest) => void answer(request).then(reply));
  reply({ id: 0, ok: true, lines: [], millis: 0 });
}
