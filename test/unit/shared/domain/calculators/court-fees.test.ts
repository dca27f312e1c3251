import { describe, expect, it } from 'vitest';
import { courtFee } from '../../../../../shared/domain/calculators';

// 《诉讼费用交纳办法》第十三条、第十四条; every figure below is worked by hand in its comment.
const fee = (input: Parameters<typeof courtFee>[0]) => courtFee(input).result;

describe('courtFee', () => {
  it('财产案件 by cumulative tiers (第十三条第(一)项)', () => {
    // 10万: 50 + (100,000 − 10,000) × 2.5% = 50 + 2,250 = 2,300.
    expect(fee({ kind: 'property', amount: '100000' }).display).toBe('2,300.00元');
    // 50万: 2,300 + 100,000 × 2% + 300,000 × 1.5% = 2,300 + 2,000 + 4,500 = 8,800.
    expect(fee({ kind: 'property', amount: '500000' }).minFen).toBe(880_000);
    // 1000万: 8,800 + 500,000×1% + 1,000,000×0.9% + 3,000,000×0.8% + 5,000,000×0.7%
    //       = 8,800 + 5,000 + 9,000 + 24,000 + 35,000 = 81,800.
    const big = courtFee({ kind: 'property', amount: '10000000' });
    expect(big.result.display).toBe('81,800.00元');
    expect(big.steps.map((s) => s.value)).toEqual([
      '50.00元',
      '2,250.00元',
      '2,000.00元',
      '4,500.00元',
      '5,000.00元',
      '9,000.00元',
      '24,000.00元',
      '35,000.00元',
      '81,800.00元',
    ]);
    expect(big.steps[1]).toMatchObject({ label: '第2段：超过1万元至10万元的部分', formula: '(100,000.00元 − 10,000.00元) × 2.5%' });
    // 5,000 元: only the first tier, 50 per case.
    expect(fee({ kind: 'property', amount: '5000' }).display).toBe('50.00元');
    // 100,001.01 元: 2,300 + 1.01 × 2% = 2,300 + 0.0202 → 0.02 (rounded to the 分).
    expect(fee({ kind: 'property', amount: '100001.01' }).display).toBe('2,300.02元');
  });

  it('halves 案件受理费 once for 简易程序 (第十六条) and 调解/撤诉 (第十五条)', () => {
    // 10万 简易: 2,300 ÷ 2 = 1,150; 50万: 4,400; 1000万: 40,900.
    expect(fee({ kind: 'property', amount: '100000', simpleProcedure: true }).display).toBe('1,150.00元');
    expect(fee({ kind: 'property', amount: '500000', simpleProcedure: true }).display).toBe('4,400.00元');
    expect(fee({ kind: 'property', amount: '10000000', simpleProcedure: true }).display).toBe('40,900.00元');
    const both = courtFee({ kind: 'property', amount: '100000', simpleProcedure: true, mediatedOrWithdrawn: true });
    expect(both.result.display).toBe('1,150.00元');
    expect(both.citations.map((c) => c.articleLabel)).toEqual(['第十三条', '第十六条', '第十五条']);
    expect(both.rules.join('')).toMatch(/只减半一次/);
    // 劳动争议 10 元, 调解 → 5 元.
    expect(fee({ kind: 'labor', mediatedOrWithdrawn: true }).display).toBe('5.00元');
    expect(() => courtFee({ kind: 'execution', amount: '1000', simpleProcedure: true })).toThrow(/减半交纳只适用于案件受理费/);
  });

  it('离婚 with property over 20万 (第十三条第(二)项第1目)', () => {
    // 30万 property: 50–300 per case + (300,000 − 200,000) × 0.5% = 500 → 550 至 800.
    expect(fee({ kind: 'divorce', amount: '300000' })).toMatchObject({ minFen: 55_000, maxFen: 80_000, display: '550.00元至800.00元' });
    // With the province's 200 元: 200 + 500 = 700.
    expect(fee({ kind: 'divorce', amount: '300000', perCaseFee: '200' }).display).toBe('700.00元');
    // 15万: not over 20万, nothing more.
    expect(fee({ kind: 'divorce', amount: '150000', perCaseFee: '100' }).display).toBe('100.00元');
    expect(() => courtFee({ kind: 'divorce', perCaseFee: '400' })).toThrow('离婚案件每件为50.00元至300.00元，所填400.00元不在此幅度内');
  });

  it('人格权, 知识产权, 行政, 管辖权异议 per case', () => {
    // 人格权 damages 20万: 100–500 + (100,000 − 50,000) × 1% + (200,000 − 100,000) × 0.5% = 500 + 500 → 1,100 至 1,500.
    expect(fee({ kind: 'personality', amount: '200000' }).display).toBe('1,100.00元至1,500.00元');
    expect(fee({ kind: 'intellectualProperty' }).display).toBe('500.00元至1,000.00元');
    // 知识产权 with 10万 in dispute: as a property case, 2,300.
    expect(fee({ kind: 'intellectualProperty', amount: '100000' }).display).toBe('2,300.00元');
    expect(fee({ kind: 'administrative' }).display).toBe('50.00元');
    expect(fee({ kind: 'administrative', trademarkPatentMaritime: true }).display).toBe('100.00元');
    expect(fee({ kind: 'jurisdictionObjection' }).display).toBe('50.00元至100.00元');
  });

  it('申请执行费 and 申请保全费 by tiers, 保全费 capped at 5,000 (第十四条)', () => {
    // 执行 50万: 50 + (500,000 − 10,000) × 1.5% = 50 + 7,350 = 7,400.
    expect(fee({ kind: 'execution', amount: '500000' }).display).toBe('7,400.00元');
    expect(fee({ kind: 'execution' }).display).toBe('50.00元至500.00元');
    // 保全 10万: 30 + (100,000 − 1,000) × 1% = 30 + 990 = 1,020.
    expect(fee({ kind: 'preservation', amount: '100000' }).display).toBe('1,020.00元');
    // 保全 100万: 30 + 990 + (1,000,000 − 100,000) × 0.5% = 5,520 > 5,000 → 5,000.
    const capped = courtFee({ kind: 'preservation', amount: '1000000' });
    expect(capped.result.display).toBe('5,000.00元');
    expect(capped.steps.find((s) => s.label === '保全费上限')?.formula).toBe('5,520.00元超过上限，按最多5,000.00元交纳');
    // Below the cap: 80万 → 30 + 990 + 700,000 × 0.5% = 4,520.
    expect(fee({ kind: 'preservation', amount: '800000' }).display).toBe('4,520.00元');
    expect(fee({ kind: 'preservation' }).display).toBe('30.00元');
  });
});
