// 繁简分流: explainable additive score over case features, rules set by the court.
export { assessTriage } from './assess';
export type { TriageCase, TriageDocument, TriageResult } from './assess';
export { defaultTriageConfig } from './default-config';
export { TriageService } from './triage-service';
export type { CaseTriage } from './triage-service';
export { triageModel } from './triage-settings';
