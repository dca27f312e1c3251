export { TranscriptService } from './transcript-service';
export type { ClientOp, TranscriptServiceOptions } from './transcript-service';
export { defaultNoticeText, TranscriptSettings } from './transcript-settings';
export { fillPlaceholders, templateInfos, transcriptTemplate } from './templates';
