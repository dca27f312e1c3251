import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AiFeature, AiSwitches } from '../../../../shared/contract/ai-features';
import { InferenceHost } from '../../../../main/inference/inference-host';
import { dataDir } from '../../../helpers/python-mirror';
import { tempDir } from '../../../helpers/temp-app';

const committedModels = join(process.cwd(), 'models');

/** Held-out facts of the committed model, read back from the data folder by source and line. */
function heldOutFacts(count: number): string[] {
  const heldout = JSON.parse(readFileSync(join(committedModels, 'criminal-judgment', 'heldout.json'), 'utf8')) as {
    test: Array<{ source: string; line: number }>;
  };
  return heldout.test
    .filter((row) => row.source.startsWith('cases/cail2018/'))
    .slice(0, count)
    .map((row) => {
      const line = readFileSync(join(dataDir, row.source), 'utf8').split('\n')[row.line - 1] ?? '';
      return (JSON.parse(line) as { fact: string }).fact;
    });
}

describe('InferenceHost (real onnxruntime session in a worker thread)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: InferenceHost | undefined;
  let enabled: boolean;
  let listeners: Array<(s: AiSwitches) => void>;
  const open = (modelsDir: string) =>
    new InferenceHost({
      modelsDir,
      isEnabled: (_feature: AiFeature) => enabled,
      onSwitchChange: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    });

  beforeEach(() => {
    tmp = tempDir();
    enabled = true;
    listeners = [];
  });
  afterEach(async () => {
    await host?.close();
    tmp.cleanup();
  });

  it('predicts charges, articles and a term with confidences and explanation spans on held-out facts', async () => {
    host = open(committedModels);
    const facts = heldOutFacts(8);
    const result = await host.predictCriminal(
      facts.map((fact) => ({ fact })),
      { feature: 'lawPush' },
    );
    expect(result.notice).toBe('仅供参考');
    expect(result.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.predictions).toHaveLength(8);
    for (const [i, prediction] of result.predictions.entries()) {
      expect(prediction.charges.length).toBeGreaterThan(0);
      expect(prediction.articles[0]?.article).toBeGreaterThan(0);
      for (const label of [...prediction.charges, ...prediction.articles]) {
        expect(label.confidence).toBeGreaterThan(0);
        expect(label.confidence).toBeLessThanOrEqual(1);
      }
      const fact = facts[i] ?? '';
      for (const span of prediction.charges.flatMap((c) => c.spans)) {
        expect(fact.slice(span.start, span.end)).toBe(span.text);
        expect(span.weight).toBeGreaterThan(0);
      }
      expect(prediction.term.interval[0]).toBeLessThanOrEqual(prediction.term.interval[1]);
    }
    expect(result.predictions.some((p) => p.charges.some((c) => c.spans.length > 0))).toBe(true);
    expect(await host.loadedModels()).toEqual([join(committedModels, 'criminal-judgment')]);
  });

  it('refuses a tampered model file with a clear message and creates no session', async () => {
    cpSync(join(committedModels, 'criminal-judgment'), join(tmp.dir, 'criminal-judgment'), { recursive: true });
    const modelPath = join(tmp.dir, 'criminal-judgment', 'model.onnx');
    const bytes = readFileSync(modelPath);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    writeFileSync(modelPath, bytes);
    host = open(tmp.dir);
    await expect(host.predictCriminal([{ fact: '被告人某盗窃。' }], { feature: 'lawPush' })).rejects.toMatchObject({
      name: 'Refusal',
      code: 'NOT_FOUND',
    });
    await expect(host.predictCriminal([{ fact: '被告人某盗窃。' }], { feature: 'lawPush' })).rejects.toThrow(
      /模型文件 model\.onnx 缺失或校验值不符，已停用/,
    );
    expect(await host.loadedModels()).toEqual([]);
  });

  it('creates no session while the feature is switched off, and drops it when switched off later', async () => {
    enabled = false;
    host = open(committedModels);
    await expect(host.predictCriminal([{ fact: '被告人某盗窃现金。' }], { feature: 'deviationWarning' })).rejects.toMatchObject({
      name: 'Refusal',
      code: 'AI_DISABLED',
    });
    expect(host.workerStarted).toBe(false);
    expect(await host.loadedModels()).toEqual([]);

    enabled = true;
    await host.predictCriminal([{ fact: '被告人某盗窃现金。' }], { feature: 'deviationWarning', explain: false });
    expect(await host.loadedModels()).toHaveLength(1);
    enabled = false;
    for (const listener of listeners) listener({ global: false } as AiSwitches);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await host.loadedModels()).toEqual([]);
  });

  it('keeps the committed model folder intact', () => {
    expect(existsSync(join(committedModels, 'criminal-judgment', 'card.json'))).toBe(true);
  });
});
