/** Citation parsing and formatting: pure code shared by the main process and the renderer. */
export type { CitedArticle, Citation, CitationParseResult, CitationProblem, RelativeAnchor } from './citation-types';
export { parseCitations } from './parse-citations';
export { articleLabel, bookTitle, formatCitation } from './format-citation';
export { normaliseCitationText, type CitationTextChange, type NormalisedCitationText } from './normalise-citation-text';
export { LAW_ALIASES, lawTitleKey, lookupLawTitle, type LawAliasEntry } from './law-aliases';
export { canonicalLawTitle } from './law-title';
export { RANGE_EXPANSION_CAP } from './article-chain';
