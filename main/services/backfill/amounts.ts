import { chineseToInt } from '../../../shared/domain/chinese-numerals';

export interface AmountHit {
  /** 元, rounded to 分. */
  yuan: number;
  start: number;
  end: number;
}

// 100000元, 100,000.00元, 10万元, 10.5万元, 人民币拾万元 … — the first amount in 元 of a claim is its
// amount; 利息 rates (年利率6%) and dates are not amounts.
const arabic = /(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(万)?\s*元/g;
const chinese = /([零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)元/g;

export function amountsIn(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const m of text.matchAll(arabic)) {
    const whole = Number(m[1]!.replace(/[,，]/g, ''));
    const cents = m[2] ? Number(m[2].padEnd(2, '0')) / 100 : 0;
    const yuan = (whole + cents) * (m[3] ? 10_000 : 1);
    hits.push({ yuan: Math.round(yuan * 100) / 100, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(chinese)) {
    const n = chineseToInt(m[1]!);
    if (n !== null && n > 0) hits.push({ yuan: n, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}
