import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../main/inference/inference-host';
import { scanModels } from '../../../main/inference/model-registry';
import { python } from '../../helpers/python-mirror';
import { tempDir } from '../../helpers/temp-app';

// CI smoke of the NER pipeline on ~200 paragraphs: train → ONNX export → registry → onnxruntime-node
// in the worker → spans merged with the rule identifiers.
describe('NER training pipeline (--smoke)', () => {
  const tmp = tempDir('judgedesk-ner-smoke-');
  afterAll(() => tmp.cleanup());

  it('trains, exports and serves a tagger whose spans sit on the text', async () => {
    const out = join(tmp.dir, 'ner');
    execFileSync(python, ['models/training/train_ner.py', '--smoke', '--out', out], { stdio: 'pipe', timeout: 240_000 });
    const scan = scanModels(tmp.dir);
    expect(scan.problems).toEqual([]);
    const card = JSON.parse(readFileSync(join(out, 'card.json'), 'utf8')) as { metrics: Array<{ name: string }> };
    expect(card.metrics.map((m) => m.name)).toEqual(
      expect.arrayContaining(['person.f1', 'organization.f1', 'place.f1', 'time.f1', 'amount.f1', 'micro.f1']),
    );

    const host = new InferenceHost({ modelsDir: tmp.dir, isEnabled: () => true });
    try {
      const text = '被告人林某某于2014年8月7日在湛江市麻章区贩卖海洛因0.07克，联系电话13812345678。';
      const result = await host.run('ner', [{ text }, { text: '' }], { feature: 'backfill' });
      expect(result.notice).toBe('仅供参考');
      expect(result.outputs).toHaveLength(2);
      for (const span of result.outputs[0]?.spans ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(result.outputs[0]?.spans.find((s) => s.source === 'rule')).toMatchObject({ type: 'mobile', text: '13812345678' });
      expect(result.outputs[1]?.spans).toEqual([]);
    } finally {
      await host.close();
    }
  }, 300_000);
});
