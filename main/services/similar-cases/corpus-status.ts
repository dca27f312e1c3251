import type { CaseImportReportView } from '../../../shared/contract/channels/similar-cases';
import type { Db } from '../../store/database';

/** The corpus at a glance for the panel: size per source, the commonest causes, regions, import report. */
export function corpusStatus(db: Db) {
  const bySource = Object.fromEntries(
    (
      db.prepare('SELECT source, count(*) AS n FROM cases GROUP BY source ORDER BY source').all() as Array<{ source: string; n: number }>
    ).map((r) => [r.source, r.n]),
  );
  const causes = db
    .prepare('SELECT cause, count(*) AS count FROM case_causes GROUP BY cause ORDER BY count DESC, cause LIMIT 300')
    .all() as Array<{ cause: string; count: number }>;
  const regions = db.prepare('SELECT DISTINCT region FROM cases WHERE region IS NOT NULL ORDER BY region').pluck().all() as string[];
  const report = db.prepare("SELECT value FROM knowledge_meta WHERE key = 'caseImportReport'").pluck().get() as string | undefined;
  return {
    total: Object.values(bySource).reduce((a, b) => a + b, 0),
    bySource,
    causes,
    regions,
    importReport: report ? (JSON.parse(report) as CaseImportReportView) : null,
  };
}
