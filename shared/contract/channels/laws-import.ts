import { z } from 'zod';
import { defineChannel } from '../channel';

// 导入法规目录: a LawRefBook folder on this machine replaces the statutes in knowledge.db, in one
// transaction. The signed knowledge pack is how a court updates its statutes; this is the
// development route (`judgedesk laws import`), so only an administrator may take it.

export const lawsImportFolder = defineChannel({
  name: 'laws.importFolder',
  title: '导入法规目录',
  request: z
    .object({
      folder: z.string().trim().min(1, '请指定法规数据目录').max(4096),
      /** Progress goes out under this id, one event per statute file. */
      jobId: z.string().min(1).max(100).default('laws-import'),
    })
    .strict(),
  response: z.object({
    laws: z.number().int(),
    versions: z.number().int(),
    articles: z.number().int(),
    ms: z.number(),
    /** Lines or catalogue rows that were skipped; the import goes on without them. */
    problems: z.number().int(),
    firstProblems: z.array(z.object({ file: z.string(), line: z.number().int(), message: z.string() })),
  }),
  roles: ['admin'],
});
