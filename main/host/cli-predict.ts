import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { AiFeature, AiSwitches } from '../../shared/contract/ai-features';
import { aiFeatures, isAiFeatureEnabled } from '../../shared/contract/ai-features';
import { localCaller } from '../api/caller';
import { openApp } from '../app';
import { InferenceHost } from '../inference/inference-host';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { modelsDir as defaultModelsDir } from './paths';

/**
 * `judgedesk predict`: JSON lines `{"fact": "…", "names"?: [...]}` on stdin, one JSON line out per
 * input (charges, articles, term, each with confidence and explanation spans; 仅供参考), in
 * batches of 32. Honours the AI switch of --feature (default lawPush); a bad line gets its own
 * error line and the rest go on.
 */
export async function runPredict(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  input: Readable = process.stdin,
  modelsDir = stringOption(args, 'models-dir') ?? defaultModelsDir,
): Promise<number> {
  const feature = (stringOption(args, 'feature') ?? 'lawPush') as AiFeature;
  if (!aiFeatures.includes(feature)) {
    err(`未知的AI功能：${feature}（可选：${aiFeatures.join('、')}）`);
    return 2;
  }
  const app = openApp({ dataDir, host: 'cli', modelsDir });
  let switches: AiSwitches;
  try {
    const result = await app.invoke('settings.ai.get', {}, localCaller('cli'));
    if (!result.ok) throw new Error(result.error.message);
    switches = result.value as AiSwitches;
  } finally {
    app.close();
  }
  const host = new InferenceHost({ modelsDir, isEnabled: (f) => isAiFeatureEnabled(switches, f) });
  let failed = false;
  let batch: Array<{ line: number; fact: string; names?: string[] }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const result = await host.predictCriminal(current.map(({ fact, names }) => ({ fact, ...(names ? { names } : {}) })), {
      feature,
      explain: !args.options['no-explain'],
    });
    current.forEach((item, i) =>
      out(JSON.stringify({ ok: true, line: item.line, model: result.model, notice: result.notice, ...result.predictions[i] })),
    );
  };
  try {
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line += 1;
      if (!text.trim()) continue;
      let parsed: { fact?: unknown; names?: unknown };
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        parsed = {};
      }
      if (typeof parsed.fact !== 'string' || !parsed.fact.trim()) {
        out(JSON.stringify({ ok: false, line, error: { code: 'VALIDATION', message: `第 ${line} 行不是 {"fact": "…"} 形式的 JSON` } }));
        failed = true;
        continue;
      }
      const names = Array.isArray(parsed.names) ? parsed.names.filter((n): n is string => typeof n === 'string') : undefined;
      batch.push({ line, fact: parsed.fact, ...(names ? { names } : {}) });
      if (batch.length >= 32) await flush();
    }
    await flush();
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'INTERNAL';
    out(JSON.stringify({ ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } }));
    return 1;
  } finally {
    await host.close();
  }
  return failed ? 1 : 0;
}
