import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../main/inference/inference-host';
import { scanModels } from '../../../main/inference/model-registry';
import { python } from '../../helpers/python-mirror';
import { tempDir } from '../../helpers/temp-app';

// CI smoke of the legal element pipeline on a few hundred sentences per domain: train (with both
// baselines) → ONNX export → registry → onnxruntime-node in the worker → elements per sentence.
describe('legal element training pipeline (--smoke)', () => {
  const tmp = tempDir('judgedesk-elements-smoke-');
  afterAll(() => tmp.cleanup());

  it('trains, exports and serves a tagger that reports elements with their sentence', async () => {
    const out = join(tmp.dir, 'legal-elements');
    execFileSync(python, ['models/training/train_legal_elements.py', '--smoke', '--out', out], { stdio: 'pipe', timeout: 240_000 });
    expect(scanModels(tmp.dir).problems).toEqual([]);
    const card = JSON.parse(readFileSync(join(out, 'card.json'), 'utf8')) as {
      metrics: Array<{ name: string; baseline?: number }>;
      baselines: Record<string, Record<string, number>>;
    };
    for (const domain of ['loan', 'divorce', 'labor']) {
      expect(card.metrics.find((m) => m.name === `${domain}.microF1`)?.baseline).toBeTypeOf('number');
      expect(card.baselines.majority?.[`${domain}.macroF1`]).toBeTypeOf('number');
    }

    const host = new InferenceHost({ modelsDir: tmp.dir, isEnabled: () => true });
    try {
      const text = '原告向被告出借人民币5万元，被告出具借条一张。被告至今未还款；原告多次催要。';
      const result = await host.run('legal-elements', [{ text, domain: 'loan' }], { feature: 'evidenceGuidance' });
      const output = result.outputs[0];
      expect(output?.domain).toBe('loan');
      for (const sentence of output?.sentences ?? []) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        for (const hit of sentence.elements) expect(hit.code).toMatch(/^LN\d+$/);
      }
      await expect(host.run('legal-elements', [{ text, domain: 'tax' as 'loan' }], { feature: 'evidenceGuidance' })).rejects.toThrow(
        /案件类型/,
      );
    } finally {
      await host.close();
    }
  }, 300_000);
});
