import { describe, expect, it } from 'vitest';
import thresholdFile from '../../../../../resources/criminal-law/amount-thresholds.json';
import type { ThresholdTable } from '../../../../../shared/domain/crime-amount';
import { assessThreshold } from '../../../../../shared/domain/crime-amount';

const table = thresholdFile as ThresholdTable;

describe('assessThreshold', () => {
  it('says a theft above every province’s figure reaches 数额较大, with the interpretation’s article', () => {
    const finding = assessThreshold(table, '盗窃罪', 18600);
    expect(finding).toMatchObject({ charge: '盗窃', reached: '数额较大', possibly: null });
    expect(finding?.citation).toBe('《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条');
    expect(finding?.explanation).toContain('各省');
  });

  it('inside a range it only possibly reaches the tier: the province’s figure decides', () => {
    expect(assessThreshold(table, '盗窃', 2000)).toMatchObject({ reached: null, possibly: '数额较大' });
    expect(assessThreshold(table, '盗窃', 50000)).toMatchObject({ reached: '数额较大', possibly: '数额巨大' });
    expect(assessThreshold(table, '盗窃', 800)?.explanation).toContain('未达到');
  });

  it('uses national figures for 受贿 and the doubled ones for 职务侵占', () => {
    expect(assessThreshold(table, '受贿', 250000)).toMatchObject({ reached: '数额巨大', possibly: null });
    expect(assessThreshold(table, '受贿', 250000)?.citation).toContain('第二条');
    expect(assessThreshold(table, '职务侵占', 50000)).toMatchObject({ reached: null, possibly: null });
    expect(assessThreshold(table, '职务侵占', 60000)).toMatchObject({ reached: '数额较大' });
  });

  it('names no tier where no interpretation in the data sets one, and nothing for other charges', () => {
    expect(assessThreshold(table, '合同诈骗', 100000)).toMatchObject({ reached: null, possibly: null, citation: '' });
    expect(assessThreshold(table, '故意伤害', 100000)).toBeNull();
  });
});
