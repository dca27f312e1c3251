import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import type { Role } from '../roles';
import { crimeAmountSchema } from './judgment-amount';

// 裁判辅助 · 偏离预警 (SPC Opinions: judgment assistance, outcome estimation, deviation warning):
// the criminal-judgment model's charges, 刑法 articles and term estimate for the facts, each with
// the passages that drove it, and — when the judge enters the sentence he intends — whether it
// falls outside the range the model would expect. Guidance only: the judge decides.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** A passage of the facts (UTF-16 offsets, end exclusive) and how much it moved the output. */
export const drivingSpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), weight: z.number() });

export const termKinds = ['fixed', 'life', 'death'] as const;
export const termKindLabels: Record<(typeof termKinds)[number], string> = { fixed: '有期徒刑/拘役', life: '无期徒刑', death: '死刑' };

export const proposedSentenceSchema = z
  .object({
    charges: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
    termKind: z.enum(termKinds).default('fixed'),
    /** 有期徒刑/拘役 months; ignored for life and death. */
    termMonths: z.number().int().min(0).max(600).optional(),
  })
  .strict();
export type ProposedSentence = z.infer<typeof proposedSentenceSchema>;

export const deviationSchema = z.object({
  /** none: nothing proposed; within: inside the model's range; outside: a warning to look again. */
  level: z.enum(['none', 'within', 'outside']),
  messages: z.array(z.string()),
});
export type Deviation = z.infer<typeof deviationSchema>;

/** A stretch of a text (UTF-16 offsets, end exclusive). */
export const passageSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

/** One 犯罪构成 element of a charge checked against the facts (cues from resources/criminal-law). */
export const elementCheckSchema = z.object({
  element: z.enum(['主体', '客体', '主观方面', '客观方面']),
  label: z.string(),
  status: z.enum(['met', 'contradicted', 'not-found']),
  /** The clause of the facts that meets or contradicts it; null when nothing was found. */
  passage: passageSchema.nullable(),
  decisive: z.boolean(),
});

/** A 分则 article of a charge, from the charge catalogue (and the article that sets its punishment). */
export const chargeArticleSchema = z.object({
  article: z.number().int(),
  suffix: z.number().int().nullable(),
  paragraph: z.number().int().nullable(),
  citation: z.string(),
});

/**
 * Where a suggested charge comes from: the learned model, the facts matched against the charge's
 * 罪状 (依罪状匹配), or an element rule that moved the model's charge to its neighbour (要件规则).
 */
export const chargeSources = ['model', 'statute', 'element-rule'] as const;

export const groundedChargeSchema = z.object({
  /** Official name with 罪 (盗窃罪). */
  name: z.string(),
  /** Calibrated model probability; null for suggestions that do not come from the model. */
  confidence: z.number().nullable(),
  source: z.enum(chargeSources),
  /** Why a statute or element-rule suggestion is made; null for plain model output. */
  reason: z.string().nullable(),
  spans: z.array(drivingSpanSchema),
  /** 分则章 of the charge; '' when the catalogue lacks it. */
  chapter: z.string(),
  articles: z.array(chargeArticleSchema),
  elements: z.object({ met: z.array(elementCheckSchema), unmet: z.array(elementCheckSchema) }),
  /** The 罪状 match: passages of the facts and of the statute that share the most terms. */
  statute: z
    .object({
      score: z.number(),
      relative: z.number(),
      factPassages: z.array(passageSchema),
      statutePassages: z.array(z.string()),
      terms: z.array(z.string()),
    })
    .nullable(),
});
export type GroundedCharge = z.infer<typeof groundedChargeSchema>;

/** A 总则 article the circumstances call for, with the passage that triggers it. */
export const generalArticleSchema = z.object({
  article: z.number().int(),
  paragraph: z.number().int().nullable(),
  label: z.string(),
  citation: z.string(),
  trigger: passageSchema.nullable(),
  basis: z.string(),
  /** The article's text on the case date, when the statute store has it. */
  text: z.string().nullable(),
});
export type GeneralArticleView = z.infer<typeof generalArticleSchema>;

/** A 分则 article of the answer: from the catalogue for a suggested charge, or from the model's article head. */
export const specificArticleSchema = z.object({
  law: z.string(),
  article: z.number().int(),
  citation: z.string(),
  /** The model's probability for the article; null where only the catalogue names it. */
  confidence: z.number().nullable(),
  spans: z.array(drivingSpanSchema),
  /** The article's text in the statute store on the case date, when the store has it. */
  text: z.string().nullable(),
  source: z.enum(['catalogue', 'model']),
  /** The suggested charges it belongs to. */
  charges: z.array(z.string()),
});

/** What grounding adds to a criminal estimate: charges with sources and elements, 分则 and 总则 articles. */
export const groundedEstimateShape = {
  charges: z.array(groundedChargeSchema),
  /** 其他可能罪名: 罪状 matches and neighbours not in the predicted set. */
  otherCharges: z.array(groundedChargeSchema),
  articles: z.array(specificArticleSchema),
  generalArticles: z.array(generalArticleSchema),
  /** Where the charge catalogue came from. */
  catalogueSource: z.string(),
};

/**
 * One defendant's charges where the facts name several: the same charge shape, estimated from the
 * sentences of the facts that concern them (offsets in the whole facts).
 */
export const defendantChargesSchema = z.object({
  name: z.string(),
  charges: z.array(groundedChargeSchema),
  passages: z.array(passageSchema),
});
export type DefendantCharges = z.infer<typeof defendantChargesSchema>;

/** Present only when the facts name two defendants or more. */
export const defendantsShape = { defendants: z.array(defendantChargesSchema).optional() };

const judgmentRoles: readonly Role[] = ['judge', 'clerk'];

export const judgmentAssist = defineChannel({
  name: 'judgment.assist',
  title: '裁判辅助与偏离预警',
  aiFeature: 'deviationWarning',
  request: z
    .object({
      facts: z.string().trim().min(10, '请输入不少于 10 个字的案件事实').max(20_000),
      /** Party names from the case record: neutralised wherever they occur (fairness). */
      names: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
      /** Date the statute text is shown for (default: today). */
      caseDate: isoDate.optional(),
      caseId: z.string().max(100).optional(),
      proposed: proposedSentenceSchema.optional(),
    })
    .strict(),
  response: z.object({
    ...groundedEstimateShape,
    ...defendantsShape,
    term: z.object({
      kind: z.enum(termKinds),
      months: z.number(),
      interval: z.tuple([z.number(), z.number()]),
      confidence: z.number(),
      spans: z.array(drivingSpanSchema),
    }),
    deviation: deviationSchema,
    /** 涉案金额: the itemised total of the facts with the top charge's 数额 tier; null when the facts state no amount. */
    amount: crimeAmountSchema.nullable(),
    /** What the model cannot do, shown under the results (from its card). */
    limits: z.array(z.string()),
    ai: aiOutputSchema,
  }),
  roles: judgmentRoles,
});
