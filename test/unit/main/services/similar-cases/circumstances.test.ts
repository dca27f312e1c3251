import { describe, expect, it } from 'vitest';
import { findCircumstances } from '../../../../../main/services/similar-cases/circumstances';

const labels = (text: string) => findCircumstances(text).map((c) => c.label);

describe('circumstances by rule, with spans', () => {
  it('finds sentencing circumstances and where they stand', () => {
    const text = '被告人系累犯。到案后如实供述自己的罪行，赔偿了被害人经济损失并取得谅解，自愿认罪认罚。';
    expect(labels(text)).toEqual(['坦白', '累犯', '退赃退赔', '取得谅解', '认罪认罚']);
    const recidivist = findCircumstances(text).find((c) => c.id === 'recidivist');
    expect(recidivist?.span).toEqual({ start: 4, end: 6, text: '累犯' });
    expect(text.slice(recidivist?.span.start, recidivist?.span.end)).toBe('累犯');
  });
  it('does not count negated mentions', () => {
    expect(labels('被告人不构成自首，未取得被害人谅解，不属累犯')).toEqual([]);
  });
  it('reads amounts in yuan (the largest) and interest rates as annual percent', () => {
    const civil = findCircumstances('借款人民币50000元，约定月利率2%，后又借款人民币3万元，由王某提供连带保证，出具借条。');
    const byId = Object.fromEntries(civil.map((c) => [c.id, c.value]));
    expect(byId).toEqual({ amount: 50000, interestRate: 24, guarantee: null, iou: null });
    expect(findCircumstances('约定年息一分')[0]?.value).toBe(10);
    expect(findCircumstances('月息2分')[0]?.value).toBe(24);
  });
});
