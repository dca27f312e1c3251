// 裁判辅助 · 偏离预警 (judgment assistance and sentencing deviation warning).
export { sentenceDeviation } from './deviation';
export type { EstimatedSentence } from './deviation';
export { JudgmentService } from './judgment-service';
export type { JudgmentAssistAnswer, JudgmentAssistRequest, JudgmentServiceOptions } from './judgment-service';
export { CriminalGrounding, defaultRerank, defaultStatuteRule } from './criminal-grounding';
export type { CriminalGroundingOptions, GroundedEstimate, StatuteRule } from './criminal-grounding';
export { loadChargeCatalogue, modelChargeLabels } from './charge-catalogue';
export type { CatalogueSources } from './charge-catalogue';
export { chargeDistinctions } from './charge-distinctions';
export { defaultDefendantRule, estimateByDefendant } from './defendant-charges';
export type { DefendantCase, DefendantEstimate, DefendantMode, DefendantRule } from './defendant-charges';
export { groundedChargeNames } from './grounded-charges';
export type { GroundedChargeNames } from './grounded-charges';
