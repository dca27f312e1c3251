import { hashedCharNgrams, type HashedFeatures } from '../hashed-char-ngrams';
import { neutraliseIdentity } from '../neutralise-identity';

const factsMarker = '｜事实：';

/**
 * The civil outcome model's input text: cause, claim kind and claim first (so truncation to the
 * model's maxChars cuts the facts, never the claim), then the facts; party identity neutralised.
 * The trainer writes its inputs with this very function, so training and inference cannot differ.
 */
export function civilOutcomeInput(
  input: { cause: string; kind: string; claim: string; facts: string },
  names: readonly string[] = [],
): string {
  const text = `案由：${input.cause}｜请求类型：${input.kind}｜请求：${input.claim}${factsMarker}${input.facts}`;
  return neutraliseIdentity(text, { names });
}

export interface CivilOutcomeFeatureConfig {
  /** Buckets per bag: the claim's bag takes [0, buckets), the facts' bag [buckets, 2·buckets). */
  buckets: number;
  ngrams: readonly number[];
  /** Code points kept of the claim part (cause, kind, claim). */
  maxChars: number;
  factsMaxChars: number;
  /** The facts' bag is scaled by this, so the claim's own words weigh more. */
  factsWeight: number;
}

/**
 * Two bags of hashed n-grams: the claim (with cause and kind) and the facts, each unit-norm, so a
 * long story cannot drown the few words that say what is asked. Mirrored in
 * models/training/train_civil_outcome.py (split at ｜事实： of civilOutcomeInput).
 */
export function civilOutcomeFeatures(text: string, config: CivilOutcomeFeatureConfig): HashedFeatures {
  const at = text.indexOf(factsMarker);
  const head = at >= 0 ? text.slice(0, at) : text;
  const facts = at >= 0 ? text.slice(at + factsMarker.length) : '';
  const a = hashedCharNgrams(head, { buckets: config.buckets, ngrams: config.ngrams, maxChars: config.maxChars });
  const b = hashedCharNgrams(facts, { buckets: config.buckets, ngrams: config.ngrams, maxChars: config.factsMaxChars });
  return {
    indices: [...a.indices, ...b.indices.map((i) => i + config.buckets)],
    weights: [...a.weights, ...b.weights.map((w) => w * config.factsWeight)],
  };
}
