import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';
import type { Role } from '../roles';
import { defendantsShape, drivingSpanSchema, groundedEstimateShape, termKinds } from './judgment';
import { crimeAmountSchema } from './judgment-amount';

// The models on their own, one output per call, for scripts and court IT (`judgedesk ner`,
// `judgedesk embed`, `judgedesk predict`): 实体识别, 法律文本向量, 刑事裁判预测. Each output is an
// AI output like any other: its feature's switch gates it and it is audited before it is returned.

const benchRoles: readonly Role[] = ['judge', 'clerk'];

/** Text offsets are UTF-16 positions in the text as sent, so it is never trimmed. */
const text = (max: number, tooLong: string, empty: string) =>
  z
    .string()
    .max(max, tooLong)
    .refine((value) => value.trim().length > 0, empty);

/** Party names known from the case record: neutralised wherever they occur (fairness). */
const names = z.array(z.string().max(100)).max(200);

/** One entity: 人名 (with 诉讼地位), 机构, 地点, 时间, 数额, or an identifier found by rule. */
export const nerSpanSchema = z.object({
  type: z.string(),
  /** 原告, 被告 … for persons; null otherwise. */
  role: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  source: z.enum(['model', 'rule']),
  confidence: z.number(),
  /** Rule spans: whether the checksum / format checks pass, and why not. */
  valid: z.boolean().optional(),
  reason: z.string().nullable().optional(),
  masked: z.boolean().optional(),
});
export type NerSpanView = z.infer<typeof nerSpanSchema>;

export const modelsNer = defineChannel({
  name: 'models.ner',
  title: '实体识别',
  aiFeature: 'backfill',
  request: z.object({ text: text(500_000, '文字超过 50 万字，请分段识别', '请给出要识别的文字') }).strict(),
  response: z.object({ spans: z.array(nerSpanSchema), ai: aiOutputSchema }),
  roles: benchRoles,
});

export const modelsEmbed = defineChannel({
  name: 'models.embed',
  title: '法律文本向量',
  aiFeature: 'similarCases',
  request: z.object({ text: text(100_000, '文字超过 10 万字', '请给出要编码的文字'), names: names.optional() }).strict(),
  response: z.object({
    dimension: z.number().int(),
    /** Unit length: cosine similarity is the dot product. */
    vector: z.array(z.number()),
    ai: aiOutputSchema,
  }),
  roles: allRoles,
});

export const modelsPredictCriminal = defineChannel({
  name: 'models.predictCriminal',
  title: '刑事裁判预测',
  aiFeature: 'lawPush',
  request: z
    .object({
      fact: text(50_000, '案件事实超过 5 万字', '请给出案件事实'),
      names: names.optional(),
      /** The passages that drove each output; costs one extra model row per clause. */
      explain: z.boolean().default(true),
      /** Date the statute text is read for (default: today). */
      caseDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
        .optional(),
    })
    .strict(),
  response: z.object({
    ...groundedEstimateShape,
    ...defendantsShape,
    /** The model's own article head, unchanged (CAIL-style consumers compare `articles`, the 分则 list). */
    modelArticles: z.array(
      z.object({ law: z.string(), article: z.number().int(), confidence: z.number(), spans: z.array(drivingSpanSchema) }),
    ),
    term: z.object({
      kind: z.enum(termKinds),
      /** 有期徒刑/拘役 months (median estimate); 0 for life and death. */
      months: z.number(),
      /** 10%–90% interval of the months estimate. */
      interval: z.tuple([z.number(), z.number()]),
      confidence: z.number(),
      spans: z.array(drivingSpanSchema),
    }),
    /** 涉案金额: the itemised total with the top charge's 数额 tier; null when the facts state no amount. */
    amount: crimeAmountSchema.nullable(),
    ai: aiOutputSchema,
  }),
  roles: benchRoles,
});
