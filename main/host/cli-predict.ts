import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CriminalPrediction } from '../inference/criminal-judgment';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { aiFeatureOption, auditAndPrintAiOutput, openAiSession, printCliError } from './cli-ai-output';
import { modelsDir as defaultModelsDir } from './paths';

/**
 * `judgedesk predict`: JSON lines `{"fact": "…", "names"?: [...]}` on stdin, one JSON line out per
 * input (charges, articles, term, each with confidence and explanation spans; 仅供参考), in
 * batches of 32. Honours the AI switch of --feature (default lawPush); a bad line gets its own
 * error line and the rest go on. Like every AI output, each prediction is an audit entry first;
 * its `auditSeq` goes out with it so a decision can be recorded (`judgedesk call audit.recordDecision`).
 */
export async function runPredict(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  input: Readable = process.stdin,
  modelsDir = stringOption(args, 'models-dir') ?? defaultModelsDir,
): Promise<number> {
  const feature = aiFeatureOption(args, 'lawPush', err);
  if (!feature) return 2;
  const session = openAiSession(dataDir, modelsDir);
  const { audit, host } = session;
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
    current.forEach((item, i) => {
      const prediction = result.predictions[i] as CriminalPrediction;
      auditAndPrintAiOutput(audit, out, {
        feature,
        model: result.model,
        summary: predictionSummary(prediction),
        input: { fact: item.fact },
        confidence: prediction.charges[0]?.confidence ?? 0,
        line: item.line,
        body: { ...prediction },
      });
    });
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
    printCliError(out, error);
    return 1;
  } finally {
    await session.close();
  }
  return failed ? 1 : 0;
}

function predictionSummary(p: CriminalPrediction): string {
  const charges = p.charges.map((c) => c.name).join('、') || '无';
  const articles = p.articles.map((a) => `第${a.article}条`).join('、') || '无';
  const term = p.term.kind === 'fixed' ? `${p.term.months} 个月` : p.term.kind === 'life' ? '无期徒刑' : '死刑';
  return `刑事裁判预测：罪名 ${charges}；刑法 ${articles}；刑期 ${term}`;
}
