/**
 * Chinese numerals ↔ integers, as used for article numbers (第一百二十条) and amounts.
 *
 * The parser is deliberately strict: a citation checker must never turn a typo into a different
 * article, so anything that is not an unambiguous, well-formed numeral gives `null`. Colloquial
 * shortenings such as 一百五 (150 in speech, 105 to a careless reader) and gaps without 零
 * (一千五十) are rejected rather than guessed.
 */

/** The digit characters 1–9 (plain, financial and traditional forms); shared by the amount reader. */
export const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const ZEROS = new Set(['零', '〇']);
/** 两 reads as 2 only before a large unit (两百, 两千, 两万); 两十 or 十两 is not a number. */
const LIANG = new Set(['两', '兩']);
/** The units below 万 (plain and financial forms). */
export const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const MYRIADS = new Set(['万', '萬']);

const ARABIC = /^[0-9０-９]+$/;
/** Beyond this the value is not an article number or an amount anyone writes in Chinese units. */
const MAX_CHINESE = 99_999_999;

/**
 * Parses 一百二十 / 一万零一 / 壹仟贰佰 / 120 / １２０ into an integer; `null` for anything malformed
 * (empty, 十十, 百, 一百零零五, 一百五, mixed Arabic and Chinese …).
 */
export function chineseToInt(text: string): number | null {
  if (text.length === 0) return null;
  if (ARABIC.test(text)) return parseArabic(text);
  if (text.length === 1 && ZEROS.has(text)) return 0;

  const chars = [...text];
  const myriadAt = chars.findIndex((ch) => MYRIADS.has(ch));
  if (myriadAt < 0) return parseSection(chars, false);
  if (chars.slice(myriadAt + 1).some((ch) => MYRIADS.has(ch))) return null;

  const high = parseSection(chars.slice(0, myriadAt), true);
  if (high === null || high === 0) return null;
  const lowChars = chars.slice(myriadAt + 1);
  if (lowChars.length === 0) return high * 10_000;

  // Below 万 the thousands place must be filled or marked by 零: 一万零一 = 10001, but 一万一百
  // and 一万二 (colloquially 12000) are refused.
  const startsWithZero = ZEROS.has(lowChars[0] ?? '');
  const low = parseSection(startsWithZero ? lowChars.slice(1) : lowChars, false);
  if (low === null || low === 0) return null;
  if (startsWithZero ? low >= 1000 : low < 1000) return null;
  return high * 10_000 + low;
}

function parseArabic(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const value = Number(ascii);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * One group below 万 (0–9999). `beforeMyriad` allows a lone 两 (两万).
 * Walks the characters once, tracking the last unit seen so units must strictly descend and every
 * skipped place is marked by exactly one 零.
 */
function parseSection(chars: readonly string[], beforeMyriad: boolean): number | null {
  if (chars.length === 0) return null;
  let total = 0;
  let lastUnit = 10_000;
  let digit: number | null = null;
  let digitIsLiang = false;
  let sawZero = false;

  for (const ch of chars) {
    if (ZEROS.has(ch)) {
      if (digit !== null || sawZero || total === 0) return null;
      sawZero = true;
      continue;
    }
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
      digitIsLiang = LIANG.has(ch);
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return null;
    if (digit === null) {
      // A bare 十 means 一十, but only where Chinese writes it so: at the start (十一) or after 零.
      if (unit !== 10 || (total !== 0 && !sawZero)) return null;
      digit = 1;
    }
    if (digitIsLiang && unit === 10) return null;
    const placeSkipped = total !== 0 && unit < lastUnit / 10;
    if (sawZero !== placeSkipped) return null;
    total += digit * unit;
    lastUnit = unit;
    digit = null;
    digitIsLiang = false;
    sawZero = false;
  }

  if (digit !== null) {
    if (digitIsLiang && !(beforeMyriad && total === 0)) return null;
    if (total !== 0) {
      const placeSkipped = lastUnit > 10;
      if (sawZero !== placeSkipped) return null;
    }
    total += digit;
  } else if (sawZero) {
    return null;
  }
  return total;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SECTION_UNITS = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
] as const;

/**
 * The standard statute form: 十 (not 一十) at the start, 一百一十, 一千零一十, 一千二百六十, 一万,
 * 一万零一. Throws RangeError for non-integers and values outside 0–99,999,999: those are
 * programming errors, not user input.
 */
export function intToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_CHINESE) {
    throw new RangeError(`无法转换为中文数字：${n}`);
  }
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return formatSection(low, true);
  const head = `${formatSection(high, true)}万`;
  if (low === 0) return head;
  return low < 1000 ? `${head}零${formatSection(low, false)}` : `${head}${formatSection(low, false)}`;
}

/** `leading`: this group starts the number, so 10–19 are written 十… rather than 一十…. */
function formatSection(n: number, leading: boolean): string {
  let out = '';
  let pendingZero = false;
  let remainder = n;
  for (const [unit, name] of SECTION_UNITS) {
    const d = Math.floor(remainder / unit);
    remainder %= unit;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += leading && out === '' && unit === 10 && d === 1 ? name : `${DIGIT_CHARS[d]}${name}`;
  }
  if (remainder > 0) out += `${pendingZero ? '零' : ''}${DIGIT_CHARS[remainder]}`;
  return out;
}
