/**
 * Money expressions in judgment Chinese: 3000元, 人民币1.2万元, 3,980余元, 壹万贰仟元, 三千余元,
 * 1万5千元, 3000至5000元. Only 人民币 amounts are read; 美元/港元/欧元/日元 are found and marked so a
 * caller can leave them out rather than add them to a 元 total.
 *
 * Unlike the strict citation parser (chinese-numerals.ts) this one reads colloquial forms as a
 * court clerk wrote them (一万二千五百, 1万5千, 十万余), because an amount in the facts is what was
 * written, not a reference that must be unambiguous.
 */

import { DIGITS, UNITS } from '../chinese-numerals';

export interface MoneyMention {
  /** Value in 元, rounded to the fen. For a range, the lower bound (the amount proven for certain). */
  value: number;
  /** UTF-16 offsets of the expression in the text. */
  start: number;
  end: number;
  text: string;
  /** 余/多/许/左右/约: the amount is approximate, the figure is its floor. */
  approximate: boolean;
  /** 3000至5000元: both bounds. */
  range?: { low: number; high: number };
  /** 'CNY' for 元/人民币; other currencies are reported but never summed. */
  currency: 'CNY' | 'other';
}

const DIGIT_VALUES: Readonly<Record<string, number>> = { 零: 0, 〇: 0, ...DIGITS };
const SMALL_UNITS = UNITS;
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

const CHINESE_DIGIT = '零〇一壹二贰貳两兩三叁四肆五伍六陆陸七柒八捌九玖';
const UNIT_CHARS = '十拾百佰千仟万萬亿億';
/** A number: Arabic (with thousands separators and decimals, half or full width), Chinese, or both (1万5千). */
const NUMBER = `(?:(?<![0-9０-９][,，]?)[0-9０-９]+(?:[,，][0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?|[${CHINESE_DIGIT}十拾])(?:[0-9０-９.．${CHINESE_DIGIT}${UNIT_CHARS}]*)`;
const APPROX = '(?:余|多|许)';
const FOREIGN = '(?:美元|港元|港币|欧元|日元|英镑|澳元|韩元|新台币|澳门元)';
const YUAN = `(?:元|圆|${FOREIGN})`;
/** 角 and 分 after 元: 5元5角 / 12元3角4分. */
const FRACTION = `(?:[${CHINESE_DIGIT}0-9]角)?(?:[${CHINESE_DIGIT}0-9]分)?`;

const MONEY = new RegExp(
  `(人民币|约)?(${NUMBER})(${APPROX})?(?:(?:元)?(?:至|到|-|－|—|~|～)(?:人民币)?(${NUMBER})(${APPROX})?)?(${YUAN})(${FRACTION})(余|多|左右)?`,
  'gu',
);

/** Reads one number token: 1.2万 → 12000, 壹万贰仟 → 12000, 3,980 → 3980, 1万5千 → 15000, 三千五 → 3500. */
export function parseAmountNumber(raw: string): number | null {
  const text = raw
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[,，](?=\d{3}(?:\D|$))/g, '');
  if (!text) return null;
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  /** The last unit read, so a trailing bare digit (三千五, 一万二) counts one place below it. */
  let lastUnit = 0;
  let index = 0;
  while (index < text.length) {
    const ch = text[index] ?? '';
    const arabic = /^\d+(?:\.\d+)?/.exec(text.slice(index));
    if (arabic) {
      if (pending !== null) return null;
      pending = Number(arabic[0]);
      index += arabic[0].length;
      continue;
    }
    index += 1;
    const digit = DIGIT_VALUES[ch];
    if (digit !== undefined) {
      // 零 only marks a skipped place (一万零五百); two digits in a row are not an amount.
      if (digit === 0) {
        lastUnit = 0;
        continue;
      }
      if (pending !== null) return null;
      pending = digit;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (pending ?? 1) * small;
      pending = null;
      lastUnit = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined) return null;
    const group = section + (pending ?? 0);
    total = big === 100_000_000 ? (total + (group || 1)) * big : total + (group || 1) * big;
    section = 0;
    pending = null;
    lastUnit = big;
  }
  let tail = pending ?? 0;
  if (pending !== null && Number.isInteger(pending) && pending < 10 && lastUnit >= 100 && !/[0-9]/.test(text)) {
    tail = pending * (lastUnit / 10);
  }
  const value = total + section + tail;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

function fraction(text: string): number {
  let value = 0;
  const jiao = /([^角分]+)角/.exec(text);
  const fen = /([^角分]+)分/.exec(text.replace(/.*角/, ''));
  if (jiao) value += (parseAmountNumber(jiao[1] ?? '') ?? 0) / 10;
  if (fen) value += (parseAmountNumber(fen[1] ?? '') ?? 0) / 100;
  return value;
}

/** Every money expression in `text`, in order. Numbers that do not read (一九 …元) are skipped. */
export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const match of text.matchAll(MONEY)) {
    const [whole, prefix, first, approx1, second, approx2, unit, cents, approxAfter] = match;
    const low = parseAmountNumber(first ?? '');
    if (low === null) continue;
    const high = second ? parseAmountNumber(second) : null;
    if (second && high === null) continue;
    const extra = fraction(cents ?? '');
    const start = match.index ?? 0;
    const value = Math.round((low + (high === null ? extra : 0)) * 100) / 100;
    found.push({
      value,
      start,
      end: start + whole.length,
      text: whole,
      approximate: Boolean(approx1 || approx2 || approxAfter || prefix === '约'),
      ...(high !== null ? { range: { low: value, high: Math.round((high + extra) * 100) / 100 } } : {}),
      currency: unit && new RegExp(`^${FOREIGN}$`).test(unit) ? 'other' : 'CNY',
    });
  }
  return found;
}

/** 18600 → "18,600元", 2027.9 → "2,027.90元". */
export function formatYuan(value: number): string {
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(2);
  const [whole = '0', cents] = fixed.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${cents ? `.${cents}` : ''}元`;
}
