// 裁判辅助 · 偏离预警 (judgment assistance and sentencing deviation warning).
export { sentenceDeviation } from './deviation';
export type { EstimatedSentence } from './deviation';
export { JudgmentService } from './judgment-service';
export type { JudgmentAssistAnswer, JudgmentAssistRequest, JudgmentServiceOptions } from './judgment-service';
