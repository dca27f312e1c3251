export { DraftService, draftMarkText } from './draft-service';
export type { CitationOutput, DraftExport, DraftForReview, SectionEdit } from './draft-service';
export { draftPlainText, sectionAt } from './plain-text';
export type { DraftPlainText, SectionSpan } from './plain-text';
export { documentTemplate, templateInfos, parseTemplates } from './templates';
