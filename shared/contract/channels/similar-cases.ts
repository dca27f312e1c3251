import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** How the corpus import went: what was written, and every line that was not, by reason. */
export const caseImportReportSchema = z.object({
  imported: z.number().int(),
  bySource: z.record(z.string(), z.number().int()),
  problems: z.array(z.object({ reason: z.string(), label: z.string(), count: z.number().int(), examples: z.array(z.string()) })),
  unresolvedArticles: z.number().int(),
});
export type CaseImportReportView = z.infer<typeof caseImportReportSchema>;

export const courtLevelValues = ['最高', '高级', '中级', '基层'] as const;
/** What "similar" means: same facts, same dispute focus (the court's reasoning), same cited articles. */
export const similarModes = ['facts', 'focus', 'articles'] as const;
export const similarModeLabels: Record<(typeof similarModes)[number], string> = {
  facts: '案情事实',
  focus: '争议焦点',
  articles: '适用法条',
};
/** Retrieval methods; hybrid fuses lexical and dense by reciprocal rank plus structured signals. */
export const retrievalMethods = ['hybrid', 'lexical', 'dense'] as const;

/** [start, end) UTF-16 offsets into the text they belong to. */
export const textSpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type TextSpan = z.infer<typeof textSpanSchema>;

export const citedArticleSchema = z.object({ key: z.string(), citation: z.string(), articleId: z.number().int().nullable() });

export const caseOutcomeSchema = z.object({
  prisonMonths: z.number().int().nullable(),
  lifeImprisonment: z.boolean(),
  deathPenalty: z.boolean(),
  fine: z.number().nullable(),
  awarded: z.number().nullable(),
});

export const corpusCaseSchema = z.object({
  id: z.number().int(),
  source: z.string(),
  kind: z.enum(['刑事', '民事']),
  court: z.string().nullable(),
  courtLevel: z.enum(courtLevelValues).nullable(),
  region: z.string().nullable(),
  caseNumber: z.string().nullable(),
  causes: z.array(z.string()),
  decidedOn: z.string().nullable(),
  parties: z.string(),
  facts: z.string(),
  reasoning: z.string(),
  result: z.string(),
  cited: z.array(citedArticleSchema),
  outcome: caseOutcomeSchema,
});
export type CorpusCase = z.infer<typeof corpusCaseSchema>;

/** A circumstance (自首, 累犯, 利率 …) found by rule in a text, with where it stands. */
export const circumstanceSchema = z.object({
  id: z.string(),
  label: z.string(),
  span: textSpanSchema,
  /** Amount in yuan or annual rate in percent, where the circumstance has one. */
  value: z.number().nullable(),
});
export type Circumstance = z.infer<typeof circumstanceSchema>;

export const circumstanceMatchSchema = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(['both', 'queryOnly', 'candidateOnly']),
  query: circumstanceSchema.nullable(),
  candidate: circumstanceSchema.nullable(),
});
export type CircumstanceMatch = z.infer<typeof circumstanceMatchSchema>;

export const similarityExplanationSchema = z.object({
  /** One line: why this case is offered. */
  summary: z.string(),
  sameCauses: z.array(z.string()),
  queryOnlyCauses: z.array(z.string()),
  candidateOnlyCauses: z.array(z.string()),
  sharedArticles: z.array(citedArticleSchema),
  circumstances: z.array(circumstanceMatchSchema),
  /** Passages both texts share (longest first). */
  matchedPassages: z.array(z.string()),
  queryHighlights: z.array(textSpanSchema),
  /** Offsets into the candidate's `facts`. */
  candidateHighlights: z.array(textSpanSchema),
  /** Differences that matter: 类案有累犯情节，本案没有. */
  differences: z.array(z.string()),
});
export type SimilarityExplanation = z.infer<typeof similarityExplanationSchema>;

