import type { CivilElement } from './elements';

/**
 * The estimate for a cause the model has too few judgments for: no learned figure, only what the
 * 要件 say. Every required 要件 the facts state makes full support likelier; each one missing,
 * rejection. The numbers are a rule, not a measurement — the answer says so and its confidence is
 * capped low.
 */
export const statuteConfidenceCap = 0.35;
/** Audited with the checklist definitions' hash: change it when the rule below changes. */
export const statuteRulesVersion = 'civil-outcome-statute-1';

export function statuteEstimate(elements: { found: CivilElement[]; missing: CivilElement[] }) {
  const total = elements.found.length + elements.missing.length;
  const met = total ? elements.found.length / total : 0.5;
  const full = 0.2 + 0.45 * met;
  const rejected = 0.5 - 0.4 * met;
  const probabilities = { full: round(full), partial: round(1 - full - rejected), rejected: round(rejected) };
  return {
    probabilities,
    share: { median: round(0.2 + 0.7 * met), interval: [0, 1] as [number, number], coverage: 1, measuredCoverage: null },
    confidence: round(Math.min(statuteConfidenceCap, Math.max(full, rejected))),
  };
}

const round = (value: number) => Number(value.toFixed(4));
