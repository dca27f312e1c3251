import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';

/** 有效 in force; 已废止 repealed; 尚未生效 not yet in force; 已修改 replaced by a later version. */
export const validityStatuses = ['有效', '已废止', '尚未生效', '已修改'] as const;
export type ValidityStatus = (typeof validityStatuses)[number];

/** 效力级别 as the statute catalogue names them, in the order the search filter offers them. */
export const lawLevels = ['法律', '司法解释', '行政法规', '部门规章', '宪法', '案例', '其他'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), '日期无效');

/** [start, end) UTF-16 offsets into the text they come with. */
export const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof spanSchema>;

export const articleRefSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  suffix: z.number().int().nullable(),
  label: z.string(),
});

/** A law's state on one date: which version applies, whether it is in force, what replaced it. */
export const lawStatusSchema = z.object({
  lawId: z.number().int(),
  title: z.string(),
  shortTitle: z.string(),
  level: z.string(),
  date: z.string(),
  status: z.enum(validityStatuses),
  version: z
    .object({
      id: z.number().int(),
      effectiveDate: z.string().nullable(),
      endDate: z.string().nullable(),
      status: z.enum(validityStatuses),
    })
    .nullable(),
  endDate: z.string().nullable(),
  successor: z.object({ lawId: z.number().int().nullable(), title: z.string(), provision: z.string().nullable() }).nullable(),
  hasText: z.boolean(),
  note: z.string().nullable(),
});
export type LawStatus = z.infer<typeof lawStatusSchema>;

export const articleHitSchema = z.object({
  articleId: z.number().int(),
  lawId: z.number().int(),
  lawTitle: z.string(),
  shortTitle: z.string(),
  level: z.string(),
  versionId: z.number().int(),
  /** The version's effective date (else its publication date). */
  versionDate: z.string().nullable(),
  status: z.enum(validityStatuses),
  label: z.string(),
  number: z.number().int(),
  suffix: z.number().int().nullable(),
  chapterPath: z.array(z.string()),
  snippet: z.string(),
  highlights: z.array(spanSchema),
  score: z.number(),
});
export type ArticleHit = z.infer<typeof articleHitSchema>;

/** Full-text search over every article (1–2 character queries such as 借贷 work). */
export const lawsSearch = defineChannel({
  name: 'laws.search',
  title: '法条检索',
  request: z
    .object({
      query: z.string().trim().min(1, '请输入检索词').max(200),
      levels: z.array(z.string().max(20)).max(10).optional(),
      /** Default: everything but 已修改 (superseded versions). */
      validity: z.array(z.enum(validityStatuses)).max(4).optional(),
      /** The date the badges speak of; default today. */
      asOf: isoDate.optional(),
      limit: z.number().int().min(1).max(100).default(20),
      offset: z.number().int().min(0).max(100_000).default(0),
    })
    .strict(),
  response: z.object({ total: z.number().int(), hits: z.array(articleHitSchema) }),
  roles: allRoles,
});

export const articleViewSchema = z.object({
  law: lawStatusSchema,
  article: articleRefSchema.extend({
    chapterPath: z.array(z.string()),
    /** Exactly as in the source, label included. */
    text: z.string(),
    /** 款, the first without the label. */
    paragraphs: z.array(z.string()),
    sourceFile: z.string(),
    sourceLine: z.number().int(),
  }),
  previous: articleRefSchema.nullable(),
  next: articleRefSchema.nullable(),
  /** 《中华人民共和国民法典》第六百六十七条 */
  citation: z.string(),
});
export type ArticleViewValue = z.infer<typeof articleViewSchema>;

/** One article as it read on a date, with its neighbours, chapter path and standard citation. */
export const lawsArticle = defineChannel({
  name: 'laws.article',
  title: '查看法条',
  request: z
    .object({
      /** Title, short title or common abbreviation (民法典, 民诉法解释), or the law's id. */
      law: z.union([z.string().trim().min(1, '请输入法律名称').max(200), z.number().int().min(1)]),
      article: z.number().int().min(0).max(100_000),
      suffix: z.number().int().min(1).max(100).nullable().optional(),
      asOf: isoDate.optional(),
    })
    .strict(),
  response: articleViewSchema,
  roles: allRoles,
});

/**
 * Why a cited article cannot simply be applied as written. unknown-law: no such law in the store;
 * no-text: the store knows the law but not its text; out-of-range: beyond its last article;
 * no-paragraph: the article has fewer 款; not-in-force: not yet in force on the date;
 * repealed: no longer in force on the date; relative: 本法 / 前款 … needs the citing provision.
 */
