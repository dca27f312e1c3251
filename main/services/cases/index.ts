export { CaseService, partiesLine } from './case-service';
export { causeCatalogues, civilCauses, criminalCauses } from './causes-of-action';
