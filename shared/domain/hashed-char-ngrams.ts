/**
 * The model input of the in-house text classifiers: character n-grams hashed into a fixed number
 * of buckets (the "hashing trick"), so no vocabulary file has to match and the featuriser is a few
 * lines in any language. Mirrored in models/training/criminal_judgment/featurize.py; a test proves
 * both give identical indices and weights on real case texts.
 *
 * - Text: whitespace (space, tab, CR, LF, U+3000, U+00A0) removed, then cut to `maxChars` code
 *   points (not UTF-16 units).
 * - n-grams: every run of n consecutive code points for each n in `ngrams`.
 * - Hash: 32-bit FNV-1a over the UTF-8 bytes of the n-gram; bucket = hash mod `buckets`.
 * - Weight of a bucket: sqrt(count / total), count = occurrences of n-grams falling in it,
 *   total = all n-gram occurrences (so the weights have unit L2 norm). Division and sqrt are
 *   correctly rounded in IEEE 754, so both languages get bit-identical float64 values.
 * - Output sorted by bucket index.
 */

export interface HashedNgramConfig {
  buckets: number;
  ngrams: readonly number[];
  maxChars: number;
}

export interface HashedFeatures {
  indices: number[];
  weights: number[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const whitespace = /[ \t\r\n\u3000\u00a0]/g;
const utf8 = new TextEncoder();

/** 32-bit FNV-1a of a string's UTF-8 bytes, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (const byte of utf8.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

export function hashedCharNgrams(text: string, config: HashedNgramConfig): HashedFeatures {
  const chars = Array.from(text.replace(whitespace, '')).slice(0, config.maxChars);
  const counts = new Map<number, number>();
  let total = 0;
  for (const n of config.ngrams) {
    for (let start = 0; start + n <= chars.length; start += 1) {
      const bucket = fnv1a32(chars.slice(start, start + n).join('')) % config.buckets;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      total += 1;
    }
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  return { indices, weights: indices.map((index) => Math.sqrt((counts.get(index) ?? 0) / total)) };
}
