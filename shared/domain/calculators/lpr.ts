// The one-year LPR in force on a date, read from a table of rate changes (the project keeps one in
// resources/lpr; it is passed in so the renderer and tests can use their own).
import type { LprLookup } from './lending-interest';

export interface LprTable {
  /** Days after this may have a newer rate than the table knows. */
  lastChecked: string;
  /** Each announcement that changed the rate, oldest first. */
  changes: readonly { from: string; percent: number }[];
}

/** A look-up over `table`: the rate of the last change on or before the date; null before the first (2019-08-20). */
export function lprLookup(table: LprTable): LprLookup {
  return (date) => {
    let found: { from: string; percent: number } | null = null;
    for (const change of table.changes) if (change.from <= date) found = change;
    return found && { percent: found.percent, from: found.from, stale: date > table.lastChecked };
  };
}
