import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { AiFeature } from '../../shared/contract/ai-features';
import { aiFeatures } from '../../shared/contract/ai-features';
import { aiNotice } from '../../shared/contract/ai-output';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { localProfileName } from '../api/caller';
import type { CriminalPrediction } from '../inference/criminal-judgment';
import { InferenceHost } from '../inference/inference-host';
import { AuditLog } from '../services/audit/audit-log';
import { sha256Hex } from '../services/audit/hash-chain';
import { AiSwitchService } from '../services/settings/ai-switches';
import { openStores } from '../store/stores';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
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
  const feature = (stringOption(args, 'feature') ?? 'lawPush') as AiFeature;
  if (!aiFeatures.includes(feature)) {
    err(`未知的AI功能：${feature}（可选：${aiFeatures.join('、')}）`);
    return 2;
  }
  const stores = openStores(dataDir);
  const audit = new AuditLog(stores.workspace);
  const switches = new AiSwitchService(stores.workspace, audit);
  const host = new InferenceHost({ modelsDir, isEnabled: (f) => switches.isEnabled(f) });
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
      const entry = audit.append({
        actor: localProfileName,
        role: 'judge',
        kind: 'ai_output',
        feature,
        caseId: null,
        summary: predictionSummary(prediction),
        payload: {
          modelId: result.model.id,
          modelVersion: result.model.version,
          modelSha256: result.model.sha256,
          confidence: prediction.charges[0]?.confidence ?? 0,
          inputDigest: sha256Hex(canonicalJson({ fact: item.fact })),
        },
      });
      out(JSON.stringify({ ok: true, line: item.line, model: result.model, notice: aiNotice, auditSeq: entry.seq, ...prediction }));
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
    const code = (error as { code?: string }).code ?? 'INTERNAL';
    out(JSON.stringify({ ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } }));
    return 1;
  } finally {
    await host.close();
    stores.close();
  }
  return failed ? 1 : 0;
}

function predictionSummary(p: CriminalPrediction): string {
  const charges = p.charges.map((c) => c.name).join('、') || '无';
  const articles = p.articles.map((a) => `第${a.article}条`).join('、') || '无';
  const term = p.term.kind === 'fixed' ? `${p.term.months} 个月` : p.term.kind === 'life' ? '无期徒刑' : '死刑';
  return `刑事裁判预测：罪名 ${charges}；刑法 ${articles}；刑期 ${term}`;
}
