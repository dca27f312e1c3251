import { chineseToInt } from '../chinese-numerals';

/**
 * Money amounts as judgments write them: 80000元, 1，560，000.00元 (full-width separators),
 * 5万元, 3.5万元, 人民币五万元, 12,000元. Returns each amount in yuan with its UTF-16 position.
 */
export interface AmountMention {
  value: number;
  start: number;
  end: number;
}

const arabicAmount = /(\d[\d,，]*(?:\.\d+)?)\s*(万|千)?\s*(?:余)?元/gu;
const chineseAmount = /([零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)(?:余)?元/gu;

const unitFactor: Record<string, number> = { 万: 10_000, 千: 1_000 };

export function findAmounts(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  for (const m of text.matchAll(arabicAmount)) {
    const digits = (m[1] ?? '').replace(/[,，]/g, '');
    const value = Number(digits) * (unitFactor[m[2] ?? ''] ?? 1);
    if (Number.isFinite(value) && value > 0) out.push({ value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(chineseAmount)) {
    const value = chineseToInt((m[1] ?? '').replace(/两/g, '二'));
    if (value !== null && value > 0 && !out.some((a) => a.start <= m.index && m.index < a.end)) {
      out.push({ value, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
