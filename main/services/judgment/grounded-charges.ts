// The charges of a fact after grounding (official names, element re-ranking), for consumers that need
// only names and weights — the similar-case search ranks by them (推定罪名).
import type { InferenceHost } from '../../inference/inference-host';
import type { CriminalGrounding } from './criminal-grounding';

export interface GroundedChargeNames {
  charges: Array<{ name: string; confidence: number }>;
  model: { id: string; version: string; sha256: string };
}

/**
 * Runs the criminal model under the 类案推送 switch and grounds its answer. A charge the element rules
 * put in place of the model's (受贿罪 for a 国家工作人员's 非国家工作人员受贿罪) has no probability of its
 * own; it carries the replaced charge's, since the evidence for "a bribe was taken" is the same.
 */
export function groundedChargeNames(
  inference: Pick<InferenceHost, 'predictCriminal'>,
  grounding: Pick<CriminalGrounding, 'ground'>,
): (facts: string, names: readonly string[]) => Promise<GroundedChargeNames> {
  return async (facts, names) => {
    const { model, predictions } = await inference.predictCriminal([{ fact: facts, names: [...names] }], {
      feature: 'similarCases',
      explain: false,
    });
    const prediction = predictions[0];
    if (!prediction) return { model, charges: [] };
    const grounded = grounding.ground({ facts, prediction, caseDate: new Date().toISOString().slice(0, 10) });
    const charges = grounded.charges.map((c, i) => ({
      name: c.name,
      confidence: c.confidence ?? prediction.charges[i]?.confidence ?? prediction.charges[0]?.confidence ?? 0,
    }));
    return { model, charges };
  };
}
