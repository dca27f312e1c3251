import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { circumstanceRules } from './circumstances';
import { signalWeights } from './search-similar';

/** The rules and weights that make a ranking: their hash identifies the "model" in the audit log. */
const parameters = {
  signalWeights,
  circumstances: circumstanceRules.map((r) => ({ id: r.id, pattern: r.pattern.source })),
};

export const similarCasesModel = {
  modelId: 'similar-cases-hybrid',
  modelVersion: '1',
  modelSha256: createHash('sha256').update(canonicalJson(parameters)).digest('hex'),
} as const;

/** With the encoder in the fusion, its id, version and sha256 are part of what produced the output. */
export function modelWithEncoder(encoder: { id: string; version: string; sha256: string } | null) {
  if (!encoder) return similarCasesModel;
  return {
    modelId: `${similarCasesModel.modelId}+${encoder.id}`,
    modelVersion: `${similarCasesModel.modelVersion}+${encoder.version}`,
    modelSha256: createHash('sha256').update(`${similarCasesModel.modelSha256}:${encoder.sha256}`).digest('hex'),
  };
}
