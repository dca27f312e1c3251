import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import type { Role } from '../roles';

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
    charges: z.array(z.object({ name: z.string(), confidence: z.number(), spans: z.array(drivingSpanSchema) })),
    articles: z.array(
      z.object({
        article: z.number().int(),
        citation: z.string(),
        confidence: z.number(),
        spans: z.array(drivingSpanSchema),
        /** The article's text in the statute store on the case date, when the store has it. */
        text: z.string().nullable(),
      }),
    ),
    term: z.object({
      kind: z.enum(termKinds),
      months: z.number(),
      interval: z.tuple([z.number(), z.number()]),
      confidence: z.number(),
      spans: z.array(drivingSpanSchema),
    }),
    deviation: deviationSchema,
    /** What the model cannot do, shown under the results (from its card). */
    limits: z.array(z.string()),
    ai: aiOutputSchema,
  }),
  roles: judgmentRoles,
});
