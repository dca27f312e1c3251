import { describe, expect, it } from 'vitest';
import lprTable from '../../../../../resources/lpr/lpr-one-year.json';
import { lendingCapRule, lendingInterest, lprLookup } from '../../../../../shared/domain/calculators';

// The project's LPR table, looked up as the service does.
const lpr = lprLookup(lprTable);

describe('lendingInterest', () => {
  it('a 2019 contract filed in 2022: 24 % until 2020-08-19, then 4 × the LPR at filing (第三十一条第二款)', () => {
    // 月息2分 = 2 %/month = 24 %/year, on 100,000 from 2019-01-01 to 2021-12-31.
    // (1) 2019-01-01 … 2020-08-19: 365 + 232 = 597 days; cap 24 % (2015 规定):
    //     100,000 × 24% × 597 / 365 = 39,254.794… → 39,254.79, all supported.
    // (2) 2020-08-20 … 2021-12-31: 134 + 365 = 499 days; LPR on 2022-03-01 is 3.7 % (from 2022-01-20),
    //     cap 14.8 %: 100,000 × 14.8% × 499 / 365 = 20,233.4246… → 20,233.42 supported;
    //     agreed 100,000 × 24% × 499 / 365 = 32,810.958… → 32,810.96; not supported 12,577.54.
    // Supported 39,254.79 + 20,233.42 = 59,488.21.
    const { result, citations } = lendingInterest(
      {
        principal: '100000',
        contractDate: '2019-01-01',
        filingDate: '2022-03-01',
        startDate: '2019-01-01',
        endDate: '2021-12-31',
        rate: { basis: 'month', percent: '2' },
      },
      lpr,
    );
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.capRate, p.supportedInterestFen, p.excessInterestFen])).toEqual([
      ['2019-01-01', '2020-08-19', 597, '24%', 3_925_479, 0],
      ['2020-08-20', '2021-12-31', 499, '14.8%', 2_023_342, 1_257_754],
    ]);
    expect(result).toMatchObject({ supportedInterestFen: 5_948_821, excessInterestFen: 1_257_754, outstandingTotalFen: 15_948_821 });
    expect(result.lprUsed).toEqual([{ date: '2022-03-01', percent: '3.7%', from: '2022-01-20', stale: false, why: '起诉时' }]);
    expect(citations.map((c) => c.articleLabel)).toEqual(['第三十一条第二款', '第二十六条', '一、关于适用范围问题']);
  });

  it('a 2022 contract: 4 × the LPR at formation (第二十五条), overdue at the term rate (第二十八条), repayment interest first (民法典第五百六十一条)', () => {
    // LPR on 2022-03-01: 3.7 % → cap 14.8 %; agreed 24 %/year; due 2023-02-28; 10,000 repaid 2022-08-31.
    // (1) 2022-03-01 … 2022-08-31, 184 days on 100,000: supported 100,000 × 14.8% × 184/365 = 7,460.8219 → 7,460.82;
    //     agreed 12,098.630… → 12,098.63; not supported 4,637.81. Repayment: 7,460.82 interest, 2,539.18 principal → 97,460.82.
    // (2) 2022-09-01 … 2023-02-28, 181 days on 97,460.82: 14.8% → 7,152.82; 24% → 11,599.17; excess 4,446.35.
    // (3) 2023-03-01 … 2023-08-31 (逾期, no overdue rate → 借期内 24 %), 184 days: 7,271.38; 11,791.42; excess 4,520.04.
    // Supported 7,460.82 + 7,152.82 + 7,271.38 = 21,885.02; unpaid 21,885.02 − 7,460.82 = 14,424.20.
    const { result, citations, steps } = lendingInterest(
      {
        principal: '100000',
        contractDate: '2022-03-01',
        filingDate: '2023-09-01',
        startDate: '2022-03-01',
        endDate: '2023-08-31',
        dueDate: '2023-02-28',
        rate: { basis: 'year', percent: '24' },
        repayments: [{ date: '2022-08-31', amount: '10000' }],
      },
      lpr,
    );
    expect(result.periods.map((p) => [p.phase, p.days, p.principalFen, p.supportedInterestFen, p.excessInterestFen])).toEqual([
      ['借期内', 184, 10_000_000, 746_082, 463_781],
      ['借期内', 181, 9_746_082, 715_282, 444_635],
      ['逾期', 184, 9_746_082, 727_138, 452_004],
    ]);
    expect(result.periods[0]!.repayment).toEqual({
      amountFen: 1_000_000,
      toInterestFen: 746_082,
      toPrincipalFen: 253_918,
      unappliedFen: 0,
    });
    expect(result).toMatchObject({
      supportedInterestFen: 2_188_502,
      excessInterestFen: 1_360_420,
      outstandingPrincipalFen: 9_746_082,
      outstandingInterestFen: 1_442_420,
    });
    expect(citations.map((c) => c.articleLabel)).toEqual(['第二十五条', '第二十八条', '一、关于适用范围问题', '第五百六十一条']);
    expect(steps.some((s) => s.formula.includes('合同成立时一年期LPR 3.7% × 4'))).toBe(true);
  });

  it('a case filed before 2020-08-20 stays under the 2015 cap; principal first when agreed; no agreed rate, no interest', () => {
    // 36 %/year on 50,000 for 2018-01-01 … 2018-12-31 (365 days): supported 24 % = 12,000; excess 12 % = 6,000.
    const old = lendingInterest(
      {
        principal: '50000',
        contractDate: '2018-01-01',
        filingDate: '2019-06-01',
        startDate: '2018-01-01',
        endDate: '2018-12-31',
        rate: { basis: 'year', percent: '36' },
      },
      lpr,
    );
    expect(old.result).toMatchObject({ supportedInterestFen: 1_200_000, excessInterestFen: 600_000 });
    expect(old.citations[0]).toMatchObject({ articleLabel: '第三十一条第一款' });

    // 本金先还 by agreement: 50,000 repaid on the last day all goes to principal, the interest stays.
    const first = lendingInterest(
      {
        principal: '50000',
        contractDate: '2018-01-01',
        filingDate: '2019-06-01',
        startDate: '2018-01-01',
        endDate: '2018-12-31',
        rate: { basis: 'year', percent: '12' },
        repayments: [{ date: '2018-12-31', amount: '50000' }],
        allocation: 'principalFirst',
      },
      lpr,
    );
    expect(first.result).toMatchObject({ outstandingPrincipalFen: 0, outstandingInterestFen: 600_000 });

    const none = lendingInterest(
      { principal: '1000', contractDate: '2022-01-01', filingDate: '2023-01-01', startDate: '2022-01-01', endDate: '2022-12-31' },
      lpr,
    );
    expect(none.result.supportedInterestFen).toBe(0);
    expect(none.citations[0]).toMatchObject({ articleLabel: '第二十四条' });
  });

  it('refuses what cannot be computed', () => {
    const base = {
      principal: '1000',
      contractDate: '2022-01-01',
      filingDate: '2023-01-01',
      startDate: '2022-01-01',
      endDate: '2022-12-31',
    };
    expect(() => lendingInterest({ ...base, endDate: '2021-12-31' }, lpr)).toThrow('计息截止日不能早于起息日');
    expect(() => lendingInterest({ ...base, principal: '0' }, lpr)).toThrow('借款本金须大于0');
    expect(() => lendingInterest({ ...base, repayments: [{ date: '2023-02-01', amount: '5' }] }, lpr)).toThrow(/不在计息期间内/);
  });
});

