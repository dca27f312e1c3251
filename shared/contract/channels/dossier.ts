import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';
import type { Role } from '../roles';

/** Who may change a dossier: the judge and the clerk. An administrator only reads. */
const editors: readonly Role[] = ['judge', 'clerk'];

/**
 * 卷宗目录 categories in the order a civil first-instance 正卷 is bound (人民法院诉讼文书立卷归档
 * 办法: the claim and who brings it, the defence, the evidence, the hearing, the outcome, then
 * proof that it was served). The archive package and the list follow this order.
 */
export const dossierCategories = [
  '起诉状',
  '身份证明',
  '授权委托书',
  '送达地址确认书',
  '答辩状',
  '证据目录',
  '证据材料',
  '庭审笔录',
  '调解/和解材料',
  '判决书/裁定书',
  '送达回证',
  '其他',
] as const;
export type DossierCategory = (typeof dossierCategories)[number];

export const dossierFileKinds = ['docx', 'pdf', 'image', 'txt'] as const;
export type DossierFileKind = (typeof dossierFileKinds)[number];

/** One reason the catalogue chose a category: the cue and the text that matched it. */
export const catalogueReasonSchema = z.object({
  cue: z.enum(['title', 'keyword', 'layout', 'fileName']),
  /** The words that matched, as they stand in the document. */
  matched: z.string(),
  /** Where in the text (character offset), so the UI can highlight it; -1 for the file name. */
  offset: z.number().int(),
  weight: z.number(),
});
export type CatalogueReason = z.infer<typeof catalogueReasonSchema>;

export const dossierDocumentSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  fileName: z.string(),
  kind: z.enum(dossierFileKinds),
  sha256: z.string(),
  size: z.number().int(),
  pages: z.number().int(),
  /** Pages whose text came from OCR (scans, photos). */
  ocrPages: z.number().int(),
  category: z.enum(dossierCategories).nullable(),
  confidence: z.number().nullable(),
  reasons: z.array(catalogueReasonSchema),
  /** What the machine suggested, kept after a person corrected it. */
  suggestedCategory: z.enum(dossierCategories).nullable(),
  correctedBy: z.string().nullable(),
  importedAt: z.string(),
  /** The first characters of the text, for the list. */
  excerpt: z.string(),
});
export type DossierDocumentView = z.infer<typeof dossierDocumentSchema>;

const caseId = z.string().min(1).max(100);

export const dossierList = defineChannel({
  name: 'dossier.list',
  title: '查看电子卷宗',
  request: z.object({ caseId }).strict(),
  /** In catalogue order (category, then import order). */
  response: z.object({ documents: z.array(dossierDocumentSchema) }),
  roles: allRoles,
});

export const dossierText = defineChannel({
  name: 'dossier.text',
  title: '查看卷宗材料全文',
  request: z.object({ id: z.string().min(1).max(100) }).strict(),
  response: z.object({
    id: z.string(),
    fileName: z.string(),
    pages: z.array(z.object({ pageNo: z.number().int(), method: z.enum(['text', 'ocr']), text: z.string() })),
  }),
  roles: allRoles,
});

/** One file's outcome; the others are imported whatever happens to this one. */
export const importOutcomeSchema = z.object({
  fileName: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  /** Set when imported, or the existing document when a duplicate. */
  documentId: z.string().nullable(),
  /** A Chinese sentence naming the file and the problem, for failed and duplicate. */
  message: z.string().nullable(),
  pages: z.number().int(),
  ocrPages: z.number().int(),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/**
 * Stages one file's bytes for dossier.import when the page talks over IPC (Electron), which has no
 * upload endpoint; the web host streams files to /api/upload instead (its JSON limit is 1 MB).
 * 50 MB of file is about 67 MB of base64.
 */
export const dossierStage = defineChannel({
  name: 'dossier.stage',
  title: '暂存卷宗文件',
  request: z
    .object({
      fileName: z.string().trim().min(1, '缺少文件名').max(255),
      base64: z.string().max(70_000_000, '文件超过 50 MB 的上限'),
    })
    .strict(),
  response: z.object({ uploadId: z.string(), size: z.number().int() }),
  roles: editors,
});

export const dossierImport = defineChannel({
  name: 'dossier.import',
  title: '导入卷宗材料',
  request: z
    .object({
      caseId,
      /** Files staged by the host: the web host's upload endpoint answers an uploadId per file. */
      files: z
        .array(z.object({ uploadId: z.string().uuid('上传编号无效'), fileName: z.string().min(1).max(255) }).strict())
        .min(1, '请选择要导入的文件')
        .max(200, '一次最多导入 200 个文件'),
      jobId: z.string().max(100).optional(),
    })
    .strict(),
  response: z.object({ outcomes: z.array(importOutcomeSchema) }),
  roles: editors,
});

/**
 * 自动归目: suggests a category for every document not yet catalogued (or the given ones). The
 * closest existing AI switch is 案件信息回填 — both read the dossier to fill in the case file.
 */
export const dossierCatalogue = defineChannel({
  name: 'dossier.catalogue',
  title: '卷宗自动归目',
  aiFeature: 'backfill',
  request: z.object({ caseId, documentIds: z.array(z.string().max(100)).max(500).optional() }).strict(),
  response: z.object({ documents: z.array(dossierDocumentSchema), ai: aiOutputSchema }),
  roles: editors,
});

export const dossierCorrect = defineChannel({
  name: 'dossier.correct',
  title: '更正卷宗归目',
  request: z.object({ id: z.string().min(1).max(100), category: z.enum(dossierCategories, { message: '请选择目录类别' }) }).strict(),
  response: dossierDocumentSchema,
  roles: editors,
});

export const archiveManifestFileSchema = z.object({
  position: z.number().int(),
  path: z.string(),
  category: z.enum(dossierCategories),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  pages: z.number().int(),
});

export const dossierArchive = defineChannel({
  name: 'dossier.archive',
  title: '导出归档包',
  request: z.object({ caseId }).strict(),
  response: z.object({
    /** Folder of the package (under the data folder's archives/). */
    path: z.string(),
    files: z.array(archiveManifestFileSchema),
    /** Documents not yet catalogued go in as 其他: listed so the user can fix them first. */
    uncatalogued: z.array(z.string()),
  }),
  roles: editors,
});

export const dossierVerifyArchive = defineChannel({
  name: 'dossier.verifyArchive',
  title: '校验归档包',
  request: z.object({ path: z.string().min(1).max(1000) }).strict(),
  response: z.object({
    ok: z.boolean(),
    checked: z.number().int(),
    /** One Chinese sentence per problem, each naming the file. */
    problems: z.array(z.string()),
  }),
  roles: allRoles,
});
