import table from '../../../resources/lpr/lpr-one-year.json';
import type { LprRate } from '../../../shared/domain/calculators';

/** The one-year LPR in force on an ISO date from the project's table (resources/lpr); null before 2019-08-20. */
export function lprOn(date: string): LprRate | null {
  let found: { from: string; percent: number } | null = null;
  for (const change of table.changes) if (change.from <= date) found = change;
  return found && { percent: found.percent, from: found.from, stale: date > table.lastChecked };
}
