export { CaseError, CaseService, partiesLine } from './case-service';
export type { Actor } from './case-service';
export { causeCatalogues, civilCauses, criminalCauses } from './causes-of-action';