export const citationProblemCodes = [
  'unknown-law',
  'no-text',
  'out-of-range',
  'no-paragraph',
  'not-in-force',
  'repealed',
  'relative',
] as const;
export type CitationProblemCode = (typeof citationProblemCodes)[number];

export const resolvedArticleSchema = z.object({
  /** 第六百六十七条 (with 第二款 … when cited). */
  label: z.string(),
  /** 条 number and 之一 suffix; null for 前款 and the like. */
  number: z.number().int().nullable(),
  suffix: z.number().int().nullable(),
  paragraph: z.number().int().nullable(),
  item: z.number().int().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  /** Standard written form, or null when the law is unknown or the reference relative. */
  citation: z.string().nullable(),
  /** True when the text below is the article as it applies on the date, without problems. */
  resolved: z.boolean(),
  articleId: z.number().int().nullable(),
  /** The whole article as in the source, when the store has it (also for a repealed law). */
  text: z.string().nullable(),
  /** The cited 款 alone, when one is cited and exists. */
  paragraphText: z.string().nullable(),
  /** The law's validity on the date; null when the law is unknown. */
  status: z.enum(validityStatuses).nullable(),
  problems: z.array(
    z.object({
      code: z.enum(citationProblemCodes),
      message: z.string(),
      /** out-of-range: the law's highest article number. */
      maxNumber: z.number().int().nullable(),
      successor: z.object({ title: z.string(), provision: z.string().nullable() }).nullable(),
    }),
  ),
});
export type ResolvedArticle = z.infer<typeof resolvedArticleSchema>;

export const resolvedCitationSchema = z.object({
  raw: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The law as written (民法典, 本法). */
  lawTitle: z.string(),
  /** The title in the store, or the parser's canonical title when the store does not know it. */
  canonicalTitle: z.string().nullable(),
  law: lawStatusSchema.nullable(),
  articles: z.array(resolvedArticleSchema),
});
export type ResolvedCitation = z.infer<typeof resolvedCitationSchema>;

export const citeResultSchema = z.object({
  date: z.string(),
  citations: z.array(resolvedCitationSchema),
  /** Text that looks like a citation but cannot be read. */
  unreadable: z.array(z.object({ start: z.number().int(), end: z.number().int(), message: z.string() })),
});
export type CiteResult = z.infer<typeof citeResultSchema>;

/** Finds every citation in a text and resolves it as of a date (default today). */
export const lawsCite = defineChannel({
  name: 'laws.cite',
  title: '引用核查',
  request: z
    .object({
      text: z.string().min(1, '请输入要核查的文字').max(50_000),
      date: isoDate.optional(),
    })
    .strict(),
  response: citeResultSchema,
  roles: allRoles,
});

export const lawSuggestionSchema = z.object({
  articleId: z.number().int(),
  lawId: z.number().int(),
  lawTitle: z.string(),
  shortTitle: z.string(),
  level: z.string(),
  label: z.string(),
  number: z.number().int(),
  suffix: z.number().int().nullable(),
  chapterPath: z.array(z.string()),
  citation: z.string(),
  text: z.string(),
  versionDate: z.string().nullable(),
  /** Validity on the case date. */
  status: z.enum(validityStatuses),
  /** Said whenever `status` is not 有效: why the article may not apply to this case. */
  statusNote: z.string().nullable(),
  /** 0…1: share of the facts' key terms the article holds, weighted by rarity and law level. */
  score: z.number().min(0).max(1),
  /** Key terms of the facts found in the article, most telling first. */
  matchedTerms: z.array(z.string()),
  /** Where the matched terms stand in the facts and in `text`. */
  factHighlights: z.array(spanSchema),
  articleHighlights: z.array(spanSchema),
});
export type LawSuggestion = z.infer<typeof lawSuggestionSchema>;

/** 法条推送: articles that may apply to the facts, each with why and its validity on the case date. */
export const lawsPush = defineChannel({
  name: 'laws.push',
  title: '法条推送',
  aiFeature: 'lawPush',
  request: z
    .object({
      facts: z.string().trim().min(2, '请输入案件事实').max(20_000),
      caseDate: isoDate.optional(),
      caseId: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(30).default(10),
    })
    .strict(),
  response: z.object({
    caseDate: z.string(),
    /** The key terms taken from the facts, most telling first. */
    terms: z.array(z.string()),
    suggestions: z.array(lawSuggestionSchema),
    ai: aiOutputSchema,
  }),
  roles: allRoles,
});
