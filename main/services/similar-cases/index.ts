// 类案推送: the case corpus (written by the pack import), hybrid retrieval, explanations.
export { loadCases } from './corpus-rows';
export { CaseWriter } from './case-writer';
export type { CaseImportReport } from './case-writer';
export { corpusStatus } from './corpus-status';
export { existingCorpusFiles, sampleCorpusFiles } from './corpus-files';
export { buildCaseVectors, denseIndexState, installedEncoder, openDenseRetriever, warmDenseIndex } from './dense-index';
export type { EmbedHost } from './dense-index';
export { modelWithEncoder, similarCasesModel } from './model-ref';
export { chargeKey, sameCharge } from './charge-names';
export { criminalModelCharges, inferenceSkip, usableCharges } from './inferred-charges';
export type { ChargePrediction, ChargePredictor, InferredCharge } from './inferred-charges';
export { buildCasePostings, currentPostings } from './postings-index';
export { draftSearchReport, renderSearchReport } from './search-report';
export { searchSimilar } from './search-similar';
export type { DenseRetriever, SimilarSearchInput, SimilarSearchOutput } from './search-similar';
export { SimilarCaseService } from './similar-case-service';
export type {
  CorpusStatusView,
  ReportDraftRequest,
  SimilarCaseServiceOptions,
  SimilarSearchAnswer,
  SimilarSearchRequest,
} from './similar-case-service';
