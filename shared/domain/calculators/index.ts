// 计算器: 民间借贷利息, 迟延履行期间的债务利息, 诉讼费 — deterministic, every figure with its steps and articles.
export { courtFee, courtFeeKindLabels, courtFeeKinds, halvableCourtFeeKinds } from './court-fees';
export type { CourtFeeInput, CourtFeeKind, CourtFeeResult } from './court-fees';
export { delayDailyRate, delayInterest } from './delay-interest';
export type { DelayInterestInput, DelayInterestResult, DelayPayment, DelayPeriod } from './delay-interest';
export { lendingCapRule, lendingInterest, lendingRegimeOn, lprRegimeStart, rateBases, rateBasisLabels } from './lending-interest';
export type {
  LendingCap,
  LendingInterestInput,
  LendingInterestResult,
  LendingPeriod,
  LendingRegime,
  LprLookup,
  LprRate,
  RateBasis,
  RateInput,
  Repayment,
} from './lending-interest';
export { lprLookup } from './lpr';
export type { LprTable } from './lpr';
export { parseRateText } from './rate-text';
export { isIsoDay } from './dates';
export { formatFen, isYuanText, yuan, yuanToFen } from './money';
export { lawTitles } from './laws';
export { CalculatorInputError } from './result';
export type { Calculation, CalculationCitation, CalculationStep } from './result';
