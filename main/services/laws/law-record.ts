import type { Db } from '../../store/database';
import { lawStatusAt } from './law-status-rules';
import { firstHistoryDate } from './statute-dates';
import type { HistoryEntry, ValidityStatus } from './types';
import { today } from './validity';

/** A version while the importer works on it; dates are settled once every version is known. */
export interface VersionRecord {
  id: number;
  publish: string | null;
  effective: string | null;
  end: string | null;
  repealed: boolean;
  /** The catalogue's `expired` flag. */
  expiredFlag: boolean;
  history: HistoryEntry[];
  articles: number;
}

export interface LawRecord {
  id: number;
  title: string;
  shortTitle: string;
  level: string;
  hasText: boolean;
  versions: VersionRecord[];
  repeal?: { date: string | null; successorLawId: number; successorTitle: string; provision: string };
}

export interface FinishedLaw extends LawRecord {
  publish: string | null;
  effective: string | null;
  adopted: string | null;
  end: string | null;
  repealed: boolean;
  status: ValidityStatus;
}

const byDate = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/**
 * Orders the versions and gives each its end: the next version's start, and for the last one the
 * repeal date when the catalogue marks it expired (null when the data does not say when).
 */
export function finishLaw(law: LawRecord, asOf: string = today()): FinishedLaw {
  const versions = [...law.versions].sort((a, b) => byDate(a.effective, b.effective) || byDate(a.publish, b.publish));
  versions.forEach((v, i) => {
    const next = versions[i + 1];
    if (next) {
      v.end = next.effective;
      v.repealed = false;
    } else if (v.expiredFlag || law.repeal) {
      v.repealed = true;
      v.end = law.repeal?.date ?? null;
    }
  });
  const last = versions.at(-1);
  const repealed = law.repeal !== undefined || (last?.repealed ?? false);
  const end = last ? (last.repealed ? last.end : null) : (law.repeal?.date ?? null);
  const { status } = lawStatusAt(
    { end_date: end, repealed: repealed ? 1 : 0 },
    versions.map((v) => ({ effective_date: v.effective, end_date: v.end, repealed: v.repealed ? 1 : 0, history: v.history })),
    asOf,
  );
  return {
    ...law,
    versions,
    publish: last?.publish ?? null,
    effective: versions[0]?.effective ?? null,
    adopted: versions[0] ? firstHistoryDate(versions[0].history) : null,
    end,
    repealed,
    status,
  };
}

export function writeLaw(db: Db, law: FinishedLaw): void {
  db.prepare(
    `UPDATE laws SET publish_date = ?, effective_date = ?, end_date = ?, adopted_date = ?, status = ?, repealed = ?,
       successor_law_id = ?, successor_title = ?, repeal_provision = ? WHERE id = ?`,
  ).run(
    law.publish,
    law.effective,
    law.end,
    law.adopted,
    law.status,
    law.repealed ? 1 : 0,
    law.repeal?.successorLawId ?? null,
    law.repeal?.successorTitle ?? null,
    law.repeal?.provision ?? null,
    law.id,
  );
  const update = db.prepare('UPDATE law_versions SET publish_date = ?, effective_date = ?, end_date = ?, repealed = ? WHERE id = ?');
  for (const v of law.versions) update.run(v.publish, v.effective, v.end, v.repealed ? 1 : 0, v.id);
}
