import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { EncoderInput } from '../inference/legal-encoder';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { aiFeatureOption, auditAndPrintAiOutput, openAiSession, printCliError } from './cli-ai-output';
import { modelsDir as defaultModelsDir } from './paths';

const batchSize = 32;

/** One stdin line: `{"text": "…", "names"?: [...]}` or a bare JSON string. */
function parseLine(text: string): EncoderInput | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed === 'string') return parsed.trim() ? { text: parsed } : null;
  const { text: value, names } = (parsed ?? {}) as { text?: unknown; names?: unknown };
  if (typeof value !== 'string' || !value.trim()) return null;
  const known = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : undefined;
  return { text: value, ...(known ? { names: known } : {}) };
}

/**
 * `judgedesk embed [文本 …]`: the legal text encoder's vector for each text given as an argument,
 * or, with none, for each JSON line on stdin (`{"text": "…", "names"?: [...]}` or `"…"`). One JSON
 * line out per input: the unit-length vector, its dimension, the model id/version/sha256 and
 * 仅供参考. Honours the AI switch of --feature (default similarCases); a bad line gets its own error
 * line and the rest go on. Like `judgedesk predict`, each vector is an audit entry first.
 */
export async function runEmbed(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  input: Readable = process.stdin,
  modelsDir = stringOption(args, 'models-dir') ?? defaultModelsDir,
): Promise<number> {
  const feature = aiFeatureOption(args, 'similarCases', err);
  if (!feature) return 2;
  const session = openAiSession(dataDir, modelsDir);
  const { audit, host } = session;
  let failed = false;
  let batch: Array<{ line: number; input: EncoderInput }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const result = await host.embed(current.map((item) => item.input), { feature });
    current.forEach((item, i) => {
      const vector = Array.from(result.vectors[i] ?? [], (x) => Number(x.toFixed(6)));
      auditAndPrintAiOutput(audit, out, {
        feature,
        model: result.model,
        summary: `文本向量：${result.dimension} 维（输入 ${item.input.text.length} 字）`,
        input: { text: item.input.text },
        line: item.line,
        body: { dimension: result.dimension, vector },
      });
    });
  };
  // Texts given as arguments after `embed` count as lines 1…n.
  const argTexts = args.positional.slice(1);
  try {
    let line = 0;
    const lines: AsyncIterable<string> | string[] =
      argTexts.length > 0 ? argTexts.map((t) => JSON.stringify(t)) : createInterface({ input, crlfDelay: Infinity });
    for await (const text of lines) {
      line += 1;
      if (!text.trim()) continue;
      const parsed = parseLine(text);
      if (!parsed) {
        out(JSON.stringify({ ok: false, line, error: { code: 'VALIDATION', message: `第 ${line} 行不是 {"text": "…"} 形式的 JSON，或文本为空` } }));
        failed = true;
        continue;
      }
      batch.push({ line, input: parsed });
      if (batch.length >= batchSize) await flush();
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
