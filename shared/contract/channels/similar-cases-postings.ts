import { z } from 'zod';
import { defineChannel } from '../channel';

// 建立类案检索索引: the lexical postings index of the case corpus (two-character terms → cases),
// rebuilt only when the corpus changed since it was built. Not AI: no model, no switch.

export const similarCasesBuildPostings = defineChannel({
  name: 'similarCases.buildPostings',
  title: '建立类案检索索引',
  request: z.object({ jobId: z.string().min(1).max(100).default('case-postings') }).strict(),
  response: z.object({
    /** False when the index was already current and nothing was written. */
    built: z.boolean(),
    cases: z.number().int(),
    terms: z.number().int(),
    postings: z.number().int(),
  }),
  roles: ['judge', 'admin'],
});
