import { describe, expect, it } from 'vitest';
import { delayInterest } from '../../../../../shared/domain/calculators';

// 加倍部分债务利息 = 未履行金钱债务 × 1.75/10000 × 迟延履行期间 (法释〔2014〕8号第一条).
describe('delayInterest', () => {
  it('100,000 元 over 100 days is 1,750 元', () => {
    // Deadline 2024-01-10; delay 2024-01-11 … 2024-04-19 = 21 + 29 + 31 + 19 = 100 days.
    // 100,000 × 0.000175 × 100 = 1,750.
    const { result, steps, citations } = delayInterest({ debt: '100000', deadline: '2024-01-10', endDate: '2024-04-19' });
    expect(result).toMatchObject({ doubledInterestFen: 175_000, totalInterestFen: 175_000, delayDays: 100, remainingDebtFen: 10_000_000 });
    expect(steps[0]).toMatchObject({
      label: '加倍部分债务利息 2024-01-11 至 2024-04-19',
      formula: '100,000.00元 × 1.75/10000 × 100天',
      value: '1,750.00元',
    });
    expect(citations.map((c) => c.articleLabel)).toEqual(['第一条', '第二条', '第三条']);
  });

  it('partial payments go to the debt first, then to the doubled interest (第四条)', () => {
    // 2024-01-11 … 2024-02-19 = 40 days on 100,000: 700; pay 50,000 → debt 50,000.
    // 2024-02-20 … 2024-04-19 = 60 days on 50,000: 525; pay 50,300 → 50,000 to the debt, 300 to the interest.
    // Doubled interest 700 + 525 = 1,225; 300 paid, 925 left; 一般债务利息 1,000 given → total 2,225.
    const { result, citations } = delayInterest({
      debt: '100000',
      deadline: '2024-01-10',
      endDate: '2024-04-19',
      payments: [
        { date: '2024-04-19', amount: '50300' },
        { date: '2024-02-19', amount: '50000' },
      ],
      generalInterest: '1000',
    });
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.interestFen])).toEqual([
      ['2024-01-11', '2024-02-19', 40, 70_000],
      ['2024-02-20', '2024-04-19', 60, 52_500],
    ]);
    expect(result).toMatchObject({
      doubledInterestFen: 122_500,
      doubledInterestPaidFen: 30_000,
      remainingDebtFen: 0,
      remainingDoubledInterestFen: 92_500,
      totalInterestFen: 222_500,
    });
    expect(citations.map((c) => c.articleLabel)).toContain('第四条');
  });

  it('a payment before the deadline lowers the debt without interest; no delay, no interest', () => {
    // Pay 40,000 on the deadline: 60,000 × 0.000175 × 10 days = 105.
    expect(
      delayInterest({ debt: '100000', deadline: '2024-01-10', endDate: '2024-01-20', payments: [{ date: '2024-01-10', amount: '40000' }] })
        .result.doubledInterestFen,
    ).toBe(10_500);
    expect(delayInterest({ debt: '100000', deadline: '2024-01-10', endDate: '2024-01-10' }).result).toMatchObject({
      doubledInterestFen: 0,
      delayDays: 0,
    });
    expect(() => delayInterest({ debt: '100000', deadline: '2024-01-10', endDate: '2024-01-01' })).toThrow(
      '计算截止日不能早于履行期间届满之日',
    );
    expect(() => delayInterest({ debt: '0', deadline: '2024-01-10', endDate: '2024-02-01' })).toThrow('未履行的金钱债务须大于0');
  });
});
