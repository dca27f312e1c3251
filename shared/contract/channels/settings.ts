import { z } from 'zod';
import { aiFeatures } from '../ai-features';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';

const featureFlags = z.object(
  Object.fromEntries(aiFeatures.map((f) => [f, z.boolean()])) as Record<(typeof aiFeatures)[number], z.ZodBoolean>,
);

export const aiSwitchesSchema = z.object({ global: z.boolean(), features: featureFlags });

export const aiSwitchesGet = defineChannel({
  name: 'settings.ai.get',
  title: '读取AI辅助开关',
  request: z.object({}).strict(),
  response: aiSwitchesSchema,
  roles: allRoles,
});

/** Every user may switch assistance off for themselves at any time (SPC Opinions, 辅助审判原则). */
export const aiSwitchesSet = defineChannel({
  name: 'settings.ai.set',
  title: '设置AI辅助开关',
  request: z
    .object({
      scope: z.union([z.literal('global'), z.enum(aiFeatures)]),
      enabled: z.boolean(),
    })
    .strict(),
  response: aiSwitchesSchema,
  roles: allRoles,
});
