import type { AuditFilter, AuditKind, AuditStats } from '../../../shared/contract/channels/audit';
import { auditKinds, decisions } from '../../../shared/contract/channels/audit';
import type { Db } from '../../store/database';
import { filterToSql } from './audit-filter';

type KindCounts = Record<AuditKind, number>;

const HOUR_MS = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local (court clock) day of an instant, as the filter's from/to understand it. */
function localDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const isKind = (kind: string): kind is AuditKind => (auditKinds as readonly string[]).includes(kind);
const emptyCounts = (): KindCounts => ({ ai_output: 0, decision: 0, settings: 0, system: 0 });

/** `where` plus one more condition. */
const and = (where: string, clause: string) => (where ? `${where} AND ${clause}` : `WHERE ${clause}`);

/**
 * Per-local-day counts by kind, and the decision tally, of the entries matching `filter`.
 *
 * The day is worked out in JS with Node's clock (the one filterToSql uses for from/to), never with
 * SQLite's `localtime`, which reads the C library's zone and may disagree. To stay cheap on large
 * logs SQLite groups by UTC hour (`at` is an ISO string: its first 13 characters); an hour that
 * lies inside one local day is counted whole. Only an hour that a local midnight cuts through
 * (zones at a half- or quarter-hour offset, DST changes at odd times) is read entry by entry.
 */
export function queryAuditStats(db: Db, filter: AuditFilter): AuditStats {
  const { where, params } = filterToSql(filter);
  const byDay = new Map<string, KindCounts>();
  const add = (day: string, kind: string, n: number) => {
    if (!isKind(kind)) return;
    let counts = byDay.get(day);
    if (!counts) byDay.set(day, (counts = emptyCounts()));
    counts[kind] += n;
  };

  const hours = db
    .prepare(`SELECT substr(at, 1, 13) AS hour, kind, count(*) AS n FROM audit_log ${where} GROUP BY hour, kind`)
    .all(params) as Array<{ hour: string; kind: string; n: number }>;
  const split = new Set<string>();
  for (const { hour, kind, n } of hours) {
    const start = Date.parse(`${hour}:00:00.000Z`);
    if (Number.isNaN(start)) {
      split.add(hour); // not an ISO hour: read those entries one by one
      continue;
    }
    const day = localDay(start);
    if (day === localDay(start + HOUR_MS - 1)) add(day, kind, n);
    else split.add(hour);
  }
  if (split.size) {
    // The range on the `at` index finds the hour (forced: with a case or feature filter SQLite would
    // pick that index and scan the whole case once per hour); substr keeps it exact.
    const entries = db.prepare(
      `SELECT at, kind FROM audit_log INDEXED BY audit_log_at
       ${and(where, 'at >= @hour AND at < @hourEnd AND substr(at, 1, 13) = @hour')}`,
    );
    for (const hour of split) {
      const hourParams = { ...params, hour, hourEnd: `${hour}\u{10FFFF}` };
      for (const row of entries.iterate(hourParams) as Iterable<{ at: string; kind: string }>) {
        const ms = Date.parse(row.at);
        if (!Number.isNaN(ms)) add(localDay(ms), row.kind, 1);
      }
    }
  }

  const tally = { accepted: 0, rejected: 0, edited: 0 };
  const decided = db
    .prepare(
      `SELECT json_extract(payload, '$.decision') AS decision, count(*) AS n FROM audit_log
       ${and(where, "kind = 'decision'")} GROUP BY decision`,
    )
    .all(params) as Array<{ decision: unknown; n: number }>;
  for (const { decision, n } of decided) {
    if ((decisions as readonly unknown[]).includes(decision)) tally[decision as keyof typeof tally] += n;
  }

  const days = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, counts]) => ({ date, counts }));
  return { days, decisions: tally };
}
