// The OCR process: PaddleOCR v4 (onnxruntime-node) in a process of its own, because onnxruntime
// must have one owner per process and main/inference's worker thread already owns the main
// process's instance; a process also keeps a crash in native code away from the workspace.
import sharp from 'sharp';
import Ocr from '@gutenye/ocr-node';
import type { OcrLine, OcrRequest, OcrResponse } from './ocr-protocol';

/** Longest side sent to the detector: larger scans cost time without reading better. */
const maxSide = 2000;

type Engine = { detect(image: Buffer): Promise<Array<{ text: string; mean: number; box: number[][] }>> };
let engine: Promise<Engine> | undefined;

async function recognise(request: OcrRequest): Promise<OcrLine[]> {
  engine ??= Ocr.create() as Promise<Engine>;
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

/** Answers only while the parent listens: a closed channel means the host is gone, so this ends too. */
const reply = (response: OcrResponse) => {
  if (process.connected) process.send?.(response);
};
process.on('disconnect', () => process.exit(0));

process.on('message', (request: OcrRequest) => {
  const started = Date.now();
  recognise(request).then(
    (lines) => reply({ id: request.id, ok: true, lines, millis: Date.now() - started }),
    (error: unknown) => reply({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
reply({ id: 0, ok: true, lines: [], millis: 0 });
