import table from '../../../resources/lpr/lpr-one-year.json';

export interface LprOnDate {
  percent: number;
  /** The announcement the rate comes from. */
  from: string;
  /** True when the date is after the table's last check: the rate may have changed since. */
  stale: boolean;
}

/** The one-year LPR in force on an ISO date; null before the 2019-08-20 reform. */
export function oneYearLpr(date: string): LprOnDate | null {
  let found: { from: string; percent: number } | null = null;
  for (const change of table.changes) if (change.from <= date) found = change;
  return found && { percent: found.percent, from: found.from, stale: date > table.lastChecked };
}

export const lprSource = table.source;
