import { z } from 'zod';
import { aiFeatures } from '../ai-features';
import { defineChannel } from '../channel';
import { allRoles, roles } from '../roles';

export const auditKinds = ['ai_output', 'decision', 'settings', 'system'] as const;
export type AuditKind = (typeof auditKinds)[number];
export const auditKindLabels: Record<AuditKind, string> = {
  ai_output: 'AI输出',
  decision: '人工决定',
  settings: '设置变更',
  system: '系统事件',
};

export const decisions = ['accepted', 'rejected', 'edited'] as const;
export const decisionLabels: Record<(typeof decisions)[number], string> = {
  accepted: '采纳',
  rejected: '不采纳',
  edited: '修改后采纳',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  role: z.enum(roles),
  kind: z.enum(auditKinds),
  /** 'global', an AI feature, or a non-AI area such as 'settings'. */
  feature: z.string().nullable(),
  caseId: z.string().nullable(),
  summary: z.string(),
  payload: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = z
  .object({
    caseId: z.string().max(100).optional(),
    feature: z.string().max(50).optional(),
    actor: z.string().max(100).optional(),
    kind: z.enum(auditKinds).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditList = defineChannel({
  name: 'audit.list',
  title: '查询审计日志',
  request: auditFilterSchema
    .extend({
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    })
    .strict(),
  response: z.object({ entries: z.array(auditEntrySchema), total: z.number().int() }),
  roles: allRoles,
});

export const auditVerifyResultSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;

export const auditVerify = defineChannel({
  name: 'audit.verify',
  title: '校验审计链',
  request: z.object({}).strict(),
  response: auditVerifyResultSchema,
  roles: allRoles,
});

export const auditExportCsv = defineChannel({
  name: 'audit.exportCsv',
  title: '导出审计日志',
  request: auditFilterSchema,
  response: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }),
  roles: allRoles,
});

const kindCountsSchema = z.object({
  ai_output: z.number().int(),
  decision: z.number().int(),
  settings: z.number().int(),
  system: z.number().int(),
});

export const auditStatsSchema = z.object({
  /** Days with at least one matching entry, oldest first; `date` is the local (court clock) day. */
  days: z.array(z.object({ date: isoDate, counts: kindCountsSchema })),
  /** The judge's decisions on AI outputs among the matching entries. */
  decisions: z.object({
    accepted: z.number().int(),
    rejected: z.number().int(),
    edited: z.number().int(),
  }),
});
export type AuditStats = z.infer<typeof auditStatsSchema>;

/** Per-day counts by kind and the decision tally, for the same filter as the list. */
export const auditStats = defineChannel({
  name: 'audit.stats',
  title: '审计统计',
  request: auditFilterSchema,
  response: auditStatsSchema,
  roles: allRoles,
});

/** The judge's accept / reject / edit of one AI output, linked to that output's entry. */
export const auditRecordDecision = defineChannel({
  name: 'audit.recordDecision',
  title: '记录对AI建议的决定',
  request: z
    .object({
      outputSeq: z.number().int().min(1),
      decision: z.enum(decisions),
      note: z.string().max(2000).optional(),
    })
    .strict(),
  response: auditEntrySchema,
  roles: allRoles,
});

export { aiFeatures };
