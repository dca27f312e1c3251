import { civilOutcomeModel } from './civil-outcome';
import { criminalJudgmentModel } from './criminal-judgment';
import { legalElementsModel } from './legal-elements';
import { legalEncoderModel } from './legal-encoder';
import type { AnyModelModule, ModelModule } from './model-module';
import { nerModel } from './ner';

/**
 * Every model the inference host can serve, by id (= folder under models/). A new model adds its
 * module file and one line here; see model-module.ts for the recipe.
 */
export const modelModules = {
  'criminal-judgment': criminalJudgmentModel,
  'legal-encoder': legalEncoderModel,
  ner: nerModel,
  'legal-elements': legalElementsModel,
  'civil-outcome': civilOutcomeModel,
} satisfies Record<string, AnyModelModule>;

export type ModelId = keyof typeof modelModules;
export type InputOf<Id extends ModelId> = (typeof modelModules)[Id] extends ModelModule<infer I, unknown, unknown> ? I : never;
export type OutputOf<Id extends ModelId> = (typeof modelModules)[Id] extends ModelModule<unknown, infer O, unknown> ? O : never;

export function isModelId(id: string): id is ModelId {
  return Object.hasOwn(modelModules, id);
}
