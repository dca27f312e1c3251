import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import type { Role } from '../roles';
import { partyKinds, partyRoles } from './cases';

/** Backfill proposes values for the case form: the people who fill it in. */
const editors: readonly Role[] = ['judge', 'clerk'];

/** Where a proposed value was read: the document and the [start, end) span of its text. */
export const sourceSpanSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The span's text with up to 30 characters either side, and the span's place in it. */
  context: z.string(),
  contextStart: z.number().int().min(0),
  contextEnd: z.number().int().min(0),
});
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

const proposal = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    source: sourceSpanSchema,
    /** A problem the value has as read (校验位不正确 …); it is still shown, never silently fixed. */
    problem: z.string().nullable(),
  });

export const stringProposalSchema = proposal(z.string());
export type StringProposal = z.infer<typeof stringProposalSchema>;

export const partyProposalSchema = z.object({
  role: proposal(z.enum(partyRoles)),
  name: stringProposalSchema,
  kind: proposal(z.enum(partyKinds)),
  gender: proposal(z.enum(['男', '女'])).nullable(),
  /** YYYY-MM-DD */
  birthDate: stringProposalSchema.nullable(),
  idNumber: stringProposalSchema.nullable(),
  address: stringProposalSchema.nullable(),
  phone: stringProposalSchema.nullable(),
  agent: stringProposalSchema.nullable(),
});
export type PartyProposal = z.infer<typeof partyProposalSchema>;

export const claimProposalSchema = z.object({
  text: stringProposalSchema,
  /** 元; null when the claim names no amount (诉讼费用由被告负担). */
  amount: proposal(z.number()).nullable(),
});
export type ClaimProposal = z.infer<typeof claimProposalSchema>;

export const dateFields = ['complaintDate', 'filedOn'] as const;
export const dateFieldLabels: Record<(typeof dateFields)[number], string> = {
  complaintDate: '起诉状落款日期',
  filedOn: '立案日期',
};

export const backfillProposalsSchema = z.object({
  parties: z.array(partyProposalSchema),
  claims: z.array(claimProposalSchema),
  dates: z.array(z.object({ field: z.enum(dateFields), value: stringProposalSchema })),
  /** Which documents were read, and which were skipped and why. */
  read: z.array(z.object({ documentId: z.string(), fileName: z.string(), used: z.boolean(), reason: z.string() })),
});
export type BackfillProposals = z.infer<typeof backfillProposalsSchema>;

export const backfillDocumentSchema = z.object({
  id: z.string().min(1).max(100),
  fileName: z.string().min(1).max(260),
  category: z.string().max(20).nullable(),
  text: z.string().max(500_000, '文书过长（超过50万字），请拆分后再回填'),
});

/**
 * Proposals for a case form from its 起诉状/起诉书 and identity documents: from the case's dossier
 * (caseId), or from text pasted into the form (documents). Nothing is saved: the form applies
 * what the user confirms, and the save is the ordinary cases.update.
 */
export const backfillPropose = defineChannel({
  name: 'backfill.propose',
  title: '案件信息回填',
  request: z
    .object({
      caseId: z.string().min(1).max(100).optional(),
      documents: z.array(backfillDocumentSchema).max(50).optional(),
    })
    .strict()
    .refine((r) => (r.caseId === undefined) !== (r.documents === undefined), '请给出案件编号或待识别的文书之一'),
  response: z.object({
    proposals: backfillProposalsSchema,
    /** The documents' texts, so the form can highlight each value's source. */
    texts: z.array(z.object({ documentId: z.string(), fileName: z.string(), text: z.string() })),
    ai: aiOutputSchema,
  }),
  roles: editors,
  aiFeature: 'backfill',
});
