import type { AuditFilter } from '../../../shared/contract/channels/audit';

/** Local-day boundaries: a judge filtering "2026-11-26" means that day on the court's clock. */
function localDayStartIso(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** Each filter field, the SQL it adds and how its value is bound. */
const conditions: Array<[keyof AuditFilter, string, (value: string) => string]> = [
  ['caseId', 'case_id = @caseId', (v) => v],
  ['feature', 'feature = @feature', (v) => v],
  ['actor', 'actor = @actor', (v) => v],
  ['kind', 'kind = @kind', (v) => v],
  ['from', 'at >= @from', (v) => localDayStartIso(v)],
  ['to', 'at < @to', (v) => localDayStartIso(v, 1)],
];

export function filterToSql(filter: AuditFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [field, clause, bind] of conditions) {
    const value = filter[field];
    if (!value) continue;
    clauses.push(clause);
    params[field] = bind(value);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
