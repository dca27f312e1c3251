import { intToChinese } from '../../../shared/domain/chinese-numerals';

const YEAR_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * 2026-11-26 → 二〇二六年十一月二十六日, the form a court signs a judgment with: the year digit by
 * digit with 〇 (not 零), month and day as numbers (十一, 二十六). Throws on a malformed date,
 * because a wrong date under a judge's signature must never be guessed.
 */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [match[1]!, Number(match[2]), Number(match[3])] : ['', 0, 0];
  const valid = match !== null && new Date(`${isoDate}T00:00:00Z`).getUTCDate() === day;
  if (!valid || month < 1 || month > 12) throw new RangeError(`日期格式不正确（应为 YYYY-MM-DD）：${isoDate}`);
  const yearText = [...year].map((d) => YEAR_DIGITS[Number(d)]).join('');
  return `${yearText}年${intToChinese(month)}月${intToChinese(day)}日`;
}
