import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { modelsPredictCriminal } from '../../shared/contract/channels/model-outputs';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { featureOptionAllowed, invokePerLine, withCliApp } from './cli-app';
import { civilPredictChannel, civilPredictRequest, isCivilLine } from './cli-predict-civil';
import { modelsDir as defaultModelsDir } from './paths';

/**
 * `judgedesk predict`: JSON lines `{"fact": "…", "names"?: [...]}` on stdin, one JSON line out per
 * input (charges, articles, term, each with confidence and explanation spans; 仅供参考) through the
 * models.predictCriminal channel (法条推送 switch). Each prediction is an audit entry first; its
 * `auditSeq` goes out with it so a decision can be recorded (`judgedesk call audit.recordDecision`).
 * A line with `"kind": "civil"` is a civil case and gets 诉讼预期评估 instead (cli-predict-civil.ts).
 */
export async function runPredict(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  input: Readable = process.stdin,
  modelsDir = stringOption(args, 'models-dir') ?? defaultModelsDir,
): Promise<number> {
  if (!featureOptionAllowed(args, modelsPredictCriminal, err)) return 2;
  const explain = !args.options['no-explain'];
  const requestOf = (text: string) => {
    if (isCivilLine(text)) return civilPredictRequest(text);
    let parsed: { fact?: unknown; names?: unknown };
    try {
      parsed = (JSON.parse(text) ?? {}) as typeof parsed;
    } catch {
      return null;
    }
    if (typeof parsed.fact !== 'string' || !parsed.fact.trim()) return null;
    const names = Array.isArray(parsed.names) ? parsed.names.filter((n): n is string => typeof n === 'string') : undefined;
    return { fact: parsed.fact, ...(names ? { names } : {}), explain };
  };
  return withCliApp(
    dataDir,
    (app) =>
      invokePerLine(
        app,
        (text: string) => (isCivilLine(text) ? civilPredictChannel : modelsPredictCriminal),
        createInterface({ input, crlfDelay: Infinity }),
        requestOf,
        (line) => `第 ${line} 行不是 {"fact": "…"} 或 {"kind": "civil", "cause": "…", "claims": […], "facts": "…"} 形式的 JSON`,
        out,
      ),
    modelsDir,
  );
}
