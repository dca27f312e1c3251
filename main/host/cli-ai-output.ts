import type { AiFeature } from '../../shared/contract/ai-features';
import { aiFeatures } from '../../shared/contract/ai-features';
import { aiNotice } from '../../shared/contract/ai-output';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { localProfileName } from '../api/caller';
import type { ModelRef } from '../inference/inference-host';
import { InferenceHost } from '../inference/inference-host';
import { AuditLog } from '../services/audit/audit-log';
import { sha256Hex } from '../services/audit/hash-chain';
import { AiSwitchService } from '../services/settings/ai-switches';
import { openStores } from '../store/stores';
import type { ParsedArgs } from './args';
import { stringOption } from './args';

/** The AI feature of --feature (default `fallback`); undefined, after a Chinese error on err, when unknown. */
export function aiFeatureOption(args: ParsedArgs, fallback: AiFeature, err: (text: string) => void): AiFeature | undefined {
  const feature = (stringOption(args, 'feature') ?? fallback) as AiFeature;
  if (!aiFeatures.includes(feature)) {
    err(`未知的AI功能：${feature}（可选：${aiFeatures.join('、')}）`);
    return undefined;
  }
  return feature;
}

/** The data folder's audit log and an inference host behind its AI switches; close() releases both. */
export function openAiSession(dataDir: string, modelsDir: string): { audit: AuditLog; host: InferenceHost; close: () => Promise<void> } {
  const stores = openStores(dataDir);
  const audit = new AuditLog(stores.workspace);
  const switches = new AiSwitchService(stores.workspace, audit);
  const host = new InferenceHost({ modelsDir, isEnabled: (f) => switches.isEnabled(f) });
  return {
    audit,
    host,
    close: async () => {
      await host.close();
      stores.close();
    },
  };
}

/** A failure of the whole command as one JSON line (code from the error, INTERNAL otherwise). */
export function printCliError(out: (text: string) => void, error: unknown): void {
  const code = (error as { code?: string }).code ?? 'INTERNAL';
  out(JSON.stringify({ ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } }));
}

export interface CliAiOutput {
  feature: AiFeature;
  model: ModelRef;
  summary: string;
  /** What the output was computed from; only its digest is audited. */
  input: Record<string, unknown>;
  /** Audited when given (the lowest or top confidence of the output). */
  confidence?: number;
  /** The stdin/argument line it answers, when there are several. */
  line?: number;
  /** The output itself, printed after the model, notice and auditSeq. */
  body: Record<string, unknown>;
}

/**
 * Every AI output of the CLI is an audit entry (actor: the local profile, role judge) first; it is
 * then printed as one JSON line with the model, 仅供参考 and the entry's auditSeq.
 */
export function auditAndPrintAiOutput(audit: AuditLog, out: (text: string) => void, output: CliAiOutput): void {
  const entry = audit.append({
    actor: localProfileName,
    role: 'judge',
    kind: 'ai_output',
    feature: output.feature,
    caseId: null,
    summary: output.summary,
    payload: {
      modelId: output.model.id,
      modelVersion: output.model.version,
      modelSha256: output.model.sha256,
      ...(output.confidence !== undefined ? { confidence: output.confidence } : {}),
      inputDigest: sha256Hex(canonicalJson(output.input)),
    },
  });
  out(
    JSON.stringify({
      ok: true,
      ...(output.line !== undefined ? { line: output.line } : {}),
      model: output.model,
      notice: aiNotice,
      auditSeq: entry.seq,
      ...output.body,
    }),
  );
}
