import { describe, expect, it } from 'vitest';
import { parseRateText } from '../../../../../shared/domain/calculators';

describe('parseRateText', () => {
  it('reads 分/厘 by period: a month’s 分 is 1 %, a year’s 分 is 10 %', () => {
    expect(parseRateText('月息2分')).toEqual({ basis: 'month', percent: '2' });
    expect(parseRateText('月息一分五厘')).toEqual({ basis: 'month', percent: '1.5' });
    expect(parseRateText('月息5厘')).toEqual({ basis: 'month', percent: '0.5' });
    expect(parseRateText('年息1分')).toEqual({ basis: 'year', percent: '10' });
    expect(parseRateText('年息2分4厘')).toEqual({ basis: 'year', percent: '24' });
  });

  it('reads percents and 万分之', () => {
    expect(parseRateText('年利率24%')).toEqual({ basis: 'year', percent: '24' });
    expect(parseRateText('月利率 1.5％')).toEqual({ basis: 'month', percent: '1.5' });
    expect(parseRateText('日息万分之五')).toEqual({ basis: 'day', percent: '0.05' });
    expect(parseRateText('利息很高')).toBeNull();
    expect(parseRateText('日息2分')).toBeNull();
  });
});
