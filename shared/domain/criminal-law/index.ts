/** 刑法 grounding: the charge catalogue, matching facts to 罪状, element checks and 总则 circumstances. */
export { chargeKey, joinSegmented, officialChargeName, sameCharge } from './charge-names';
export { ChargeIndex, catalogueFromRecords, elementsByKey, parseArticleReference } from './charge-catalogue';
export type { CatalogueCharge, CatalogueOrigin, ChargeCatalogue, ChargeElements } from './charge-catalogue';
export { BigramBm25, hanBigrams } from './bigram-bm25';
export { StatuteMatcher } from './statute-match';
export type { ChargeStatute, StatuteCandidate } from './statute-match';
export { checkCharge, rerankByElements } from './element-checks';
export type { ChargeCheck, ChargeDistinctions, DistinctionGroup, ElementCheck, ElementCue, ElementKind, Rerank } from './element-checks';
export { generalArticles, probationMaxMonths, textProvidesFine } from './general-articles';
export type { GeneralArticle, GeneralArticleInput } from './general-articles';
export { bestPassages, clauseAround, clausesOf, sentencesOf } from './passages';
export type { Passage } from './passages';
export { penaltyArticleRefs } from './penalty-articles';
export { defaultPassageRule, defendantPassages, findDefendants, joinPassages, splitByDefendant } from './defendants';
export type { Defendant, DefendantPassages, PassageRule } from './defendants';
