import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';

/** The case features triage weighs. Who a party is (name, sex, ethnicity, birthplace) is never one. */
export const triageFeatures = [
  'parties',
  'claimAmount',
  'cause',
  'counterclaim',
  'evidenceVolume',
  'contestedFacts',
  'foreignElement',
  'unknownWhereabouts',
] as const;
export type TriageFeature = (typeof triageFeatures)[number];
export const triageFeatureLabels: Record<TriageFeature, string> = {
  parties: '当事人人数',
  claimAmount: '诉讼标的额',
  cause: '案由',
  counterclaim: '反诉',
  evidenceVolume: '证据数量',
  contestedFacts: '事实争议',
  foreignElement: '涉外、涉港澳台因素',
  unknownWhereabouts: '当事人下落不明',
};

/** The court's rules (设置 → 繁简分流, administrator): points per feature and the 繁 threshold. */
export const triageConfigSchema = z
  .object({
    /** A total at or above this is 繁 (complex). */
    threshold: z.number().min(0).max(100),
    /** More parties than this add `points` per extra party, up to `maxPoints`. */
    parties: z
      .object({ above: z.number().int().min(1).max(50), points: z.number().min(0).max(20), maxPoints: z.number().min(0).max(50) })
      .strict(),
    /** Claim total (元) bands, each adding its points when reached; the highest reached counts. */
    claimAmount: z.array(z.object({ atLeast: z.number().min(0), points: z.number().min(0).max(50) }).strict()).max(10),
    /** 案由 the court treats as complex / as simple. */
    complexCauses: z.array(z.string().trim().min(2).max(50)).max(200),
    simpleCauses: z.array(z.string().trim().min(2).max(50)).max(200),
    causePoints: z.number().min(0).max(50),
    counterclaimPoints: z.number().min(0).max(50),
    /** Evidence documents (证据材料) above this add points. */
    evidence: z.object({ above: z.number().int().min(0).max(1000), points: z.number().min(0).max(50) }).strict(),
    contestedPoints: z.number().min(0).max(50),
    foreignPoints: z.number().min(0).max(50),
    unknownWhereaboutsPoints: z.number().min(0).max(50),
  })
  .strict();
export type TriageConfig = z.infer<typeof triageConfigSchema>;

export const triageReasonSchema = z.object({
  feature: z.enum(triageFeatures),
  label: z.string(),
  /** What the case has, in words (当事人4人, 标的额 1,200,000.00 元). */
  value: z.string(),
  points: z.number(),
  /** The rule that gave the points, so a judge can check it against the court's settings. */
  rule: z.string(),
  /** Where it was seen, when in a document. */
  source: z.object({ documentId: z.string(), fileName: z.string(), snippet: z.string() }).nullable(),
});
export type TriageReason = z.infer<typeof triageReasonSchema>;

export const triageAssess = defineChannel({
  name: 'triage.assess',
  title: '繁简分流',
  request: z.object({ caseId: z.string().min(1).max(100) }).strict(),
  // The case id goes to the audit entry (the dispatcher takes it from the handler's result).
  response: z.object({
    track: z.enum(['简', '繁']),
    score: z.number(),
    threshold: z.number(),
    reasons: z.array(triageReasonSchema),
    ai: aiOutputSchema,
  }),
  roles: allRoles,
  aiFeature: 'triage',
});

export const triageConfigGet = defineChannel({
  name: 'triage.config.get',
  title: '读取繁简分流规则',
  request: z.object({}).strict(),
  response: triageConfigSchema,
  roles: allRoles,
});

/** Only the court's administrator sets the rules; every change is audited. */
export const triageConfigSet = defineChannel({
  name: 'triage.config.set',
  title: '设置繁简分流规则',
  request: z.object({ config: triageConfigSchema }).strict(),
  response: triageConfigSchema,
  roles: ['admin'],
});
