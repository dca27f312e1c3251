import { describe, expect, it } from 'vitest';
import { monthsText, outcomeParts } from '../../../../../renderer/features/similar-cases/similar-view-model';
import { enUS } from '../../../../../renderer/i18n/en-US';
import { translate, type Translate } from '../../../../../renderer/i18n/translate';
import { zhCN } from '../../../../../renderer/i18n/zh-CN';

const zh: Translate = (key, params) => translate(zhCN, key, params);
const en: Translate = (key, params) => translate(enUS, key, params);
const none = { prisonMonths: null, fine: null, awarded: null, lifeImprisonment: false, deathPenalty: false };

describe('similar-case outcome text', () => {
  it('writes terms as 三年六个月 in Chinese and years/months in English', () => {
    expect(monthsText(42, zh)).toBe('3年6个月');
    expect(monthsText(24, zh)).toBe('2年');
    expect(monthsText(7, zh)).toBe('7个月');
    expect(monthsText(0, zh)).toBe('0个月');
    expect(monthsText(42, en)).toBe('3 yr 6 mo');
  });

  it('lists only the parts of the outcome that are known', () => {
    expect(outcomeParts(none, zh)).toEqual([]);
    expect(outcomeParts({ ...none, prisonMonths: 8, fine: 2000 }, zh)).toEqual(['有期徒刑或拘役 8个月', '罚金 2000 元']);
    expect(outcomeParts({ ...none, awarded: 50000 }, en)).toEqual(['Awarded: 50000 yuan']);
    expect(outcomeParts({ ...none, lifeImprisonment: true }, en)).toEqual(['Life imprisonment']);
  });
});
