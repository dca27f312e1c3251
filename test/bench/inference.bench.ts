// Every model under models/ that the inference host serves (criminal-judgment, legal-encoder, and
// whatever model-modules.ts gains later): load time and throughput in texts per second at batch 1
// and batch 32, on real case facts, through the shipped path (InferenceHost → worker thread →
// onnxruntime-node). Load = first session creation in a started worker (sha256 check included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceHost } from '../../main/inference/inference-host';
import { isModelId, modelModules } from '../../main/inference/model-modules';
import type { ModelId } from '../../main/inference/model-modules';
import { scanModels } from '../../main/inference/model-registry';
import { sharedDataFolder } from '../../main/services/laws';
import type { Bench, Figure } from './bench';
import { median, timed } from './bench';

const modelsDir = join(process.cwd(), 'models');
const batchOneTexts = 32;
const batches = 3;

/** Real criminal facts (CAIL2018 test file, first lines), as every model's example input. */
function realTexts(count: number): string[] {
  const file = join(sharedDataFolder(), 'cases', 'cail2018', 'data_test.json');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => (JSON.parse(line) as { fact: string }).fact);
}

async function measure(host: InferenceHost, id: ModelId, texts: string[]): Promise<Figure[]> {
  const module = modelModules[id] as { exampleInput?: (text: string) => unknown };
  const inputs = texts.map((text) => module.exampleInput?.(text) ?? { text });
  // `run` is typed per model; the bench feeds each model its own example inputs.
  const run = (batch: unknown[]) => host.run(id, batch as never, { feature: 'similarCases', explain: false });
  const load = await timed(() => host.warm(id, { feature: 'similarCases' }));
  const single: number[] = [];
  for (const input of inputs.slice(0, batchOneTexts)) single.push((await timed(() => run([input]))).ms);
  const batched: number[] = [];
  for (let b = 0; b < batches; b += 1) batched.push((await timed(() => run(inputs.slice(b * 32, b * 32 + 32)))).ms);
  const perSecond = (ms: number, n: number) => Math.round((n / ms) * 1000 * 10) / 10;
  return [
    { label: `${id}: load (session from sha256-checked bytes)`, value: load.ms, unit: 'ms' },
    { label: `${id}: batch 1 (median of ${batchOneTexts})`, value: perSecond(median(single), 1), unit: 'texts/s' },
    { label: `${id}: batch 32 (median of ${batches})`, value: perSecond(median(batched), 32), unit: 'texts/s' },
  ];
}

const bench: Bench = {
  name: 'inference (every model in models/)',
  async run({ log }) {
    const scan = scanModels(modelsDir);
    const ids = scan.cards
      .map((card) => card.id)
      .filter(isModelId)
      .sort();
    if (ids.length === 0) return { figures: [], skipped: `没有可用的模型（${modelsDir}）` };
    let texts: string[];
    try {
      texts = realTexts(batches * 32);
    } catch {
      return { figures: [], skipped: '缺少数据文件 cases/cail2018/data_test.json' };
    }
    const figures: Figure[] = [];
    for (const id of ids) {
      const host = new InferenceHost({ modelsDir, isEnabled: () => true });
      try {
        const start = await timed(() => host.startWorker());
        figures.push({ label: `${id}: worker start`, value: start.ms, unit: 'ms' });
        log(`${id}…`);
        figures.push(...(await measure(host, id, texts)));
      } finally {
        await host.close();
      }
    }
    const notes = [
      `texts: ${texts.length} CAIL2018 facts (median ${median(texts.map((t) => t.length))} characters); criminal-judgment without leave-one-out explanations`,
      'one worker thread, onnxruntime-node intraOpNumThreads 1; throughput is per worker',
      ...scan.problems.map((p) => `skipped ${p.id}: ${p.message}`),
    ];
    return { figures, notes };
  },
};

export default bench;
