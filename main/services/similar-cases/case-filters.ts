import type { SimilarFilters } from '../../../shared/contract/channels/similar-cases';

/** SQL conditions on `c` (cases) for the user's filters, with their parameters. */
export function filterSql(filters: SimilarFilters | undefined): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const f = filters ?? {};
  if (f.causes?.length) {
    // 盗窃 finds 盗窃罪: charges are stored with 罪, users often type them without.
    const names = [...new Set(f.causes.flatMap((cause) => [cause, /罪$|纠纷$/.test(cause) ? cause : `${cause}罪`]))];
    clauses.push(`EXISTS (SELECT 1 FROM case_causes cc WHERE cc.case_id = c.id AND cc.cause IN (${names.map(() => '?').join(',')}))`);
    params.push(...names);
  }
  if (f.courtLevels?.length) {
    clauses.push(`c.court_level IN (${f.courtLevels.map(() => '?').join(',')})`);
    params.push(...f.courtLevels);
  }
  if (f.regions?.length) {
    clauses.push(`c.region IN (${f.regions.map(() => '?').join(',')})`);
    params.push(...f.regions);
  }
  if (f.kind) {
    clauses.push('c.kind = ?');
    params.push(f.kind);
  }
  if (f.dateFrom) {
    clauses.push('c.decided_on >= ?');
    params.push(f.dateFrom);
  }
  if (f.dateTo) {
    clauses.push('c.decided_on <= ?');
    params.push(f.dateTo);
  }
  return { where: clauses.length ? clauses.join(' AND ') : '1', params };
}

export function hasFilters(filters: SimilarFilters | undefined): boolean {
  return filterSql(filters).where !== '1';
}
