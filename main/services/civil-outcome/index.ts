// 诉讼预期评估 (civil outcome estimation).
export { civilCauseOf, civilCauses } from './causes';
export { comparableOutcome } from './comparables';
export { CivilOutcomeService, civilOutcomeModelId, deviation } from './civil-outcome-service';
export type { CivilOutcomeAnswer, CivilOutcomeRequest, CivilOutcomeServiceOptions } from './civil-outcome-service';
