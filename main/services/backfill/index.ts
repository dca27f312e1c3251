// 案件信息回填: proposals for the case form from 起诉状/起诉书 and identity documents, each with its source span.
export { amountsIn } from './amounts';
export type { AmountHit } from './amounts';
export { BackfillService } from './backfill-service';
export type { BackfillProposal } from './backfill-service';
export { backfillModel, backfillRules, extractProposals } from './extract';
export type { BackfillDocument } from './source-span';
