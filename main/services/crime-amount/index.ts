// 涉案金额计算: the facts' itemised total and the charge's 数额 tier, by fixed rules (shared/domain/crime-amount).
export { CrimeAmountService } from './crime-amount-service';
export type { CrimeAmountAnswer } from './crime-amount-service';
