import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InferenceHost } from '../../../../main/inference/inference-host';
import { dataDir } from '../../../helpers/python-mirror';
import { tempDir } from '../../../helpers/temp-app';

const committedModels = join(process.cwd(), 'models');

/** Held-out CAIL2018 cases of the committed encoder (never trained on), with their charges. */
function heldOut(count: number): Array<{ fact: string; charges: string[] }> {
  const heldout = JSON.parse(readFileSync(join(committedModels, 'legal-encoder', 'heldout.json'), 'utf8')) as {
    test: Array<{ source: string; line: number }>;
  };
  const files = new Map<string, string[]>();
  return heldout.test
    .filter((row) => row.source.startsWith('cases/cail2018/'))
    .slice(0, count)
    .map((row) => {
      if (!files.has(row.source)) files.set(row.source, readFileSync(join(dataDir, row.source), 'utf8').split('\n'));
      const obj = JSON.parse(files.get(row.source)?.[row.line - 1] ?? '') as { fact: string; meta: { accusation: string[] } };
      return { fact: obj.fact, charges: [...obj.meta.accusation].sort() };
    });
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);

describe('legal encoder through InferenceHost.embed (committed model, real onnxruntime)', () => {
  let host: InferenceHost | undefined;
  const tmp = tempDir();
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('puts held-out cases with the same charges closer together than cases with different charges', async () => {
    host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => true });
    const cases = heldOut(60);
    const result = await host.embed(
      cases.map((c) => ({ text: c.fact })),
      { feature: 'similarCases' },
    );
    expect(result.notice).toBe('仅供参考');
    expect(result.model.id).toBe('legal-encoder');
    expect(result.vectors).toHaveLength(cases.length);
    const same: number[] = [];
    const different: number[] = [];
    for (let i = 0; i < cases.length; i += 1) {
      expect(Math.hypot(...(result.vectors[i] ?? []))).toBeCloseTo(1, 5);
      for (let j = i + 1; j < cases.length; j += 1) {
        const cos = dot(result.vectors[i] as Float32Array, result.vectors[j] as Float32Array);
        (cases[i]?.charges.join() === cases[j]?.charges.join() ? same : different).push(cos);
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(same.length).toBeGreaterThan(10);
    expect(mean(same)).toBeGreaterThan(mean(different) + 0.2);
  });

  it('gives the same vector whoever the party is (name, gender, ethnicity, birthplace, occupation)', async () => {
    host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => true });
    const body = '2018年5月，被告人{}在某超市盗窃手机一部，价值3000元。案发后{}主动投案，如实供述。';
    const a = `被告人张伟，男，汉族，出生于河南省郑州市，农民。${body.replaceAll('{}', '张伟')}`;
    const b = `被告人古丽娜，女，维吾尔族，出生于新疆维吾尔自治区喀什市，教师。${body.replaceAll('{}', '古丽娜')}`;
    const { vectors } = await host.embed(
      [
        { text: a, names: ['张伟'] },
        { text: b, names: ['古丽娜'] },
      ],
      { feature: 'similarCases' },
    );
    expect(dot(vectors[0] as Float32Array, vectors[1] as Float32Array)).toBeGreaterThan(0.9999);
  });

  it('creates no session with 类案推送 off, and refuses a tampered featurizer', async () => {
    host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => false });
    await expect(host.embed([{ text: '盗窃' }], { feature: 'similarCases' })).rejects.toMatchObject({
      name: 'Refusal',
      code: 'AI_DISABLED',
    });
    expect(host.workerStarted).toBe(false);
    await host.close();

    cpSync(join(committedModels, 'legal-encoder'), join(tmp.dir, 'legal-encoder'), { recursive: true });
    const featurizer = join(tmp.dir, 'legal-encoder', 'featurizer.json');
    writeFileSync(featurizer, readFileSync(featurizer, 'utf8').replace('"maxChars": 1000', '"maxChars": 999'));
    host = new InferenceHost({ modelsDir: tmp.dir, isEnabled: () => true });
    await expect(host.embed([{ text: '盗窃' }], { feature: 'similarCases' })).rejects.toMatchObject({ name: 'Refusal', code: 'NOT_FOUND' });
    expect(await host.loadedModels()).toEqual([]);
    tmp.cleanup();
  });

  it('answers an empty batch with no vectors and the card dimension, without loading', async () => {
    host = new InferenceHost({ modelsDir: committedModels, isEnabled: () => true });
    const result = await host.embed([], { feature: 'similarCases' });
    expect(result.vectors).toEqual([]);
    expect(result.dimension).toBe(256);
    expect(host.workerStarted).toBe(false);
  });
});
