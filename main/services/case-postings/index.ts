// 类案检索索引: the lexical postings index of the case corpus, rebuilt when the corpus changed.
export { CasePostingsService } from './case-postings-service';
export type { CasePostingsServiceOptions } from './case-postings-service';
