import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../main/inference/inference-host';
import { scanModels } from '../../../main/inference/model-registry';
import { python } from '../../helpers/python-mirror';
import { tempDir } from '../../helpers/temp-app';

// CI smoke of the civil outcome pipeline on 40 judgments per domain: TS parser labels → training
// (with both baselines and the counterfactual) → ONNX export → registry → onnxruntime-node.
describe('civil outcome training pipeline (--smoke)', () => {
  const tmp = tempDir('judgedesk-civil-smoke-');
  afterAll(() => tmp.cleanup());

  it('trains, exports and serves calibrated claim outcomes with a share interval', async () => {
    const out = join(tmp.dir, 'civil-outcome');
    execFileSync(python, ['models/training/train_civil_outcome.py', '--smoke', '--out', out], { stdio: 'pipe', timeout: 240_000 });
    expect(scanModels(tmp.dir).problems).toEqual([]);
    const card = JSON.parse(readFileSync(join(out, 'card.json'), 'utf8')) as {
      metrics: Array<{ name: string; baseline?: number }>;
      baselines: Record<string, Record<string, number>>;
      fairness: { flips: number };
    };
    expect(card.metrics.find((m) => m.name === 'claimOutcome.macroF1')?.baseline).toBeTypeOf('number');
    expect(card.baselines.tfidf_lr?.accuracy).toBeTypeOf('number');
    expect(card.fairness.flips).toBe(0);

    const host = new InferenceHost({ modelsDir: tmp.dir, isEnabled: () => true });
    try {
      const result = await host.run(
        'civil-outcome',
        [{ cause: '劳动争议', kind: '工资', claim: '判令被告支付拖欠工资12000元', facts: '原告在被告处工作，被告拖欠工资。' }],
        { feature: 'outcomeEstimation' },
      );
      const output = result.outputs[0];
      const p = output?.probabilities;
      expect((p?.full ?? 0) + (p?.partial ?? 0) + (p?.rejected ?? 0)).toBeCloseTo(1, 3);
      expect(output?.share.interval[0]).toBeLessThanOrEqual(output?.share.interval[1] ?? -1);
    } finally {
      await host.close();
    }
  }, 300_000);
});
