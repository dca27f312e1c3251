import { describe, expect, it } from 'vitest';
import { neutraliseIdentity } from '../../../../shared/domain/neutralise-identity';
import { pythonMap, realFacts } from '../../../helpers/python-mirror';

describe('neutraliseIdentity', () => {
  it('replaces masked and given names, gender, ethnicity, birthplace and occupation', () => {
    const text = '被告人李×1，男，汉族，1980年3月5日出生于河南省信阳市，农民。被告人李×1伙同王某某、张3于2017年5月殴打被害人孟便芬，';
    expect(neutraliseIdentity(text, { names: ['孟便芬'] })).toBe(
      '被告人某，某性别，某族，1980年3月5日出生于某地，某职业。被告人某伙同某、某于2017年5月殴打被害人某，',
    );
  });

  it('keeps what is not identity: dates, amounts, places of the crime, 发生于', () => {
    const text = '2017年3月，被告人于某在本市朝阳区盗窃现金3万元，事故发生于2017年5月。';
    expect(neutraliseIdentity(text)).toBe('2017年3月，被告人某在本市朝阳区盗窃现金3万元，事故发生于2017年5月。');
  });

  it('keeps amounts after a masked name, arithmetic ×, and the 司 of 公司', () => {
    expect(neutraliseIdentity('给谷某甲900元，给刘某1等人，李×17800元')).toBe('给某900元，给某等人，某7800元');
    expect(neutraliseIdentity('刑期5年×30%')).toBe('刑期5年×30%');
    expect(neutraliseIdentity('从强盛有限公司马某某住处扣押')).toBe('从强盛有限公司某住处扣押');
  });

  it('gives the same text for particulars that differ only in identity', () => {
    const a = neutraliseIdentity('被告人张伟，女，汉族，出生于北京市朝阳区，公司职员。张伟盗窃。', { names: ['张伟'] });
    const b = neutraliseIdentity('被告人买买提·艾力，男，维吾尔族，出生于新疆维吾尔自治区喀什市，无业。买买提·艾力盗窃。', {
      names: ['买买提·艾力'],
    });
    expect(a).toBe(b);
  });

  it('matches the Python mirror used in training on real case texts', () => {
    const facts = realFacts();
    expect(facts.length).toBeGreaterThan(300);
    const expected = pythonMap('neutralise', 'neutralise_identity(item)', facts);
    const actual = facts.map((fact) => neutraliseIdentity(fact));
    const firstDiff = actual.findIndex((text, i) => text !== expected[i]);
    expect(firstDiff, firstDiff >= 0 ? `${actual[firstDiff]}\n${String(expected[firstDiff])}` : '').toBe(-1);
  });
});
