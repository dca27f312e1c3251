import { z } from 'zod';
import { caseImportReportSchema } from './similar-cases';
import { defineChannel } from '../channel';
import type { Role } from '../roles';

/** Pack import replaces the statute store: judges and administrators only (court IT signs in as admin). */
const packRoles: readonly Role[] = ['admin', 'judge'];

const countsSchema = z.object({ laws: z.number().int(), versions: z.number().int(), articles: z.number().int() });

export const packStatusSchema = z.object({
  installed: z
    .object({
      packVersion: z.string(),
      keyId: z.string(),
      /** The trusted key's file name, or 开发用密钥 for the first-run dev key. */
      keyLabel: z.string(),
      devKey: z.boolean(),
      installedAt: z.string(),
      created: z.string().nullable(),
      cases: z.number().int(),
    })
    .nullable(),
  /** What the statute store holds now. */
  counts: countsSchema,
  /** The pack kept for rollback, if any. */
  previous: z.object({ packVersion: z.string(), created: z.string() }).nullable(),
  trustedKeys: z.array(z.object({ keyId: z.string(), label: z.string(), devKey: z.boolean(), file: z.string() })),
  trustedKeysDir: z.string(),
  keyProblems: z.array(z.string()),
});
export type PackStatusView = z.infer<typeof packStatusSchema>;

export const packsStatus = defineChannel({
  name: 'packs.status',
  title: '查看知识库状态',
  request: z.object({}).strict(),
  response: packStatusSchema,
  roles: packRoles,
});

const pathSchema = z.string().trim().min(1, '请填写知识包文件路径').max(4096);

const manifestSummarySchema = z.object({
  packVersion: z.string(),
  created: z.string(),
  builder: z.string(),
  keyId: z.string(),
  counts: z.object({ laws: z.number().int(), versions: z.number().int(), articles: z.number().int(), cases: z.number().int() }),
});

export const packVerifyResultSchema = z.object({
  valid: z.boolean(),
  /** Why the pack is refused, naming the file; null when valid. */
  reason: z.string().nullable(),
  file: z.string(),
  manifest: manifestSummarySchema.nullable(),
  keyLabel: z.string().nullable(),
  devKey: z.boolean(),
});
export type PackVerifyResult = z.infer<typeof packVerifyResultSchema>;

export const packsVerify = defineChannel({
  name: 'packs.verify',
  title: '校验知识包',
  request: z.object({ path: pathSchema }).strict(),
  response: packVerifyResultSchema,
  roles: packRoles,
});

const lawChangeSchema = z.object({ shortTitle: z.string(), title: z.string(), note: z.string().optional() });

export const packDiffSchema = z.object({
  lawsAdded: z.array(lawChangeSchema),
  lawsAmended: z.array(lawChangeSchema),
  lawsRepealed: z.array(lawChangeSchema),
  lawsRemoved: z.array(lawChangeSchema),
  articlesAdded: z.number().int(),
  articlesRemoved: z.number().int(),
  /** Case lines carried by the pack; stored in the kept pack file until the case store reads them. */
  casesInPack: z.number().int(),
});
export type PackDiffView = z.infer<typeof packDiffSchema>;

export const packImportResultSchema = z.object({
  file: z.string(),
  packVersion: z.string(),
  keyId: z.string(),
  keyLabel: z.string(),
  devKey: z.boolean(),
  /** True for a preview: imported, diffed, rolled back. */
  dryRun: z.boolean(),
  diff: packDiffSchema,
  counts: countsSchema,
  /** Unparseable lines and catalogue misses recorded when the pack was built (they did not stop it). */
  problems: z.number().int(),
  /** The case corpus written from the pack's cases part; null when the pack has none. */
  cases: caseImportReportSchema.nullable().optional(),
  ms: z.number().int(),
});
export type PackImportResult = z.infer<typeof packImportResultSchema>;

const jobIdSchema = z.string().min(1).max(100).optional();

export const packsImport = defineChannel({
  name: 'packs.import',
  title: '导入知识包',
  request: z.object({ path: pathSchema, dryRun: z.boolean().default(false), jobId: jobIdSchema }).strict(),
  response: packImportResultSchema,
  roles: packRoles,
});

export const packsRollback = defineChannel({
  name: 'packs.rollback',
  title: '回退到上一个知识包',
  request: z.object({ jobId: jobIdSchema }).strict(),
  response: packImportResultSchema,
  roles: packRoles,
});
