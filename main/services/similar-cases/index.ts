// 类案推送: the case corpus (written by the pack import), hybrid retrieval, explanations.
export { loadCases } from './case-rows';
export { CaseWriter } from './case-writer';
export type { CaseImportReport } from './case-writer';
export { corpusStatus } from './corpus-status';
export { existingCorpusFiles, sampleCorpusFiles } from './corpus-files';
export { modelWithEncoder, similarCasesModel } from './model-ref';
export { buildCasePostings, currentPostings } from './postings-index';
export { searchSimilar } from './search-similar';
export type { DenseRetriever, SimilarSearchInput, SimilarSearchOutput } from './search-similar';
