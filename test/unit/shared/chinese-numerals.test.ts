import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseToInt, intToChinese } from '../../../shared/domain/chinese-numerals';

describe('chineseToInt', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['一十一', 11],
    ['二十', 20],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百二十', 120],
    ['六百六十七', 667],
    ['一千', 1000],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['一千〇一十', 1010],
    ['一千零十', 1010],
    ['一千零五十', 1050],
    ['一千二百六十', 1260],
    ['两百', 200],
    ['两千', 2000],
    ['两万', 20_000],
    ['一万', 10_000],
    ['一万零一', 10_001],
    ['一万零一百', 10_100],
    ['一万一千', 11_000],
    ['十万', 100_000],
    ['一百二十三万四千五百六十七', 1_234_567],
    ['壹佰贰拾', 120],
    ['叁仟零伍', 3005],
    ['玖拾玖', 99],
    ['拾', 10],
    ['679', 679],
    ['０６７９', 679],
    ['６７９', 679],
  ])('%s → %i', (text, expected) => {
    expect(chineseToInt(text)).toBe(expected);
  });

  it.each([
    [''],
    ['十十'],
    ['百'],
    ['千'],
    ['万'],
    ['一百零零五'],
    ['一百五'], // colloquially 150, to a careless reader 105: refuse rather than guess
    ['一千五十'], // gap without 零
    ['一百十'],
    ['一十零五'],
    ['一百零'],
    ['零五'],
    ['二二'],
    ['两十'],
    ['十两'],
    ['两'],
    ['一万一百'],
    ['一万二'],
    ['一万零一千'],
    ['一万万'],
    ['万一'],
    ['1万'],
    ['一二三'],
    ['第一'],
    [' 一'],
    ['12a'],
    ['百零五'],
  ])('rejects %j', (text) => {
    expect(chineseToInt(text)).toBeNull();
  });
});

describe('intToChinese', () => {
  it.each([
    [0, '零'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
    [120, '一百二十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1260, '一千二百六十'],
    [2000, '二千'],
    [10_000, '一万'],
    [10_001, '一万零一'],
    [10_010, '一万零一十'],
    [11_000, '一万一千'],
    [100_000, '十万'],
    [110_000, '十一万'],
  ])('%i → %s', (n, expected) => {
    expect(intToChinese(n)).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN], [100_000_000]])('throws RangeError for %d', (n) => {
    expect(() => intToChinese(n)).toThrow(RangeError);
  });

  it('round-trips every article number from 1 to 10,000', () => {
    const failures: number[] = [];
    for (let n = 1; n <= 10_000; n += 1) {
      if (chineseToInt(intToChinese(n)) !== n) failures.push(n);
    }
    expect(failures).toEqual([]);
  });

  it('round-trips any integer it can spell (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => chineseToInt(intToChinese(n)) === n),
      { numRuns: 5_000 },
    );
  });

  it('never writes 一十 at the start, and every spelling is distinct (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (a, b) => {
        expect(intToChinese(a).startsWith('一十')).toBe(false);
        return a === b || intToChinese(a) !== intToChinese(b);
      }),
    );
  });
});
