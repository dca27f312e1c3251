import { z } from 'zod';
import { defineChannel } from '../channel';
import { allRoles, roles } from '../roles';

export const systemInfo = defineChannel({
  name: 'system.info',
  title: '系统信息',
  request: z.object({}).strict(),
  response: z.object({
    appVersion: z.string(),
    offline: z.literal(true),
    host: z.enum(['electron', 'web', 'cli']),
    knowledgeVersion: z.string().nullable(),
    user: z.object({ name: z.string(), roles: z.array(z.enum(roles)) }),
  }),
  roles: allRoles,
});
