import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import type { Role } from '../roles';

/** 文书起草: the judge drafts, the clerk drafts 送达回证 and helps; an administrator does not. */
const draftRoles: readonly Role[] = ['judge', 'clerk'];

/** 文书类型, one template each (resources/document-templates/<id>.json). */
export const documentTypes = [
  'civil-judgment',
  'criminal-judgment',
  'civil-ruling',
  'civil-mediation',
  'service-receipt',
  'similar-case-report',
] as const;
export type DocumentType = (typeof documentTypes)[number];
export const documentTypeLabels: Record<DocumentType, string> = {
  'civil-judgment': '民事判决书',
  'criminal-judgment': '刑事判决书',
  'civil-ruling': '民事裁定书',
  'civil-mediation': '民事调解书',
  'service-receipt': '送达回证',
  'similar-case-report': '类案检索报告',
};

/** 民事判决书 → civil-judgment; accepts the id itself too (for the command line). */
export function documentTypeByName(name: string): DocumentType | null {
  const found = documentTypes.find((t) => t === name || documentTypeLabels[t] === name);
  return found ?? null;
}

/**
 * Where a section's text came from: the case record (record), the template's fixed wording
 * (template), a machine suggestion the judge has not edited since (suggested — shown 仅供参考),
 * or the judge's own text (judge).
 */
export const sectionOrigins = ['record', 'template', 'suggested', 'judge'] as const;
export type SectionOrigin = (typeof sectionOrigins)[number];

export const draftSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  text: z.string(),
  origin: z.enum(sectionOrigins),
  required: z.boolean(),
  hint: z.string(),
});
export type DraftSection = z.infer<typeof draftSectionSchema>;

export const draftSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  type: z.enum(documentTypes),
  typeName: z.string(),
  sections: z.array(draftSectionSchema),
  /** Saved versions so far; every save, undo and restore makes a new one. */
  version: z.number().int(),
  /** How many steps undo can still go back. */
  undoable: z.number().int(),
  /** 〔…〕 gaps still to be written. */
  unfilled: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftSummarySchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  type: z.enum(documentTypes),
  typeName: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const draftVersionSchema = z.object({
  version: z.number().int(),
  action: z.string(),
  at: z.string(),
  by: z.string(),
  /** Keys of the sections this version changed. */
  changed: z.array(z.string()),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;

export const documentTemplateInfoSchema = z.object({
  id: z.enum(documentTypes),
  name: z.string(),
  variant: z.string(),
  appealDays: z.number().int().nullable(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), required: z.boolean() })),
});
export type DocumentTemplateInfo = z.infer<typeof documentTemplateInfoSchema>;

const draftId = z.string().trim().min(1, '请指定文书草稿').max(64);
const expectedVersion = z.number().int().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const maxSectionChars = 50_000;

export const draftingTemplates = defineChannel({
  name: 'drafting.templates',
  title: '列出文书模板',
  request: z.object({}).strict(),
  response: z.object({ templates: z.array(documentTemplateInfoSchema) }),
  roles: draftRoles,
});

export const draftingCreate = defineChannel({
  name: 'drafting.create',
  title: '新建文书草稿',
  request: z
    .object({
      caseId: z.string().trim().min(1, '请选择案件').max(64),
      type: z.enum(documentTypes, { message: '请选择文书类型' }),
      /** 落款日期 (default today). */
      date: isoDate.optional(),
    })
    .strict(),
  response: draftSchema,
  roles: draftRoles,
});

export const draftingGet = defineChannel({
  name: 'drafting.get',
  title: '打开文书草稿',
  request: z.object({ id: draftId }).strict(),
  response: draftSchema,
  roles: draftRoles,
});

export const draftingList = defineChannel({
  name: 'drafting.list',
  title: '列出文书草稿',
  request: z.object({ caseId: z.string().max(64).optional() }).strict(),
  response: z.object({ items: z.array(draftSummarySchema) }),
  roles: draftRoles,
});

export const draftingSave = defineChannel({
  name: 'drafting.save',
  title: '保存文书草稿',
  request: z
    .object({
      id: draftId,
      expectedVersion,
      /** Only the sections that changed; the others stay as they are. */
      sections: z
        .array(
          z.object({
            key: z.string().min(1).max(40),
            text: z.string().max(maxSectionChars, `每部分不能超过${maxSectionChars}字`),
            /** 'suggested' when the judge takes a 仅供参考 suggestion as it is. */
            origin: z.enum(['judge', 'suggested']).default('judge'),
          }),
        )
        .min(1, '没有要保存的修改')
        .max(40),
    })
    .strict(),
  response: draftSchema,
  roles: draftRoles,
});

export const draftingUndo = defineChannel({
  name: 'drafting.undo',
  title: '撤销文书修改',
  request: z.object({ id: draftId, expectedVersion }).strict(),
  response: draftSchema,
  roles: draftRoles,
});

export const draftingHistory = defineChannel({
  name: 'drafting.history',
  title: '文书版本记录',
  request: z.object({ id: draftId }).strict(),
  response: z.object({ versions: z.array(draftVersionSchema) }),
  roles: draftRoles,
});

export const draftingRestore = defineChannel({
  name: 'drafting.restore',
  title: '恢复文书版本',
  request: z.object({ id: draftId, expectedVersion, version: z.number().int().min(1) }).strict(),
  response: draftSchema,
  roles: draftRoles,
});

/** One cited article with the exact text of the version in force on the draft's date. */
export const citedArticleSchema = z.object({
  citation: z.string(),
  text: z.string().nullable(),
  problems: z.array(z.string()),
});
export type CitedArticle = z.infer<typeof citedArticleSchema>;

/**
 * 法律依据: the citations written in 本院认为 (and any given here) resolved against the statute
 * store → the 依照…规定 lead of 主文 and the appendix with each article's exact text. Machine
 * output: suggestions the judge applies section by section, 仅供参考, audited.
 */
export const draftingSuggestCitations = defineChannel({
  name: 'drafting.suggestCitations',
  title: '生成法律依据',
  request: z
    .object({
      id: draftId,
      citations: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    })
    .strict(),
  response: z.object({
    suggestions: z.array(z.object({ sectionKey: z.string(), text: z.string(), reason: z.string() })),
    articles: z.array(citedArticleSchema),
    ai: aiOutputSchema,
  }),
  roles: draftRoles,
  aiFeature: 'drafting',
});

export const draftingExport = defineChannel({
  name: 'drafting.export',
  title: '导出文书（DOCX）',
  request: z.object({ id: draftId }).strict(),
  response: z.object({
    fileName: z.string(),
    /** The .docx bytes, base64. */
    base64: z.string(),
    /** 〔…〕 gaps left in the exported text. */
    unfilled: z.number().int(),
    /** Sections still holding an unedited machine suggestion. */
    suggestedSections: z.array(z.string()),
  }),
  roles: draftRoles,
});
