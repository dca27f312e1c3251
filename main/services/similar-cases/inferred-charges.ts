// 推定罪名: when a similar-case query states no charge or cause, the criminal-judgment prediction for
// its facts becomes the structured signal the text encoder lacks (a 国家工作人员 taking bribes is
// 受贿罪, whatever words it shares with 非国家工作人员受贿罪 cases). The prediction stays behind
// `ChargePredictor`, so a grounded prediction (the judgment service) can take the model's place.
import type { SimilarFilters } from '../../../shared/contract/channels/similar-cases';
import { Refusal } from '../../../shared/contract/refusal';
import { chargeDisplayName } from './charge-names';
import { isKeywordQuery } from './lexical-search';
import { queryCauses } from './query-facts';

export interface InferredCharge {
  name: string;
  confidence: number;
}

/** The charges predicted for a fact text and what predicted them (audited with the search). */
export interface ChargePrediction {
  charges: InferredCharge[];
  model: { id: string; version: string; sha256: string };
}

export type ChargePredictor = (facts: string, names: readonly string[]) => Promise<ChargePrediction>;

/** What the inference host offers (InferenceHost.predictCriminal). */
export interface CriminalChargeHost {
  predictCriminal(
    inputs: Array<{ fact: string; names?: string[] }>,
    options: { feature: 'similarCases'; explain?: boolean },
  ): Promise<{
    model: { id: string; version: string; sha256: string };
    predictions: Array<{ charges: Array<{ name: string; confidence: number }> }>;
  }>;
}

/** Below this the model is guessing; such a charge would only push the right cases down. */
export const minInferredConfidence = 0.3;
const maxInferredCharges = 3;

/** The criminal-judgment model's charges for the facts (no clause attribution: only the names count). */
export function criminalModelCharges(host: CriminalChargeHost): ChargePredictor {
  return async (facts, names) => {
    const { model, predictions } = await host.predictCriminal([{ fact: facts, names: [...names] }], {
      feature: 'similarCases',
      explain: false,
    });
    return { model, charges: predictions[0]?.charges ?? [] };
  };
}

/** Charges worth ranking by: confident enough, the strongest few, named as the corpus names them. */
export function usableCharges(charges: readonly InferredCharge[]): InferredCharge[] {
  const byName = new Map<string, number>();
  for (const c of charges) {
    if (c.confidence < minInferredConfidence) continue;
    const name = chargeDisplayName(c.name);
    byName.set(name, Math.max(byName.get(name) ?? 0, c.confidence));
  }
  return [...byName]
    .map(([name, confidence]) => ({ name, confidence: Math.round(confidence * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence || (a.name < b.name ? -1 : 1))
    .slice(0, maxInferredCharges);
}

/** Words only a criminal fact uses (a civil one has 原告/被告, never 被告人 or 公诉). */
const CRIMINAL_TEXT = /被告人|犯罪嫌疑人|公诉|被害人|作案|抓获|归案|赃款|赃物|涉嫌|犯罪/;

export type InferenceSkip = 'off' | 'stated' | 'notCriminal' | 'notFacts';

export interface InferenceQuestion {
  query: string;
  mode: 'facts' | 'focus' | 'articles';
  method: 'hybrid' | 'lexical' | 'dense';
  filters?: SimilarFilters;
  inferCharges?: boolean;
}

/**
 * Why no charge is inferred for this search, or null when one should be: the user switched it off,
 * stated a charge or cause (the stated one is used), or the query is no criminal fact text to
 * predict from (a keyword, a civil case, a list of articles). Only the hybrid ranking has structured
 * signals; lexical and dense stay text-only by definition.
 */
export function inferenceSkip(q: InferenceQuestion): InferenceSkip | null {
  if (q.inferCharges === false) return 'off';
  if (queryCauses(q.query, q.filters?.causes).length > 0) return 'stated';
  if (q.method !== 'hybrid' || q.mode === 'articles' || isKeywordQuery(q.query)) return 'notFacts';
  if (q.filters?.kind === '民事' || !CRIMINAL_TEXT.test(q.query)) return 'notCriminal';
  return null;
}

/** A refused prediction (model missing, tampered, switched off) leaves the search text-only. */
export function isPredictionRefusal(error: unknown): error is Refusal {
  return error instanceof Refusal && (error.code === 'NOT_FOUND' || error.code === 'AI_DISABLED');
}
