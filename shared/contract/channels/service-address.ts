import { z } from 'zod';
import { aiOutputSchema } from '../ai-output';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';

/** Why a source ranks where it does (送达地址推荐): the party's own confirmation first. */
export const addressSourceKinds = ['confirmation', 'contract', 'identity', 'pleading', 'other'] as const;
export type AddressSourceKind = (typeof addressSourceKinds)[number];
export const addressSourceLabels: Record<AddressSourceKind, string> = {
  confirmation: '当事人确认的送达地址确认书',
  contract: '合同约定的地址',
  identity: '身份证明',
  pleading: '诉状、答辩状',
  other: '其他卷宗材料',
};

export const contactCandidateSchema = z.object({
  kind: z.enum(['address', 'phone']),
  value: z.string(),
  /** The case party the text names beside it; null when none of them is named near it. */
  party: z.string().nullable(),
  sourceKind: z.enum(addressSourceKinds),
  documentId: z.string(),
  fileName: z.string(),
  category: z.string(),
  /** The document's own date (its last written date), else when it was imported. */
  date: z.string(),
  dateFrom: z.enum(['document', 'import']),
  start: z.number().int(),
  end: z.number().int(),
  snippet: z.string(),
  rank: z.number().int(),
  reason: z.string(),
});
export type ContactCandidate = z.infer<typeof contactCandidateSchema>;

/** Addresses and phones in a case's dossier, ranked for 送达, each with its source, date and the reason for its place. */
export const serviceAddressRecommend = defineChannel({
  name: 'serviceAddress.recommend',
  title: '送达地址推荐',
  request: z.object({ caseId: z.string().min(1).max(100) }).strict(),
  // The case id goes to the audit entry (the dispatcher takes it from the handler's result).
  response: z.object({
    candidates: z.array(contactCandidateSchema),
    ai: aiOutputSchema,
  }),
  roles: allRoles,
  // Read from the dossier like the case-form backfill, so the same switch governs it.
  aiFeature: 'backfill',
});