export const similarCaseSchema = z.object({
  case: corpusCaseSchema,
  /** 0…1: fused relevance, relative to the best result of this search. */
  score: z.number().min(0).max(1),
  /** 1-based rank in each list the fusion used; null when the case was not in that list. */
  lexicalRank: z.number().int().nullable(),
  denseRank: z.number().int().nullable(),
  explanation: similarityExplanationSchema,
  /** The case's charges that are a 推定罪名 of this search (empty when none was inferred). */
  inferredChargeMatch: z.array(z.string()).optional(),
});
export type SimilarCase = z.infer<typeof similarCaseSchema>;

export const similarFiltersSchema = z
  .object({
    causes: z.array(z.string().min(1).max(50)).max(20).optional(),
    courtLevels: z.array(z.enum(courtLevelValues)).optional(),
    regions: z.array(z.string().min(1).max(10)).max(40).optional(),
    kind: z.enum(['刑事', '民事']).optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
  })
  .strict();
export type SimilarFilters = z.infer<typeof similarFiltersSchema>;

export const similarSearchRequestSchema = z
  .object({
    query: z.string().trim().min(1, '请输入案件事实或检索词').max(20_000, '检索文字不能超过 20000 字'),
    mode: z.enum(similarModes).default('facts'),
    method: z.enum(retrievalMethods).default('hybrid'),
    k: z.number().int().min(1).max(50).default(10),
    filters: similarFiltersSchema.default({}),
    /** The workspace case the search is for (audit link), when there is one. */
    caseId: z.string().max(100).optional(),
    /** Party names from the case record: replaced wherever they occur, like every identity detail. */
    names: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
    /** When the query states no charge or cause, rank with the charges predicted from its facts (推定罪名). */
    inferCharges: z.boolean().default(true),
  })
  .strict();
export type SimilarSearchRequest = z.input<typeof similarSearchRequestSchema>;

/** Shown beside the inferred charges: they are the model's guess, not the user's statement. */
export const inferredChargesLabel = '推定罪名（仅供参考）';

/**
 * Whether the ranking used 推定罪名: inferred (used), off (switched off for this query), stated
 * (the query or filter names a charge or cause, which is used instead), notFacts / notCriminal
 * (nothing to predict from), unavailable (the criminal-judgment model is missing or refused).
 */
export const chargeInferenceStates = ['inferred', 'off', 'stated', 'notFacts', 'notCriminal', 'unavailable'] as const;

export const chargeInferenceSchema = z.object({
  state: z.enum(chargeInferenceStates),
  label: z.literal(inferredChargesLabel),
  /** The model that predicted the charges (null when none ran). */
  model: z.object({ id: z.string(), version: z.string(), sha256: z.string() }).nullable(),
});
export type ChargeInference = z.infer<typeof chargeInferenceSchema>;

export const similarSearchResultSchema = z.object({
  /** The query as searched: party identity replaced by placeholders (highlights refer to it). */
  queryText: z.string(),
  queryCauses: z.array(z.string()),
  queryArticles: z.array(citedArticleSchema),
  queryCircumstances: z.array(circumstanceSchema),
  mode: z.enum(similarModes),
  /** The method actually used (dense falls back to lexical when no encoder is installed; see notes). */
  method: z.enum(retrievalMethods),
  results: z.array(similarCaseSchema),
  /** Candidates dropped because nothing could explain them (never shown without a reason). */
  unexplained: z.number().int(),
  corpusSize: z.number().int(),
  notes: z.array(z.string()),
  ms: z.number().int(),
  /** 推定罪名（仅供参考）: the charges predicted from the facts that the ranking used. */
  inferredCharges: z.array(z.object({ name: z.string(), confidence: z.number().min(0).max(1) })),
  chargeInference: chargeInferenceSchema,
});
export type SimilarSearchResult = z.infer<typeof similarSearchResultSchema>;

/** 类案推送: similar judgments from the corpus, each with why it is similar and how it differs. */
export const similarCasesSearch = defineChannel({
  name: 'similarCases.search',
  title: '类案推送',
  aiFeature: 'similarCases',
  request: similarSearchRequestSchema,
  response: similarSearchResultSchema.extend({ ai: aiOutputSchema }),
  roles: allRoles,
});

