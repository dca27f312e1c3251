import { z } from 'zod';

/** The words every AI suggestion carries (SPC Opinions: AI assists, the judge decides). */
export const aiNotice = '仅供参考' as const;

/**
 * What every AI channel's response carries beside its payload. The handler fills the model
 * fields; the API layer writes the audit entry and fills `auditSeq`, which the UI sends back
 * with the judge's accept / reject / edit.
 */
export const aiOutputSchema = z.object({
  modelId: z.string(),
  modelVersion: z.string(),
  modelSha256: z.string(),
  confidence: z.number().min(0).max(1),
  /** One line for the audit log: what was suggested. */
  summary: z.string(),
  notice: z.literal(aiNotice),
  auditSeq: z.number().int(),
});
export type AiOutput = z.infer<typeof aiOutputSchema>;
/** What a handler returns: the API layer adds `notice` and `auditSeq`. */
export type AiOutputDraft = Omit<AiOutput, 'notice' | 'auditSeq'>;
