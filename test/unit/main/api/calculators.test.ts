import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import type { CallerContext } from '../../../../main/api/caller';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';
import { hasStatuteData, subsetFolder } from '../services/laws/statute-data';

// The three calculators through the real dispatcher: role check, zod validation in Chinese, the
// service's refusals, and the cited articles' texts from a statute store holding the real texts.
const web = localCaller('web');
const adminOnly: CallerContext = { ...web, roles: ['admin'] };
const calculatorLaws = [
  '诉讼费用交纳办法',
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定',
  '最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释',
];

interface Calc {
  result: Record<string, unknown>;
  steps: { label: string; formula: string; value: string }[];
  citations: { law: string; articleLabel: string; text?: string | null }[];
  rules: string[];
}

describe('calculators channels', () => {
  let t: TempApp;
  beforeAll(async () => {
    t = openTempApp();
    if (hasStatuteData) {
      const folder = subsetFolder(t.dir, (row) => calculatorLaws.includes(row.name));
      const imported = await t.app.invoke('laws.importFolder', { folder }, web);
      expect(imported.ok).toBe(true);
    }
  }, 120_000);
  afterAll(() => t.cleanup());

  const call = async (channel: string, payload: object, caller = web) => {
    const result = await t.app.invoke(channel, payload, caller);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Calc;
  };
  const refusal = async (channel: string, payload: object, caller = web) => {
    const result = await t.app.invoke(channel, payload, caller);
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  };

  it('computes 诉讼费 with each tier, halving, and 第十三条 / 第十六条 with their texts from the store', async () => {
    // 50万: 50 + 90,000×2.5% + 100,000×2% + 300,000×1.5% = 8,800; 简易程序 ÷ 2 = 4,400.
    const fee = await call('calculators.courtFees', { kind: 'property', amount: '500,000', simpleProcedure: true });
    expect(fee.result).toMatchObject({ minFen: 440_000, maxFen: 440_000, halved: true, display: '4,400.00元' });
    expect(fee.steps.map((s) => s.value)).toEqual(['50.00元', '2,250.00元', '2,000.00元', '4,500.00元', '4,400.00元', '4,400.00元']);
    expect(fee.citations.map((c) => c.articleLabel)).toEqual(['第十三条', '第十六条']);
    if (hasStatuteData) {
      expect(fee.citations[0]!.text).toMatch(/^第十三条 案件受理费分别按照下列标准交纳/);
      expect(fee.citations[1]!.text).toMatch(/适用简易程序审理的案件减半交纳案件受理费/);
    }
  });

  it('computes 迟延履行 interest and 民间借贷 interest with the 2015 cap, the LPR cap at filing and 第三十一条第二款', async () => {
    const delay = await call('calculators.delayInterest', { debt: 100000, deadline: '2024-01-10', endDate: '2024-04-19' });
    expect(delay.result).toMatchObject({ doubledInterestFen: 175_000, delayDays: 100 });
    if (hasStatuteData) expect(delay.citations[0]!.text).toMatch(/日万分之一点七五/);

    const lending = await call('calculators.lendingInterest', {
      principal: '100000',
      contractDate: '2019-01-01',
      filingDate: '2022-03-01',
      startDate: '2019-01-01',
      endDate: '2021-12-31',
      rate: { basis: 'month', percent: '2' },
    });
    expect(lending.result).toMatchObject({ supportedInterestFen: 5_948_821, excessInterestFen: 1_257_754 });
    const paragraph = lending.citations.find((c) => c.articleLabel === '第三十一条第二款');
    expect(paragraph).toBeDefined();
    if (hasStatuteData) expect(paragraph!.text).toMatch(/2020年8月20日之后新受理的一审民间借贷案件/);
    // The store's 第二十六条 is the 2020 text (借据、收据…): the 2015 article is cited without it.
    const old = lending.citations.find((c) => c.law.includes('2015'));
    expect(old).toMatchObject({ articleLabel: '第二十六条', text: null });
  });

  it('refuses bad input in Chinese, naming the field', async () => {
    const negative = await refusal('calculators.courtFees', { kind: 'property', amount: '-5' });
    expect(negative.code).toBe('VALIDATION');
    expect(negative.message).toMatch(/amount：金额不能为负数/);

    const unknown = await refusal('calculators.courtFees', { kind: 'bankruptcy', amount: '5' });
    expect(unknown.message).toMatch(/kind：未知的案件类型/);

    const backwards = await refusal('calculators.lendingInterest', {
      principal: '1000',
      contractDate: '2022-01-01',
      filingDate: '2023-01-01',
      startDate: '2022-06-01',
      endDate: '2022-05-01',
    });
    expect(backwards).toMatchObject({ code: 'VALIDATION', field: 'endDate', message: '计息截止日不能早于起息日' });

    const outside = await refusal('calculators.courtFees', { kind: 'divorce', perCaseFee: '400' });
    expect(outside).toMatchObject({ code: 'VALIDATION', field: 'perCaseFee' });
    expect(outside.message).toMatch(/50.00元至300.00元/);

    const late = await refusal('calculators.delayInterest', {
      debt: '1000',
      deadline: '2024-01-10',
      endDate: '2024-02-01',
      payments: [{ date: '2024-03-01', amount: '10' }],
    });
    expect(late).toMatchObject({ field: 'payments.0.date' });
  });

  it('is for judges and clerks, and writes nothing to the audit log', async () => {
    const forbidden = await refusal('calculators.courtFees', { kind: 'labor' }, adminOnly);
    expect(forbidden.code).toBe('FORBIDDEN');
    const before = await t.app.invoke('audit.list', {}, web);
    await call('calculators.courtFees', { kind: 'labor' });
    const after = await t.app.invoke('audit.list', {}, web);
    expect(after).toEqual(before);
  });
});
