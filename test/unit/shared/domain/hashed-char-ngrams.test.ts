import { describe, expect, it } from 'vitest';
import { fnv1a32, hashedCharNgrams } from '../../../../shared/domain/hashed-char-ngrams';
import { pythonMap, realFacts } from '../../../helpers/python-mirror';

const config = { buckets: 131072, ngrams: [1, 2, 3], maxChars: 1000 };

describe('hashedCharNgrams', () => {
  it('uses 32-bit FNV-1a over UTF-8 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('counts code points, drops whitespace, has unit L2 norm', () => {
    const f = hashedCharNgrams('盗 窃𠀀', { buckets: 1 << 20, ngrams: [1, 2], maxChars: 10 });
    expect(f.indices.length).toBe(5);
    expect(f.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 12);
  });

  it('gives bit-identical indices and weights to the Python featuriser on real texts', () => {
    const facts = realFacts(60);
    const expected = pythonMap('featurize', 'hashed_char_ngrams(item, 131072, [1, 2, 3], 1000)', facts) as Array<[number[], number[]]>;
    facts.forEach((fact, i) => {
      const actual = hashedCharNgrams(fact, config);
      expect(actual.indices).toEqual(expected[i]?.[0]);
      expect(actual.weights).toEqual(expected[i]?.[1]);
    });
  });
});
