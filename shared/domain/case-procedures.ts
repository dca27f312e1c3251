/**
 * 审理程序 (procedure) and its 审限 (time limit). The statutory limits are in months or days; they
 * are kept here as days counted from 立案日期, the way a clerk's wall chart counts them. Extensions
 * (延长审限) and periods that do not count (公告、鉴定期间) are entered by changing the case's
 * time limit; this table only gives the default.
 */

export const procedures = [
  'civil-ordinary',
  'civil-simple',
  'civil-small-claims',
  'civil-special',
  'civil-appeal',
  'criminal-ordinary',
  'criminal-simple',
  'criminal-fast-track',
  'criminal-appeal',
  'administrative-ordinary',
  'administrative-simple',
  'administrative-appeal',
  'enforcement',
  'retrial',
] as const;
export type Procedure = (typeof procedures)[number];

export interface ProcedureInfo {
  label: string;
  /** Default 审限 in days; null where the law sets none (e.g. 再审 follows the instance it reopens). */
  timeLimitDays: number | null;
  /** The provision the default comes from, for the tooltip. */
  basis: string;
}

export const procedureInfo: Record<Procedure, ProcedureInfo> = {
  'civil-ordinary': { label: '民事一审普通程序', timeLimitDays: 180, basis: '民事诉讼法第一百五十二条：六个月' },
  'civil-simple': { label: '民事简易程序', timeLimitDays: 90, basis: '民事诉讼法第一百六十四条：三个月' },
  'civil-small-claims': { label: '小额诉讼程序', timeLimitDays: 60, basis: '民事诉讼法第一百六十八条：两个月' },
  'civil-special': { label: '民事特别程序', timeLimitDays: 30, basis: '民事诉讼法第一百八十七条：三十日' },
  'civil-appeal': { label: '民事二审', timeLimitDays: 90, basis: '民事诉讼法第一百八十三条：对判决的上诉三个月' },
  'criminal-ordinary': { label: '刑事一审普通程序', timeLimitDays: 60, basis: '刑事诉讼法第二百零八条：二个月，至迟三个月' },
  'criminal-simple': { label: '刑事简易程序', timeLimitDays: 20, basis: '刑事诉讼法第二百二十条：二十日' },
  'criminal-fast-track': { label: '刑事速裁程序', timeLimitDays: 10, basis: '刑事诉讼法第二百二十五条：十日' },
  'criminal-appeal': { label: '刑事二审', timeLimitDays: 60, basis: '刑事诉讼法第二百四十三条：二个月' },
  'administrative-ordinary': { label: '行政一审普通程序', timeLimitDays: 180, basis: '行政诉讼法第八十一条：六个月' },
  'administrative-simple': { label: '行政简易程序', timeLimitDays: 45, basis: '行政诉讼法第八十三条：四十五日' },
  'administrative-appeal': { label: '行政二审', timeLimitDays: 90, basis: '行政诉讼法第八十八条：三个月' },
  enforcement: { label: '执行', timeLimitDays: 180, basis: '最高人民法院关于人民法院办理执行案件若干期限的规定第一条：六个月' },
  retrial: { label: '再审', timeLimitDays: null, basis: '按再审所适用的程序确定审限' },
};

export function defaultTimeLimitDays(procedure: Procedure): number | null {
  return procedureInfo[procedure].timeLimitDays;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** The local calendar day of `date` as YYYY-MM-DD (the court's clock, not UTC). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * 审限届满日 and days left on `today`: the limit ends `timeLimitDays` after 立案日期; 0 means
 * today is the last day, negative means overdue. Null without a filing date or a limit.
 */
export function timeLimitStatus(
  filedOn: string | null,
  timeLimitDays: number | null,
  today: string,
): { deadline: string; daysLeft: number } | null {
  if (!filedOn || !timeLimitDays) return null;
  const deadline = addDays(filedOn, timeLimitDays);
  return { deadline, daysLeft: dayNumber(deadline) - dayNumber(today) };
}

/** red: overdue or ≤ 7 days; orange: ≤ 30 days; green otherwise. */
export function timeLimitLevel(daysLeft: number): 'red' | 'orange' | 'green' {
  if (daysLeft <= 7) return 'red';
  if (daysLeft <= 30) return 'orange';
  return 'green';
}