describe('lprLookup and lendingCapRule', () => {
  it('the rate of the last change on or before the date; none before 2019-08-20; stale after the last check', () => {
    expect(lpr('2019-08-19')).toBeNull();
    expect(lpr('2019-08-20')).toEqual({ percent: 4.25, from: '2019-08-20', stale: false });
    expect(lpr('2022-01-19')).toMatchObject({ percent: 3.8, from: '2021-12-20' });
    expect(lpr('2099-01-01')).toMatchObject({ stale: true });
  });

  it('the cap by contract and filing dates (第二十五条, 第三十一条)', () => {
    expect(lendingCapRule('2021-03-01', '2023-03-01', lpr)).toMatchObject({
      regime: 'lprAtContract',
      percent: 15.4,
      percentText: '15.4%',
      lpr: { date: '2021-03-01', why: '合同成立时' },
    });
    expect(lendingCapRule('2019-06-01', '2022-03-01', lpr)).toMatchObject({
      regime: 'lprAtFiling',
      percentText: '14.8%',
      lpr: { date: '2022-03-01' },
    });
    expect(lendingCapRule('2019-06-01', '2022-03-01', lpr, '2020-08-19')).toMatchObject({ regime: 'old2015', percent: 24, lpr: null });
    expect(lendingCapRule('2019-06-01', '2019-09-01', lpr)).toMatchObject({ regime: 'old2015', percentText: '24%' });
  });
});
