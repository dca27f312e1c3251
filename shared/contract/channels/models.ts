import { z } from 'zod';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';

/** A model card as stored in models/<id>/card.json: what the model does, how well, its limits. */
export const modelCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  /** 功能: what the model does, in Chinese. */
  purpose: z.string(),
  feature: z.string(),
  trainingData: z.string(),
  metrics: z.array(
    z.object({ name: z.string(), value: z.number(), split: z.string(), baseline: z.number().optional() }),
  ),
  limits: z.array(z.string()),
  files: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number().int() })),
});
export type ModelCard = z.infer<typeof modelCardSchema>;

export const modelCards = defineChannel({
  name: 'models.cards',
  title: '模型说明',
  request: z.object({}).strict(),
  response: z.object({
    cards: z.array(modelCardSchema),
    /** Cards that failed to load or whose files do not match their sha256: shown, never hidden. */
    problems: z.array(z.object({ id: z.string(), message: z.string() })),
  }),
  roles: allRoles,
});
