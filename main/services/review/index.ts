// 法律文书辅助审查 (document review): six families of rule-based findings over a document's text.
export { applyFix, shiftFindings } from './apply-fix';
export { readDocument } from './read-document';
export type { ReadDocument } from './read-document';
export { redactForPublication } from './redact';
export type { Redaction } from './redact';
export { reviewDocument, reviewModel } from './review-document';
export type { ReviewOptions } from './review-document';
export { ReviewService } from './review-service';
export type { ImportedDocument, ReviewRunAnswer, ReviewRunRequest, ReviewServiceOptions } from './review-service';
