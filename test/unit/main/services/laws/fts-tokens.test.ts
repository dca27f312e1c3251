import { describe, expect, it } from 'vitest';
import { indexTokens, matchExpression } from '../../../../../main/services/laws/fts-tokens';

describe('FTS tokens (character bigrams)', () => {
  it('indexes Han runs as overlapping bigrams plus the last character, Latin/digits as words', () => {
    expect(indexTokens('民间借贷，利率LPR 4倍')).toBe('民间 间借 借贷 贷 利率 率 lpr 4 倍');
  });

  it('turns a query into phrases of bigrams, a one-character prefix query, or null', () => {
    expect(matchExpression('借贷')).toBe('"借贷"');
    expect(matchExpression('民间借贷 利息')).toBe('"民间 间借 借贷" AND "利息"');
    expect(matchExpression('骗')).toBe('"骗"*');
    expect(matchExpression('ＬＰＲ')).toBe('"lpr"');
    expect(matchExpression('“”，。 ')).toBeNull();
    expect(matchExpression('a"b')).toBe('"a" AND "b"');
  });
});
