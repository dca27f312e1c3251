export { DraftService, draftMarkText } from './draft-service';
export type { DraftForReview, SectionEdit } from './draft-service';
export { DraftError } from './draft-error';
export { draftPlainText, sectionAt } from './plain-text';
export type { DraftPlainText, SectionSpan } from './plain-text';
export { documentTemplate, templateInfos, parseTemplates } from './templates';
