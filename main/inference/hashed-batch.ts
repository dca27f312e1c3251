import type { HashedFeatures } from '../../shared/domain/hashed-char-ngrams';
import type { FeedTensor } from './model-module';

export interface EncodedBatch {
  indices: BigInt64Array;
  weights: Float32Array;
  dims: [number, number];
}

/** Pads a batch into the model's [batch, length] int64 indices and float32 weights. */
export function encodeBatch(features: HashedFeatures[]): EncodedBatch {
  const length = Math.max(1, ...features.map((f) => f.indices.length));
  const indices = new BigInt64Array(features.length * length);
  const weights = new Float32Array(features.length * length);
  features.forEach((f, row) => {
    f.indices.forEach((index, col) => {
      indices[row * length + col] = BigInt(index);
      weights[row * length + col] = f.weights[col] ?? 0;
    });
  });
  return { indices, weights, dims: [features.length, length] };
}

/** The `indices` / `weights` feeds of the hashed n-gram embedding-bag models. */
export function hashedFeeds(features: HashedFeatures[]): Record<string, FeedTensor> {
  const batch = encodeBatch(features);
  return {
    indices: { type: 'int64', data: batch.indices, dims: batch.dims },
    weights: { type: 'float32', data: batch.weights, dims: batch.dims },
  };
}
