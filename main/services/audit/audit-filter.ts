import type { AuditFilter } from '../../../shared/contract/channels/audit';

/** Local-day boundaries: a judge filtering "2026-11-26" means that day on the court's clock. */
function localDayStartIso(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

export function filterToSql(filter: AuditFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.caseId) {
    clauses.push('case_id = @caseId');
    params.caseId = filter.caseId;
  }
  if (filter.feature) {
    clauses.push('feature = @feature');
    params.feature = filter.feature;
  }
  if (filter.actor) {
    clauses.push('actor = @actor');
    params.actor = filter.actor;
  }
  if (filter.kind) {
    clauses.push('kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.from) {
    clauses.push('at >= @from');
    params.from = localDayStartIso(filter.from);
  }
  if (filter.to) {
    clauses.push('at < @to');
    params.to = localDayStartIso(filter.to, 1);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
