import { hashedCharNgrams } from '../../shared/domain/hashed-char-ngrams';
import type { HashedNgramConfig } from '../../shared/domain/hashed-char-ngrams';
import { neutraliseIdentity } from '../../shared/domain/neutralise-identity';
import { hashedFeeds } from './hashed-batch';
import { defineModel, outputRow } from './model-module';

/** featurizer.json written by models/training/train_legal_encoder.py. */
export interface EncoderFeaturizer extends HashedNgramConfig {
  /** Length of every vector. */
  dimension: number;
}

export interface EncoderInput {
  text: string;
  /** Party names known from the case record: neutralised wherever they occur. */
  names?: string[];
}

const rowsPerRun = 64;

/** Unit length in float64 then back to float32, so cosine similarity is a plain dot product. */
function normalised(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return norm > 0 ? vector.map((value) => value / norm) : vector;
}

/**
 * 法律文本编码器: one L2-normalised vector per text (identity neutralised first), for similar-case
 * and law retrieval by cosine similarity. Texts of any length are cut to `maxChars` characters.
 */
export const legalEncoderModel = defineModel<EncoderInput, Float32Array, EncoderFeaturizer>({
  id: 'legal-encoder',
  jsonFiles: ['featurizer.json'],
  prepare: (json) => json['featurizer.json'] as EncoderFeaturizer,
  check: (input) => (typeof input.text === 'string' ? null : '文本（text）必须是字符串'),
  exampleInput: (text) => ({ text }),
  async run(session, featurizer, inputs) {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < inputs.length; start += rowsPerRun) {
      const batch = inputs.slice(start, start + rowsPerRun);
      const features = batch.map((input) => hashedCharNgrams(neutraliseIdentity(input.text, { names: input.names ?? [] }), featurizer));
      const out = await session.run(hashedFeeds(features));
      for (let row = 0; row < batch.length; row += 1) vectors.push(normalised(outputRow(out, 'embedding', row)));
    }
    return vectors;
  },
});
