import { describe, expect, it } from 'vitest';
import { findMoney, formatYuan, parseAmountNumber } from '../../../../../shared/domain/crime-amount';

describe('parseAmountNumber', () => {
  it.each([
    ['3000', 3000],
    ['3,980', 3980],
    ['2027.9', 2027.9],
    ['１２００', 1200],
    ['1.2万', 12000],
    ['1万5千', 15000],
    ['十万', 100000],
    ['一万零五百', 10500],
    ['十二万三千四百五十六', 123456],
    ['壹万贰仟', 12000],
    ['两千', 2000],
    ['三千五', 3500],
    ['1.5亿', 150_000_000],
  ])('%s → %d', (text, value) => {
    expect(parseAmountNumber(text)).toBe(value);
  });

  it('refuses what is not a number', () => {
    expect(parseAmountNumber('')).toBeNull();
    expect(parseAmountNumber('3a')).toBeNull();
  });
});

describe('findMoney', () => {
  it('reads 人民币, 万元, 余元, Chinese numerals, ranges, 角 and 分, with their offsets', () => {
    const text = '价值人民币3000元，窃得现金1.2万余元及壹万贰仟元，损失3000元至5000元，另有5元5角。';
    const found = findMoney(text);
    expect(found.map((m) => [m.value, m.approximate])).toEqual([
      [3000, false],
      [12000, true],
      [12000, false],
      [3000, false],
      [5.5, false],
    ]);
    expect(found[0]?.text).toBe('人民币3000元');
    expect(text.slice(found[1]?.start, found[1]?.end)).toBe('1.2万余元');
    expect(found[3]?.range).toEqual({ low: 3000, high: 5000 });
  });

  it('reads 三千余元 and 200多元 as floors, and marks foreign currency', () => {
    const found = findMoney('盗得现金三千余元、200多元和100美元');
    expect(found.map((m) => [m.value, m.approximate, m.currency])).toEqual([
      [3000, true, 'CNY'],
      [200, true, 'CNY'],
      [100, false, 'other'],
    ]);
  });

  it('does not read 数万元 or a 单元 number as an amount', () => {
    expect(findMoney('涉案数万元，住3单元')).toEqual([]);
  });

  it('formats 元 with thousands separators', () => {
    expect(formatYuan(18600)).toBe('18,600元');
    expect(formatYuan(2027.9)).toBe('2,027.90元');
  });
});
