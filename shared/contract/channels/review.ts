import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), '日期无效');

/** 法律文书辅助审查 findings come in six families, each with its own rules. */
export const reviewFamilies = ['citation', 'consistency', 'amount', 'structure', 'wording', 'privacy'] as const;
export type ReviewFamily = (typeof reviewFamilies)[number];
export const reviewFamilyLabels: Record<ReviewFamily, string> = {
  citation: '法条引用',
  consistency: '前后一致',
  amount: '金额计算',
  structure: '文书结构',
  wording: '文字表述',
  privacy: '公开隐私',
};

/** error: wrong as written; warning: very likely wrong, check it; info: style or cannot verify. */
export const reviewSeverities = ['error', 'warning', 'info'] as const;
export type ReviewSeverity = (typeof reviewSeverities)[number];
export const reviewSeverityLabels: Record<ReviewSeverity, string> = { error: '错误', warning: '警示', info: '提示' };

/** 民事判决书 … as recognised from the title; 'other' when the title names none of them. */
export const reviewDocumentTypes = ['民事判决书', '民事裁定书', '民事调解书', '刑事判决书', '刑事裁定书', 'other'] as const;
export type ReviewDocumentType = (typeof reviewDocumentTypes)[number];

export const reviewFindingSchema = z.object({
  /** Stable within one review: rule + offset, so the UI can key and apply it. */
  id: z.string(),
  family: z.enum(reviewFamilies),
  /** e.g. citation.repealed, amount.words-mismatch, wording.confusable. */
  rule: z.string(),
  severity: z.enum(reviewSeverities),
  /** [start, end) UTF-16 offsets into the reviewed text. */
  start: z.number().int(),
  end: z.number().int(),
  /** text.slice(start, end) at review time: apply refuses when the text there has changed. */
  excerpt: z.string(),
  /** Why, in Chinese, with the fact that shows it (the statute text, the sum, the other spelling). */
  message: z.string(),
  /** Replacement for [start, end); null when only the judge can say what is right. */
  fix: z.string().nullable(),
});
export type ReviewFinding = z.infer<typeof reviewFindingSchema>;

export const reviewRequestSchema = z
  .object({
    text: z.string().min(1, '文书内容为空').max(500_000, '文书超过 50 万字，请分段审查'),
    /** The judgment date the citations are checked against; default: read from the 落款, else today. */
    date: isoDate.optional(),
    /** What the text came from, for the audit line: 起草中的文书 or an imported file's name. */
    source: z.string().max(300).optional(),
    caseId: z.string().max(100).optional(),
    /** Party names from the case record: each must appear in the text as written. */
    parties: z
      .array(z.object({ name: z.string().min(1).max(100), role: z.string().max(30) }))
      .max(50)
      .optional(),
  })
  .strict();
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

export const reviewResultSchema = z.object({
  documentType: z.enum(reviewDocumentTypes),
  /** The date citations were checked against, and where it came from. */
  date: z.string(),
  /** request; document: the 落款; latest-in-text: no 落款, the latest date the text mentions; today. */
  dateSource: z.enum(['request', 'document', 'latest-in-text', 'today']),
  findings: z.array(reviewFindingSchema),
  /** Findings per family (error + warning + info). */
  counts: z.record(z.enum(reviewFamilies), z.number().int()),
  ms: z.number(),
});
export type ReviewResult = z.infer<typeof reviewResultSchema>;

/** Reviews a document's text: six families of findings, each with location, rule, reason and fix. */
export const reviewRun = defineChannel({
  name: 'review.run',
  title: '文书审查',
  aiFeature: 'documentReview',
  request: reviewRequestSchema,
  response: reviewResultSchema.extend({ ai: aiOutputSchema }),
  roles: allRoles,
});

/** Reads an imported DOCX or TXT into plain text (the offsets of findings refer to it). */
export const reviewImport = defineChannel({
  name: 'review.import',
  title: '导入待审文书',
  request: z
    .object({
      fileName: z.string().trim().min(1, '缺少文件名').max(300),
      /** The file's bytes, base64 (the renderer has no file system). */
      base64: z.string().min(1, '文件为空').max(40_000_000, '文件超过 30 MB'),
    })
    .strict(),
  response: z.object({ fileName: z.string(), text: z.string(), characters: z.number().int(), warnings: z.array(z.string()) }),
  roles: allRoles,
});

/** One-click apply of a finding's fix: the replacement is checked against the text and audited. */
export const reviewApplyFix = defineChannel({
  name: 'review.applyFix',
  title: '采纳审查建议',
  request: z
    .object({
      text: z.string().min(1).max(500_000),
      /** The review.run output this finding came from (its audit entry). */
      outputSeq: z.number().int().min(1),
      finding: reviewFindingSchema,
    })
    .strict(),
  response: z.object({ text: z.string(), auditSeq: z.number().int(), delta: z.number().int() }),
  roles: allRoles,
});

/** 裁判文书公开 copy: every privacy finding masked in one step; audited. */
export const reviewRedact = defineChannel({
  name: 'review.redact',
  title: '生成公开版本',
  request: z
    .object({
      text: z.string().min(1).max(500_000),
      outputSeq: z.number().int().min(1).optional(),
      caseId: z.string().max(100).optional(),
    })
    .strict(),
  response: z.object({
    text: z.string(),
    redactions: z.array(z.object({ start: z.number().int(), end: z.number().int(), rule: z.string(), replacement: z.string() })),
    auditSeq: z.number().int(),
  }),
  roles: allRoles,
});
