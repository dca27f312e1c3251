/** Calendar days on ISO dates ('YYYY-MM-DD'), counted in UTC so no time zone shifts a day. */

const MS_PER_DAY = 86_400_000;

export function isIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === text;
}

/** The day number of an ISO date (days since 1970-01-01). */
export function dayNumber(iso: string): number {
  if (!isIsoDay(iso)) throw new RangeError(`不是有效的日期：${iso}`);
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (iso: string, days: number): string => isoDay(dayNumber(iso) + days);

/** Days from `from` to `to`, both counted (2021-01-01 … 2021-12-31 = 365). */
export const daysInclusive = (from: string, to: string): number => dayNumber(to) - dayNumber(from) + 1;