/** One corpus case in full, for the compare view. */
export const similarCasesGet = defineChannel({
  name: 'similarCases.get',
  title: '查看类案',
  request: z.object({ id: z.number().int().min(1) }).strict(),
  response: corpusCaseSchema,
  roles: allRoles,
});

/** The corpus at a glance: size, sources, the filter choices, the import report. */
export const similarCasesStatus = defineChannel({
  name: 'similarCases.status',
  title: '类案库状态',
  request: z.object({}).strict(),
  response: z.object({
    total: z.number().int(),
    bySource: z.record(z.string(), z.number().int()),
    causes: z.array(z.object({ cause: z.string(), count: z.number().int() })),
    regions: z.array(z.string()),
    denseIndex: z.object({ available: z.boolean(), vectors: z.number().int(), note: z.string() }),
    importReport: caseImportReportSchema.nullable(),
  }),
  roles: allRoles,
});

/**
 * (Re)builds the vector index of the case corpus with the legal text encoder, so that similar-case
 * search can use dense retrieval; progress goes out under `jobId`. Runs the encoder, so it obeys
 * the 类案推送 switch; the vectors are never shown, so it is no AI output of its own.
 */
export const similarCasesBuildIndex = defineChannel({
  name: 'similarCases.buildIndex',
  title: '建立类案向量索引',
  request: z.object({ jobId: z.string().min(1).max(100).default('case-vectors') }).strict(),
  response: z.object({ vectors: z.number().int(), dimension: z.number().int(), model: z.string(), ms: z.number() }),
  roles: ['judge', 'admin'],
});

/** 相关 / 不相关 on one pushed case: recorded in the audit trail against the search's output. */
export const similarCasesFeedback = defineChannel({
  name: 'similarCases.feedback',
  title: '类案相关性反馈',
  request: z
    .object({
      outputSeq: z.number().int().min(1),
      corpusCaseId: z.number().int().min(1),
      relevant: z.boolean(),
      note: z.string().max(500).optional(),
    })
    .strict(),
  response: z.object({ seq: z.number().int() }),
  roles: allRoles,
});

/** 类案检索报告 as editable text: every field is what the judge sees and may change before export. */
export const searchReportDraftSchema = z.object({
  title: z.string().max(100),
  court: z.string().max(100),
  caseNumber: z.string().max(100),
  subject: z.string().max(2000),
  time: z.string().max(500),
  platform: z.string().max(2000),
  method: z.string().max(5000),
  results: z.string().max(5000),
  points: z.array(z.object({ caseId: z.number().int(), title: z.string().max(500), text: z.string().max(10_000) })).max(50),
  conclusion: z.string().max(20_000),
  sources: z.array(z.string().max(1000)).max(50),
});
export type SearchReportDraft = z.infer<typeof searchReportDraftSchema>;

/** A draft report from one search (its audit entry) and the pushed cases the judge kept. */
export const similarCasesReportDraft = defineChannel({
  name: 'similarCases.reportDraft',
  title: '生成类案检索报告',
  request: z
    .object({
      outputSeq: z.number().int().min(1),
      query: z.string().max(20_000),
      mode: z.enum(similarModes),
      method: z.enum(retrievalMethods),
      corpusSize: z.number().int(),
      cases: z.array(similarCaseSchema).min(1, '请至少保留一件类案').max(50),
      court: z.string().max(100).default(''),
      caseNumber: z.string().max(100).default(''),
    })
    .strict(),
  response: searchReportDraftSchema,
  roles: allRoles,
});

/** The judge's edited report as DOCX (base64); the export is recorded in the audit trail. */
export const similarCasesReportExport = defineChannel({
  name: 'similarCases.reportExport',
  title: '导出类案检索报告',
  request: z.object({ draft: searchReportDraftSchema, outputSeq: z.number().int().min(1) }).strict(),
  response: z.object({ fileName: z.string(), base64: z.string() }),
  roles: allRoles,
});
