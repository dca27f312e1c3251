import type { ValidityStatus } from './types';

export interface VersionDates {
  effective_date: string | null;
  end_date: string | null;
  repealed: number;
}

/** Today in the local calendar, YYYY-MM-DD: the court's day, not UTC's. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A version's validity on `date`. Keep in step with `versionStatusSql`. */
export function versionStatusOn(version: VersionDates, date: string): ValidityStatus {
  if (version.effective_date !== null && date < version.effective_date) return '尚未生效';
  if (version.end_date !== null && date >= version.end_date) return version.repealed ? '已废止' : '已修改';
  if (version.repealed && version.end_date === null) return '已废止';
  return '有效';
}

/** `versionStatusOn` as SQL over a law_versions alias `v` and a named parameter `:asOf`. */
export function versionStatusSql(v = 'v'): string {
  return `CASE
    WHEN ${v}.effective_date IS NOT NULL AND :asOf < ${v}.effective_date THEN '尚未生效'
    WHEN ${v}.end_date IS NOT NULL AND :asOf >= ${v}.end_date THEN CASE WHEN ${v}.repealed = 1 THEN '已废止' ELSE '已修改' END
    WHEN ${v}.repealed = 1 AND ${v}.end_date IS NULL THEN '已废止'
    ELSE '有效' END`;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
