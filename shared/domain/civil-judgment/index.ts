// Civil judgment parsing (民事判决书): the claims (诉讼请求) and how the operative part (判决如下)
// answered each — the labels of the civil outcome model and the outcomes shown beside comparable cases.
import { extractClaims, type CivilClaim } from './claims';
import { mapOutcomes, parseOperative, type ClaimResult, type ParsedOutcome } from './outcome';

export { findAmounts } from './amounts';
export type { AmountMention } from './amounts';
export { claimKinds, kindOf } from './claim-kinds';
export type { ClaimKind } from './claim-kinds';
export { claimSegment, extractClaims } from './claims';
export type { CivilClaim } from './claims';
export { claimOutcomeLabels, claimOutcomes, mapOutcomes, parseOperative } from './outcome';
export type { ClaimOutcome, ClaimResult, JudgmentItem, ParsedOutcome } from './outcome';
export { civilFacts } from './facts';

export interface ParsedCivilJudgment {
  claims: CivilClaim[];
  operative: ParsedOutcome;
  /** null when the judgment gives no first-instance answer to its claims (appeal, no 判决如下, no claims). */
  results: ClaimResult[] | null;
}

export function parseCivilJudgment(text: string): ParsedCivilJudgment {
  const claims = extractClaims(text);
  const operative = parseOperative(text);
  return { claims, operative, results: mapOutcomes(claims, operative) };
}
export { civilOutcomeFeatures, civilOutcomeInput } from './model-input';
export type { CivilOutcomeFeatureConfig } from './model-input';
