import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';
import type { Role } from '../roles';

/** Who marks an item: the judge, and the clerk preparing the file for the judge. */
const markers: readonly Role[] = ['judge', 'clerk'];

/** 电子卷宗 catalogue categories a checklist item may look in (issue 6 item 3). */
export const dossierCategories = [
  '起诉状',
  '答辩状',
  '证据目录',
  '证据材料',
  '身份证明',
  '授权委托书',
  '送达地址确认书',
  '送达回证',
  '庭审笔录',
  '调解/和解材料',
  '判决书/裁定书',
  '其他',
] as const;

/**
 * One 证据指引 item: the fact to prove (要件), the evidence that usually proves it, the provision
 * that makes it a 要件, and what in the dossier suggests it is there (document categories and words).
 */
export const checklistItemSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '条目编号只能用小写字母、数字和连字符'),
    fact: z.string().min(4, '待证事实过短').max(200),
    typicalEvidence: z.array(z.string().min(2).max(100)).min(1, '至少列出一种常见证据'),
    /** One or more citations, e.g. 《中华人民共和国民法典》第六百六十七条；《…规定》第二条. */
    legalBasis: z.string().regex(/《[^》]+》第/, '法律依据应写成《法律名称》第X条'),
    required: z.boolean(),
    signals: z
      .object({
        categories: z.array(z.enum(dossierCategories)).min(1),
        /** Empty: any document of those categories supports the item (e.g. 身份证明). */
        keywords: z.array(z.string().min(2).max(20)),
      })
      .strict(),
  })
  .strict();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.number().int().min(1),
    kind: z.enum(['civil', 'criminal']),
    /** 案由 (civil) or 罪名 without 罪 (criminal), as the case form stores it. */
    cause: z.string().min(2),
    notice: z.string().includes('仅供参考'),
    items: z.array(checklistItemSchema).min(3),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    for (const [i, item] of c.items.entries()) {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `条目编号重复：${item.id}` });
      seen.add(item.id);
    }
  });
export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;

/** What the judge decides per item: 已满足 / 缺失 / 不适用. */
export const markStatuses = ['satisfied', 'missing', 'not_applicable'] as const;
export type MarkStatus = (typeof markStatuses)[number];
export const markStatusLabels: Record<MarkStatus, string> = {
  satisfied: '已满足',
  missing: '缺失',
  not_applicable: '不适用',
};

/**
 * The machine's suggestion: found = a document of the item's categories holds one of its words
 * (or is of a category that needs no word); listed = only named in 起诉状 / 证据目录; none.
 */
export const suggestionLevels = ['found', 'listed', 'none'] as const;
export type SuggestionLevel = (typeof suggestionLevels)[number];
export const suggestionLabels: Record<SuggestionLevel, string> = {
  found: '卷宗中似有相应证据',
  listed: '仅在诉状或证据目录中提及',
  none: '卷宗中未发现',
};

const evidenceRefSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  category: z.string(),
  /** The matched word, or null when the category alone supports the item. */
  keyword: z.string().nullable(),
  /** [start, end) in the document text; null with keyword null. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** Up to 40 characters around the match, for the list. */
  snippet: z.string(),
});
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

export const itemMarkSchema = z.object({
  status: z.enum(markStatuses),
  note: z.string(),
  by: z.string(),
  at: z.string(),
});

export const guidanceItemSchema = z.object({
  id: z.string(),
  fact: z.string(),
  typicalEvidence: z.array(z.string()),
  legalBasis: z.string(),
  /** The cited provisions' text from the statute store, so the basis can be read in place. */
  basisTexts: z.array(z.object({ citation: z.string(), text: z.string().nullable(), problem: z.string().nullable() })),
  required: z.boolean(),
  suggestion: z.enum(suggestionLevels),
  evidence: z.array(evidenceRefSchema),
  mark: itemMarkSchema.nullable(),
  /** True when a required item is neither marked satisfied / not applicable nor found, and the prompt was not dismissed. */
  flagged: z.boolean(),
  dismissed: z.boolean(),
});
export type GuidanceItem = z.infer<typeof guidanceItemSchema>;

export const checklistSummarySchema = z.object({
  id: z.string(),
  cause: z.string(),
  kind: z.enum(['civil', 'criminal']),
  items: z.number().int(),
});

export const checklistsList = defineChannel({
  name: 'checklists.list',
  title: '证据指引清单目录',
  request: z.object({}).strict(),
  response: z.array(checklistSummarySchema),
  roles: allRoles,
});

/** A case's checklist with each item's suggested status from its dossier. */
export const checklistsForCase = defineChannel({
  name: 'checklists.forCase',
  title: '证据指引',
  request: z
    .object({
      caseId: z.string().min(1).max(100),
      /** Another checklist than the one the case's 案由 selects. */
      checklistId: z.string().max(60).optional(),
    })
    .strict(),
  // The case id goes to the audit entry (the dispatcher takes it from the handler's result).
  response: z.object({
    checklist: checklistSummarySchema.extend({ notice: z.string() }).nullable(),
    /** Why this checklist (or why none): 按案由「民间借贷纠纷」匹配. */
    reason: z.string(),
    documents: z.number().int(),
    items: z.array(guidanceItemSchema),
    flaggedCount: z.number().int(),
    ai: aiOutputSchema,
  }),
  roles: allRoles,
  aiFeature: 'evidenceGuidance',
});

const itemKey = {
  caseId: z.string().min(1).max(100),
  checklistId: z.string().min(1).max(60),
  itemId: z.string().min(1).max(60),
};

/** The judge's mark on one item; recorded and audited as a human decision. */
export const checklistsMark = defineChannel({
  name: 'checklists.mark',
  title: '标记证据指引条目',
  request: z
    .object({
      ...itemKey,
      status: z.enum(markStatuses, { message: '状态只能是已满足、缺失或不适用' }).nullable(),
      note: z.string().trim().max(500).default(''),
    })
    .strict(),
  response: itemMarkSchema.nullable(),
  roles: markers,
});

/** Dismissing a missing-item prompt: kept, with who and why, so the file shows it was seen. */
export const checklistsDismiss = defineChannel({
  name: 'checklists.dismiss',
  title: '忽略证据缺失提示',
  request: z.object({ ...itemKey, reason: z.string().trim().max(500).default('') }).strict(),
  response: z.object({ dismissedAt: z.string() }),
  roles: markers,
});
