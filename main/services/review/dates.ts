// Dates as judgments write them: 2020年6月19日, 二〇二〇年十月十日 (the 落款), 同年7月24日.
const digit: Record<string, number> = { 〇: 0, 零: 0, O: 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function smallChinese(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([二三])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? digit[m[1]]! : 1) * 10 + (m[2] ? digit[m[2]]! : 0);
  return text.length === 1 && digit[text] !== undefined ? digit[text]! : null;
}

function yearOf(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.length !== 4) return null;
  let n = 0;
  for (const ch of text) {
    const d = digit[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

export function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const datePattern =
  /(\d{4}|[〇零O一二三四五六七八九]{4}|同)年(\d{1,2}|十[一二]?|[一二三四五六七八九])月(\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日/g;

/** Every full date in the text, in order; 同年 takes the year of the date before it. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  let lastYear: number | null = null;
  for (const m of text.matchAll(datePattern)) {
    const year: number | null = m[1] === '同' ? lastYear : yearOf(m[1]!);
    const month = smallChinese(m[2]!);
    const day = smallChinese(m[3]!);
    if (year === null || month === null || day === null) continue;
    const iso = isoOf(year, month, day);
    if (iso === null) continue;
    lastYear = year;
    found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The judgment date: the last date written in Chinese numerals (the 落款 二〇二〇年十月十日), else the
 * last date before 审判长/审判员 in the closing lines. Null when the text has no 落款.
 */
export function judgmentDate(text: string): FoundDate | null {
  const dates = findDates(text);
  // The 落款 sits between the 审判长/审判员 names and the 书记员; an appended 附相关法律条文 may follow it.
  const closing = dates.filter((d) => /(审判|陪审|书记员|执行员)/.test(text.slice(Math.max(0, d.start - 40), d.end + 30)));
  const signed = closing.filter((d) => /^[〇零O一二三四五六七八九]/.test(text.slice(d.start, d.start + 1)));
  if (signed.length > 0) return signed[signed.length - 1]!;
  return closing.length > 0 ? closing[closing.length - 1]! : null;
}

/** The latest date the text mentions: a lower bound for an unsigned draft's judgment date. */
export function latestDate(text: string): FoundDate | null {
  let latest: FoundDate | null = null;
  for (const d of findDates(text)) if (latest === null || d.iso > latest.iso) latest = d;
  return latest;
}
