import { chineseToInt } from '../../../shared/domain/chinese-numerals';
import type { CaseOutcome } from './case-record';

const NUM = '[0-9０-９零〇一二两三四五六七八九十百千万]+';

function toInt(text: string | undefined): number | null {
  if (!text) return null;
  return chineseToInt(text.replace(/^〇/, '零'));
}

function amount(digits: string, wan: string | undefined): number | null {
  const plain = digits.replace(/[,，]/g, '');
  const value = /^[0-9.]+$/.test(plain) ? Number(plain) : toInt(plain);
  if (value === null || Number.isNaN(value)) return null;
  return Math.round(wan ? value * 10_000 : value);
}

/** 有期徒刑三年六个月 → 42; 拘役五个月 → 5; the sentence finally executed (决定执行) wins. */
export function prisonMonthsIn(text: string): number | null {
  const executed = text.indexOf('决定执行');
  const scope = executed >= 0 ? text.slice(executed) : text;
  const m = new RegExp(`(?:有期徒刑|拘役)(?:(${NUM})年)?(?:(${NUM})个月)?`).exec(scope);
  if (!m || (!m[1] && !m[2])) return null;
  const years = m[1] ? toInt(m[1]) : 0;
  const months = m[2] ? toInt(m[2]) : 0;
  if (years === null || months === null) return null;
  return years * 12 + months;
}

export function fineIn(text: string): number | null {
  const m = new RegExp(`罚金(?:人民币)?([0-9.,，]+|${NUM})(万)?元`).exec(text);
  return m ? amount(m[1] ?? '', m[2]) : null;
}

/** Civil: the first sum a party is ordered to pay or return (偿还原告借款本金70000元). */
export function awardedIn(text: string): number | null {
  const m = /(?:偿还|归还|支付|返还|给付)[^。；]{0,30}?(?:人民币)?([0-9][0-9.,，]*)(万)?元/.exec(text);
  return m ? amount(m[1] ?? '', m[2]) : null;
}

export function outcomeOf(result: string, civil: boolean): CaseOutcome {
  return {
    prisonMonths: civil ? null : prisonMonthsIn(result),
    lifeImprisonment: !civil && /无期徒刑/.test(result),
    deathPenalty: !civil && /死刑/.test(result),
    fine: civil ? null : fineIn(result),
    awarded: civil ? awardedIn(result) : null,
  };
}

/** 二〇一七年六月二十八日 / 2017年6月28日 → 2017-06-28; the last such date in `text`. */
export function lastDateIn(text: string): string | null {
  const dates = [
    ...text.matchAll(/([0-9〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日/g),
  ];
  for (const m of dates.reverse()) {
    const year = /^[0-9]{4}$/.test(m[1] ?? '')
      ? Number(m[1])
      : Number([...(m[1] ?? '')].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
    const month = toInt(m[2]);
    const day = toInt(m[3]);
    if (!year || !month || !day || year < 1980 || year > 2100 || month > 12 || day > 31) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
