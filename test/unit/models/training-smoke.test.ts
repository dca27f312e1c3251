import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../main/inference/inference-host';
import { scanModels } from '../../../main/inference/model-registry';
import { python } from '../../helpers/python-mirror';
import { tempDir } from '../../helpers/temp-app';

// CI smoke of the whole pipeline on ~300 cases: train → ONNX export → registry → onnxruntime-node
// in the worker → predict. A broken pipeline fails here, long before anyone runs `npm run train`.
describe('criminal judgment training pipeline (--smoke)', () => {
  const tmp = tempDir('judgedesk-train-smoke-');
  afterAll(() => tmp.cleanup());

  it('trains, exports and serves a model', async () => {
    const out = join(tmp.dir, 'criminal-judgment');
    execFileSync(python, ['models/training/train_criminal_judgment.py', '--smoke', '--out', out], { stdio: 'pipe', timeout: 90_000 });
    const scan = scanModels(tmp.dir);
    expect(scan.problems).toEqual([]);
    expect(scan.cards.map((card) => card.id)).toEqual(['criminal-judgment']);
    const card = JSON.parse(readFileSync(join(out, 'card.json'), 'utf8')) as { metrics: Array<{ name: string }> };
    expect(card.metrics.map((m) => m.name)).toContain('charges.microF1');

    const host = new InferenceHost({ modelsDir: tmp.dir, isEnabled: () => true });
    try {
      const result = await host.predictCriminal([{ fact: '被告人李×1于2016年5月在某超市盗窃手机一部，价值人民币3000元。' }], {
        feature: 'lawPush',
      });
      expect(result.predictions[0]?.charges.length).toBeGreaterThan(0);
      expect(result.predictions[0]?.term.kind).toMatch(/fixed|life|death/);
    } finally {
      await host.close();
    }
  }, 120_000);
});
