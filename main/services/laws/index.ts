// Statute knowledge store: import LawRefBook markdown into knowledge.db, search it, read articles.
export { readCatalogue } from './catalogue';
export { statuteFolder, sharedDataFolder } from './data-folder';
export { getArticle } from './get-article';
export type { ArticleRef, ArticleView, GetArticleResult } from './get-article';
export { importStatutes, importStatuteSource } from './import-statutes';
export type { ImportProgress, ImportStatutesResult } from './import-statutes';
export { lawStatusOn } from './law-status';
export type { LawStatusOn } from './law-status';
export { parseStatute } from './parse-statute';
export { readStatuteFolder } from './read-statute-folder';
export type { StatuteSource } from './read-statute-folder';
export type * from './statute-records';
export { StatuteWriter } from './statute-writer';
export type { StatuteCounts } from './statute-writer';
export { searchArticles } from './search-articles';
export type { ArticleHit, SearchArticlesInput, SearchArticlesResult } from './search-articles';
export type * from './types';
