import { z } from 'zod';
import type { DocumentTemplateInfo, DocumentType } from '../../../shared/contract/channels/drafting';
import { documentTypes } from '../../../shared/contract/channels/drafting';
import civilJudgment from '../../../resources/document-templates/civil-judgment.json';
import civilMediation from '../../../resources/document-templates/civil-mediation.json';
import civilRuling from '../../../resources/document-templates/civil-ruling.json';
import criminalJudgment from '../../../resources/document-templates/criminal-judgment.json';
import serviceReceipt from '../../../resources/document-templates/service-receipt.json';
import similarCaseReport from '../../../resources/document-templates/similar-case-report.json';

/** How a section is first filled and laid out (resources/document-templates/README.md). */
export const sectionFills = ['header', 'parties', 'text', 'headed', 'form', 'signature', 'appendix'] as const;
export type SectionFill = (typeof sectionFills)[number];

const sectionSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z]{1,39}$/, '部分标识应为英文字母'),
    title: z.string().min(1),
    fill: z.enum(sectionFills),
    required: z.boolean(),
    text: z.string().optional(),
    hint: z.string().optional(),
    partyRoles: z.array(z.string().min(1)).min(1).optional(),
    caseNumberInHeader: z.boolean().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.fill === 'text' || s.fill === 'headed' || s.fill === 'form') && !s.text) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `「${s.title}」需要 text` });
    }
    if (s.fill === 'parties' && !s.partyRoles) {
      ctx.addIssue({ code: 'custom', path: ['partyRoles'], message: `「${s.title}」需要 partyRoles` });
    }
  });
export type TemplateSection = z.infer<typeof sectionSchema>;

export const documentTemplateSchema = z
  .object({
    id: z.enum(documentTypes),
    name: z.string().min(1),
    variant: z.string().min(1),
    caseKind: z.enum(['civil', 'criminal', 'any']),
    /** 上诉期限 in days: 民事判决 15, 民事裁定 10, 刑事判决 10; null where no appeal lies. */
    appealDays: z.number().int().positive().nullable(),
    pageNumbers: z.enum(['dash', 'ofTotal', 'none']),
    sections: z.array(sectionSchema).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const keys = t.sections.map((s) => s.key);
    const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
    if (repeated) ctx.addIssue({ code: 'custom', path: ['sections'], message: `部分标识重复：${repeated}` });
    if (t.sections[0]?.fill !== 'header')
      ctx.addIssue({ code: 'custom', path: ['sections', 0], message: '第一部分应为首部（fill: header）' });
    const usesAppeal = t.sections.some((s) => s.text?.includes('{上诉期限}'));
    if (usesAppeal && t.appealDays === null)
      ctx.addIssue({ code: 'custom', path: ['appealDays'], message: '模板引用了{上诉期限}，但 appealDays 为空' });
  });
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;

// Bundled into the main code (the JSON stays the editable source) so the desktop build, the web
// host, the CLI and tests read the same templates without a resources path.
const bundled: Record<string, unknown> = {
  'civil-judgment.json': civilJudgment,
  'criminal-judgment.json': criminalJudgment,
  'civil-ruling.json': civilRuling,
  'civil-mediation.json': civilMediation,
  'service-receipt.json': serviceReceipt,
  'similar-case-report.json': similarCaseReport,
};

/** Parses every template; a broken one names its file and the first problem, in Chinese. */
export function parseTemplates(files: Record<string, unknown>): Map<DocumentType, DocumentTemplate> {
  const byId = new Map<DocumentType, DocumentTemplate>();
  for (const [file, raw] of Object.entries(files)) {
    const parsed = documentTemplateSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`文书模板 ${file} 格式错误：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
    byId.set(parsed.data.id, parsed.data);
  }
  const missing = documentTypes.filter((id) => !byId.has(id));
  if (missing.length) throw new Error(`缺少文书模板：${missing.join('、')}`);
  return byId;
}

const templates = parseTemplates(bundled);

export function documentTemplate(type: DocumentType): DocumentTemplate {
  return templates.get(type) as DocumentTemplate;
}

export function templateInfos(): DocumentTemplateInfo[] {
  return documentTypes.map((id) => {
    const t = documentTemplate(id);
    return {
      id,
      name: t.name,
      variant: t.variant,
      appealDays: t.appealDays,
      sections: t.sections.map((s) => ({ key: s.key, title: s.title, required: s.required })),
    };
  });
}
