import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { AiFeature } from '../../shared/contract/ai-features';
import { aiFeatures } from '../../shared/contract/ai-features';
import { aiNotice } from '../../shared/contract/ai-output';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { localProfileName } from '../api/caller';
import type { EncoderInput } from '../inference/legal-encoder';
import { InferenceHost } from '../inference/inference-host';
import { AuditLog } from '../services/audit/audit-log';
import { sha256Hex } from '../services/audit/hash-chain';
import { AiSwitchService } from '../services/settings/ai-switches';
import { openStores } from '../store/stores';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
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
  const feature = (stringOption(args, 'feature') ?? 'similarCases') as AiFeature;
  if (!aiFeatures.includes(feature)) {
    err(`未知的AI功能：${feature}（可选：${aiFeatures.join('、')}）`);
    return 2;
  }
  const stores = openStores(dataDir);
  const audit = new AuditLog(stores.workspace);
  const switches = new AiSwitchService(stores.workspace, audit);
  const host = new InferenceHost({ modelsDir, isEnabled: (f) => switches.isEnabled(f) });
  let failed = false;
  let batch: Array<{ line: number; input: EncoderInput }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const result = await host.embed(current.map((item) => item.input), { feature });
    current.forEach((item, i) => {
      const vector = Array.from(result.vectors[i] ?? [], (x) => Number(x.toFixed(6)));
      const entry = audit.append({
        actor: localProfileName,
        role: 'judge',
        kind: 'ai_output',
        feature,
        caseId: null,
        summary: `文本向量：${result.dimension} 维（输入 ${item.input.text.length} 字）`,
        payload: {
          modelId: result.model.id,
          modelVersion: result.model.version,
          modelSha256: result.model.sha256,
          inputDigest: sha256Hex(canonicalJson({ text: item.input.text })),
        },
      });
      out(JSON.stringify({ ok: true, line: item.line, model: result.model, notice: aiNotice, auditSeq: entry.seq, dimension: result.dimension, vector }));
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
    const code = (error as { code?: string }).code ?? 'INTERNAL';
    out(JSON.stringify({ ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } }));
    return 1;
  } finally {
    await host.close();
    stores.close();
  }
  return failed ? 1 : 0;
}
