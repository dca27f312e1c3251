// The OCR card's metric (test/eval/support/char-accuracy.ts): checked on cases worked by hand.
import { describe, expect, it } from 'vitest';
import { charAccuracy, comparable, countEdits, editDistance } from '../../eval/support/char-accuracy';

describe('character accuracy (1 − CER)', () => {
  it('counts insertions, deletions and substitutions of single characters', () => {
    expect(editDistance(Array.from('借条'), Array.from('借条'))).toBe(0);
    expect(editDistance(Array.from('今借到'), Array.from('今到'))).toBe(1);
    expect(editDistance(Array.from('今借到'), Array.from('今借借到'))).toBe(1);
    expect(editDistance(Array.from('，于'), Array.from('：于'))).toBe(1);
    expect(editDistance([], Array.from('三个字'))).toBe(3);
    expect(editDistance(Array.from('人民法院'), Array.from('法院人民'))).toBe(4);
  });

  it('ignores whitespace, full-width spaces and line breaks, and counts characters not UTF-16 units', () => {
    expect(comparable('　　被告人张3，\n女。 ')).toEqual(Array.from('被告人张3，女。'));
    expect(countEdits('𠮷野家\n', '𠮷 野家')).toEqual({ edits: 0, chars: 3 });
  });

  it('folds full and half width only when asked', () => {
    expect(countEdits('［2017］￥80000', '[2017]¥80000')).toEqual({ edits: 3, chars: 12 });
    expect(countEdits('［2017］￥80000', '[2017]¥80000', true)).toEqual({ edits: 0, chars: 12 });
  });

  it('sums edits over pages before dividing (a long page weighs more than a short one)', () => {
    expect(
      charAccuracy([
        { edits: 1, chars: 100 },
        { edits: 3, chars: 100 },
      ]),
    ).toBeCloseTo(0.98, 10);
    expect(
      charAccuracy([
        { edits: 0, chars: 900 },
        { edits: 10, chars: 100 },
      ]),
    ).toBeCloseTo(0.99, 10);
    expect(charAccuracy([])).toBe(0);
  });
});
