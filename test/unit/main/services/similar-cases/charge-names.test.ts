import { describe, expect, it } from 'vitest';
import { chargeFilterNames, chargeKey, chargeRelation, sameCharge } from '../../../../../main/services/similar-cases/charge-names';
import { inferenceSkip, usableCharges } from '../../../../../main/services/similar-cases/inferred-charges';

describe('charge names across conventions', () => {
  it('matches with or without 罪 and in CAIL bracket form, and never a neighbouring charge', () => {
    expect(sameCharge('受贿罪', '受贿')).toBe(true);
    expect(sameCharge('受贿罪', '非国家工作人员受贿罪')).toBe(false);
    expect(sameCharge('非国家工作人员受贿罪', '受贿罪')).toBe(false);
    expect(sameCharge('走私、贩卖、运输、制造毒品罪', '[走私、贩卖、运输、制造]毒品')).toBe(true);
    expect(chargeKey('[窝藏、包庇]')).toBe('窝藏、包庇');
  });

  it('a conviction of one form of a 选择性罪名 matches the whole charge', () => {
    expect(sameCharge('贩卖毒品罪', '[走私、贩卖、运输、制造]毒品')).toBe(true);
    expect(sameCharge('贩卖毒品罪', '走私、贩卖、运输、制造毒品罪')).toBe(true);
    expect(sameCharge('容留卖淫罪', '[组织、强迫、引诱、容留、介绍]卖淫')).toBe(true);
    expect(sameCharge('组织卖淫罪', '协助组织卖淫罪')).toBe(false);
    expect(sameCharge('非法持有枪支罪', '非法[持有、私藏][枪支、弹药]')).toBe(true);
    expect(chargeRelation('贩卖毒品罪', '走私、贩卖、运输、制造毒品罪')).toBe('form');
    expect(chargeRelation('走私、贩卖、运输、制造毒品罪', '[走私、贩卖、运输、制造]毒品')).toBe('same');
    expect(chargeFilterNames('[走私、贩卖]毒品')).toEqual(['走私、贩卖毒品罪', '走私毒品罪', '贩卖毒品罪']);
  });
});

describe('when a charge is inferred', () => {
  const facts = '公诉机关指控：被告人王某在某超市内盗窃香烟两条，价值人民币八百元，后被当场抓获。';
  const ask = { query: facts, mode: 'facts', method: 'hybrid' } as const;

  it('only for criminal facts with no stated charge, in the hybrid ranking, unless switched off', () => {
    expect(inferenceSkip(ask)).toBeNull();
    expect(inferenceSkip({ ...ask, inferCharges: false })).toBe('off');
    expect(inferenceSkip({ ...ask, query: `${facts}公诉机关认为其行为构成盗窃罪。` })).toBe('stated');
    expect(inferenceSkip({ ...ask, filters: { causes: ['盗窃'] } })).toBe('stated');
    expect(inferenceSkip({ ...ask, method: 'lexical' })).toBe('notFacts');
    expect(inferenceSkip({ ...ask, query: '自首 盗窃' })).toBe('notFacts');
    expect(inferenceSkip({ ...ask, query: '原告诉称：被告向原告借款十万元，约定月息二分，到期未还，请求判令被告归还借款本息。' })).toBe(
      'notCriminal',
    );
  });

  it('keeps the confident charges, named as the corpus names them, strongest first', () => {
    expect(
      usableCharges([
        { name: '盗窃', confidence: 0.41 },
        { name: '[走私、贩卖、运输、制造]毒品', confidence: 0.8 },
        { name: '诈骗', confidence: 0.12 },
      ]),
    ).toEqual([
      { name: '走私、贩卖、运输、制造毒品罪', confidence: 0.8 },
      { name: '盗窃罪', confidence: 0.41 },
    ]);
  });
});
