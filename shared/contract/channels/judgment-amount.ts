import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import type { Role } from '../roles';
import { amountKinds } from '../../domain/crime-amount';

// 裁判辅助 · 涉案金额计算: the total amount of the crime computed from the facts by fixed rules, each
// amount itemised with its passage and whether it was summed, and the charge's 数额 tier with the
// judicial interpretation's article. Deterministic, but a suggestion like any AI output: 仅供参考.

const offsets = { start: z.number().int(), end: z.number().int() };

export const amountItemSchema = z.object({
  amount: z.number(),
  text: z.string(),
  kind: z.enum(amountKinds),
  ...offsets,
  passage: z.object({ ...offsets, text: z.string() }),
  count: z.number().int(),
  counted: z.boolean(),
  reason: z.string(),
  approximate: z.boolean(),
});

export const amountThresholdSchema = z.object({
  charge: z.string(),
  reached: z.string().nullable(),
  possibly: z.string().nullable(),
  citation: z.string(),
  explanation: z.string(),
  notes: z.array(z.string()),
});

/** The itemised total and its tier: what 裁判辅助 shows beside the charges, and this channel's answer. */
export const crimeAmountSchema = z.object({
  total: z.number(),
  currency: z.literal('CNY'),
  approximate: z.boolean(),
  itemsSum: z.number(),
  items: z.array(amountItemSchema),
  statedTotal: z.number().nullable(),
  consistent: z.boolean(),
  notes: z.array(z.string()),
  /** Null without a charge, or for a charge the threshold table does not hold. */
  threshold: amountThresholdSchema.nullable(),
});
export type CrimeAmountView = z.infer<typeof crimeAmountSchema>;

const amountRoles: readonly Role[] = ['judge', 'clerk'];

export const judgmentAmount = defineChannel({
  name: 'judgment.amount',
  title: '涉案金额计算',
  aiFeature: 'deviationWarning',
  request: z
    .object({
      facts: z
        .string()
        .max(200_000, '案件事实超过 20 万字，请分段计算')
        .refine((value) => value.trim().length > 0, '请给出案件事实'),
      /** 罪名 (盗窃 / 盗窃罪): names the kind of an amount the facts do not, and picks the thresholds. */
      charge: z.string().trim().min(1).max(40).optional(),
    })
    .strict(),
  response: crimeAmountSchema.extend({ ai: aiOutputSchema }),
  roles: amountRoles,
});
