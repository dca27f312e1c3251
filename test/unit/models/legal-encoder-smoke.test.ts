import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../main/inference/inference-host';
import { scanModels } from '../../../main/inference/model-registry';
import { python } from '../../helpers/python-mirror';
import { tempDir } from '../../helpers/temp-app';

// CI smoke of the encoder pipeline on ~300 cases: train → ONNX export → registry →
// onnxruntime-node in the worker → unit vectors. A broken pipeline fails here.
describe('legal encoder training pipeline (--smoke)', () => {
  const tmp = tempDir('judgedesk-encoder-smoke-');
  afterAll(() => tmp.cleanup());

  it('trains, exports and serves unit-length vectors of the card dimension', async () => {
    const out = join(tmp.dir, 'legal-encoder');
    execFileSync(python, ['models/training/train_legal_encoder.py', '--smoke', '--out', out], { stdio: 'pipe', timeout: 150_000 });
    const scan = scanModels(tmp.dir);
    expect(scan.problems).toEqual([]);
    expect(scan.cards.map((card) => card.id)).toEqual(['legal-encoder']);
    const card = JSON.parse(readFileSync(join(out, 'card.json'), 'utf8')) as { metrics: Array<{ name: string; baseline?: number }> };
    expect(card.metrics.find((m) => m.name === 'ndcg@10')?.baseline).toBeGreaterThan(0);
    const featurizer = JSON.parse(readFileSync(join(out, 'featurizer.json'), 'utf8')) as { dimension: number };

    const host = new InferenceHost({ modelsDir: tmp.dir, isEnabled: () => true });
    try {
      const result = await host.embed([{ text: '被告人李×1于2016年5月在某超市盗窃手机一部，价值人民币3000元。' }, { text: '' }], {
        feature: 'similarCases',
      });
      expect(result.notice).toBe('仅供参考');
      expect(result.dimension).toBe(featurizer.dimension);
      expect(result.vectors).toHaveLength(2);
      const norm = Math.hypot(...(result.vectors[0] ?? []));
      expect(norm).toBeCloseTo(1, 5);
    } finally {
      await host.close();
    }
  }, 180_000);
});
