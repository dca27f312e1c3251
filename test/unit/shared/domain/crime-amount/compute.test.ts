import { describe, expect, it } from 'vitest';
import { computeCrimeAmount, splitCounts } from '../../../../../shared/domain/crime-amount';
import { bicycleFacts } from '../../../../fixtures/crime-amount';

const counted = (facts: string, charge?: string) =>
  computeCrimeAmount(facts, charge)
    .items.filter((i) => i.counted)
    .map((i) => i.amount);
const itemAt = (facts: string, text: string) => computeCrimeAmount(facts).items.find((i) => i.text === text);

describe('splitCounts', () => {
  it('splits numbered items, 第X起 and 此外 passages, keeping offsets', () => {
    const text = '检察院指控：1、2015年盗窃价值1000元。2、2016年盗窃2000元。第三起，2017年盗窃。此外，另盗窃500元。';
    const counts = splitCounts(text);
    expect(counts.map((c) => c.marker)).toEqual(['', '1、', '2、', '第三起，', '此外，']);
    for (const c of counts) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('does not split inside a decimal such as 1.2万', () => {
    expect(splitCounts('盗窃现金1.2万元。')).toHaveLength(1);
  });
});

describe('computeCrimeAmount', () => {
  it('sums the five bicycle thefts to 18,600 元, each linked to its sentence; resale and recovery not added', () => {
    const result = computeCrimeAmount(bicycleFacts, '盗窃');
    expect(result.total).toBe(18600);
    expect(result.consistent).toBe(true);
    const items = result.items.filter((i) => i.counted);
    expect(items.map((i) => i.count)).toEqual([1, 2, 3, 4, 5]);
    for (const item of items) {
      expect(bicycleFacts.slice(item.start, item.end)).toBe(item.text);
      expect(item.passage.text).toContain(item.text);
      expect(item.kind).toBe('盗窃价值');
    }
  });

  it('counts an appraised value instead of the value first stated (价值…经鉴定价值…)', () => {
    const facts = '被告人甲盗窃手机一部，被害人称价值2000元，经鉴定，该手机价值1800元。';
    expect(counted(facts)).toEqual([1800]);
    expect(itemAt(facts, '2000元')?.reason).toContain('鉴定');
  });

  it('does not count the same figure told again in one count (被盗…后该款…)', () => {
    expect(counted('被告人甲骗取被害人现金5000元，后将该款5000元用于赌博。')).toEqual([5000]);
  });

  it('counts three separate thefts of equal value each', () => {
    expect(
      counted('被告人甲盗得被害人乙现金4000元。同日，被告人甲又盗得被害人丙现金4000元。次日，被告人甲盗得被害人丁现金4000元。'),
    ).toEqual([4000, 4000, 4000]);
  });

  it('leaves out a count only others did (另案处理) and 分赃 shares of the same loot', () => {
    const facts = '1、被告人甲与乙（另案处理）盗窃现金600元，二人各分得300元。2、乙（另案处理）单独盗窃电脑一台，价值4000元。';
    const result = computeCrimeAmount(facts, '盗窃');
    expect(result.total).toBe(600);
    expect(itemAt(facts, '300元')).toMatchObject({ counted: false, kind: '分赃销赃' });
    expect(itemAt(facts, '4000元')?.reason).toContain('另案处理');
  });

  it('lists refunds, fines and loans but does not sum or subtract them', () => {
    const facts = '被告人甲骗取被害人乙人民币2万元。案发后，被告人甲退赔被害人1万元。甲曾向乙借款3000元。被告人甲被处罚金5000元。';
    const result = computeCrimeAmount(facts, '诈骗');
    expect(result.total).toBe(20000);
    expect(result.items.map((i) => i.kind)).toEqual(['诈骗金额', '退赔追回', '价款借款', '罚金罚款']);
  });

  it('checks a stated total against the items and prefers it when an item is missing', () => {
    const agreeing = '1、被告人甲盗窃现金1000元。2、被告人甲盗窃手机一部，价值2000元。综上，被告人甲盗窃财物共计价值3000元。';
    expect(computeCrimeAmount(agreeing)).toMatchObject({ total: 3000, statedTotal: 3000, consistent: true, itemsSum: 3000 });

    const missing = '1、被告人甲盗窃现金1000元。2、被告人甲盗窃手机一部。综上，被告人甲盗窃财物共计价值3500元。';
    const result = computeCrimeAmount(missing);
    expect(result).toMatchObject({ total: 3500, statedTotal: 3500, consistent: false, itemsSum: 1000 });
    expect(result.notes[0]).toContain('以所述总额为准');
  });

  it('reads a total given before its items (共计…，其中…) as the total, not as one more item', () => {
    const facts = '被告人甲先后收受他人财物共计3.5万元，其中收受乙1万元、丙2.5万元。';
    expect(computeCrimeAmount(facts, '受贿')).toMatchObject({ total: 35000, consistent: true });
  });

  it('sums the court’s findings, not the prosecution’s figures before them', () => {
    const facts = '公诉机关指控：被告人甲盗窃现金3000元。经审理查明：被告人甲盗窃现金2500元。';
    expect(counted(facts)).toEqual([2500]);
  });

  it('marks an approximate total (余元) as a floor', () => {
    const result = computeCrimeAmount('被告人甲盗窃现金3000余元。');
    expect(result).toMatchObject({ total: 3000, approximate: true });
  });

  it('says so when the facts hold no amount', () => {
    expect(computeCrimeAmount('被告人甲殴打乙致其轻伤。')).toMatchObject({ total: 0, items: [], notes: ['事实中未找到可计入的犯罪数额'] });
  });
});
