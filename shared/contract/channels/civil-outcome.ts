import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import type { Role } from '../roles';

// 诉讼预期评估 (SPC Opinions §8: outcome estimation for civil cases): per claim, how likely the court
// supports it fully, partly or not at all, the award as a share of the claim with an interval, the
// elements that drive the estimate and the comparable cases behind it. Guidance only.

export const civilClaimOutcomes = ['full', 'partial', 'rejected'] as const;
export type CivilClaimOutcome = (typeof civilClaimOutcomes)[number];
export const civilClaimOutcomeLabels: Record<CivilClaimOutcome, string> = { full: '全部支持', partial: '部分支持', rejected: '驳回' };

/** model: the trained civil-outcome model; statute: the cause has too few judgments, so the checklist's 要件 and the law decide. */
export const civilEstimateSources = ['model', 'statute'] as const;
export const civilEstimateSourceLabels: Record<(typeof civilEstimateSources)[number], string> = {
  model: '模型估计',
  statute: '法条与要件估计（数据不足，低置信）',
};

const claimInputSchema = z
  .object({
    text: z.string().trim().min(2, '诉讼请求过短').max(1000, '每项诉讼请求不超过 1000 字'),
    /** Yuan; null when the claim states no sum. Read from the text when left out. */
    amount: z.number().min(0).max(1e12).nullable().optional(),
  })
  .strict();

export const civilElementSchema = z.object({
  name: z.string(),
  /** The 要件's provision (checklist) or the element model's name. */
  basis: z.string().nullable(),
  /** Where the facts state it (found elements only). */
  passage: z.string().nullable(),
  source: z.enum(['checklist', 'legal-elements']),
});

export const civilClaimEstimateSchema = z.object({
  claim: z.object({ text: z.string(), kind: z.string(), amount: z.number().nullable() }),
  source: z.enum(civilEstimateSources),
  probabilities: z.object({ full: z.number(), partial: z.number(), rejected: z.number() }),
  likely: z.enum(civilClaimOutcomes),
  /**
   * Award ÷ claim: median estimate and the interval with its stated coverage, and the coverage the
   * interval reached on the held-out judgments (the card's figure; null for the statute estimate).
   */
  share: z.object({
    median: z.number(),
    interval: z.tuple([z.number(), z.number()]),
    coverage: z.number(),
    measuredCoverage: z.number().nullable().default(null),
  }),
  /** share × amount, when the claim has a sum. */
  expectedAward: z.number().nullable(),
  confidence: z.number().min(0).max(1),
  elements: z.object({ found: z.array(civilElementSchema), missing: z.array(civilElementSchema) }),
  /** The judge's intended award against the interval (偏离预警). */
  deviation: z.object({ level: z.enum(['none', 'within', 'outside']), message: z.string() }),
});
export type CivilClaimEstimate = z.infer<typeof civilClaimEstimateSchema>;

export const comparableCaseSchema = z.object({
  id: z.number().int(),
  caseNumber: z.string().nullable(),
  court: z.string().nullable(),
  causes: z.array(z.string()),
  decidedOn: z.string().nullable(),
  score: z.number(),
  /** The outcome read from the case's operative part, when it can be read. */
  outcome: z.string().nullable(),
  why: z.string(),
});

export const civilOutcomeEstimate = defineChannel({
  name: 'civilOutcome.estimate',
  title: '诉讼预期评估',
  aiFeature: 'outcomeEstimation',
  request: z
    .object({
      /** The workspace case: its 案由, claims and party names fill what the request leaves out. */
      caseId: z.string().max(100).optional(),
      cause: z.string().trim().min(2).max(100).optional(),
      claims: z.array(claimInputSchema).max(20, '诉讼请求不超过 20 项').optional(),
      facts: z.string().trim().max(20_000, '事实不超过 20000 字').default(''),
      /** Party names: neutralised wherever they occur (fairness). */
      names: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
      /** The award the judge intends per claim (yuan, by claim index): checked against the interval. */
      proposed: z.array(z.number().min(0).max(1e12).nullable()).max(20).optional(),
    })
    .strict()
    .refine((r) => r.caseId !== undefined || (r.cause !== undefined && (r.claims?.length ?? 0) > 0), {
      message: '请指明案件，或填写案由与至少一项诉讼请求',
      path: ['claims'],
    }),
  response: z.object({
    cause: z.string(),
    claims: z.array(civilClaimEstimateSchema),
    comparables: z.array(comparableCaseSchema),
    notes: z.array(z.string()),
    limits: z.array(z.string()),
    ai: aiOutputSchema,
  }),
  roles: ['judge', 'clerk'] satisfies Role[],
});
