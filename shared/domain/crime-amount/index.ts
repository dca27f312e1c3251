// 涉案金额计算: money expressions, counts, the itemised total and the charge's 数额 tiers. Pure code,
// shared by the main-process service and the renderer's case view.
export { amountKinds } from './classify';
export type { AmountKind } from './classify';
export { computeCrimeAmount } from './compute';
export type { AmountItem, CrimeAmount } from './compute';
export { splitCounts } from './counts';
export type { FactCount } from './counts';
export { findMoney, formatYuan, parseAmountNumber } from './money';
export type { MoneyMention } from './money';
export { assessThreshold } from './thresholds';
export type { AmountTier, ChargeThresholds, ThresholdFinding, ThresholdTable } from './thresholds';
