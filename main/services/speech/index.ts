export type { RecognizerOptions, SpeechEngine, SpeechEvent, StreamingRecognizer } from './speech-plugin';
export { checkSpeechModelDir, notInstalledMessage, type SpeechModelState } from './model-dir';
export { caseHotwords, sherpaHotwordsFile } from './hotwords';
export { sherpaEngine } from './sherpa-engine';
export { SpeechSession, speechTextForTurn } from './speech-session';
export { SpeechService } from './speech-service';
