export { TranscriptService } from './transcript-service';
export type { Actor, ClientOp, TranscriptServiceOptions } from './transcript-service';
export { TranscriptError } from './transcript-error';
export { fillPlaceholders, templateInfos, transcriptTemplate } from './templates';
