import { Refusal } from '../../../shared/contract/refusal';
import type { Db } from '../../store/database';
import { findLaw, statusOf, versionsOf } from './find-law';
import type { ValidityStatus } from './types';
import { isIsoDate, today, versionStatusOn } from './validity';

export interface LawStatusOn {
  lawId: number;
  title: string;
  shortTitle: string;
  level: string;
  date: string;
  status: ValidityStatus;
  /** The version whose text applies on `date`, if the store has one. */
  version: { id: number; effectiveDate: string | null; endDate: string | null; status: ValidityStatus } | null;
  /** Set once the law has been repealed (even if `date` is before that). */
  endDate: string | null;
  successor: { lawId: number | null; title: string; provision: string | null } | null;
  hasText: boolean;
  note: string | null;
}

/** Whether `title` was in force on `date` (default today), and which version applied. Null: unknown law. */
export function lawStatusOn(db: Db, title: string | number, date: string = today()): LawStatusOn | null {
  if (!isIsoDate(date)) throw new Refusal('VALIDATION', `日期格式应为 YYYY-MM-DD：${date}`);
  const law = findLaw(db, title);
  if (law === null) return null;
  const versions = versionsOf(db, law.id);
  const at = statusOf(law, versions, date);
  const version = at.versionIndex === null ? null : (versions[at.versionIndex] ?? null);
  return {
    lawId: law.id,
    title: law.title,
    shortTitle: law.short_title,
    level: law.level,
    date,
    status: at.status,
    version: version && {
      id: version.id,
      effectiveDate: version.effective_date,
      endDate: version.end_date,
      status: versionStatusOn(version, date),
    },
    endDate: law.repealed ? law.end_date : null,
    successor:
      law.successor_title === null ? null : { lawId: law.successor_law_id, title: law.successor_title, provision: law.repeal_provision },
    hasText: law.has_text === 1,
    note: at.note,
  };
}

/**
 * The store holds some laws only from a later text on (人身损害赔偿解释: the 2020 text of a law
 * adopted in 2003). On a date between adoption and that text's effective date the law applied in a
 * text the store lacks: the effective date from which the store's text applies. Null otherwise.
 */
export function olderTextMissingBefore(db: Db, lawId: number, date: string): string | null {
  const row = db.prepare('SELECT adopted_date, effective_date FROM laws WHERE id = ?').get(lawId) as
    { adopted_date: string | null; effective_date: string | null } | undefined;
  if (!row?.adopted_date || !row.effective_date) return null;
  return row.adopted_date <= date && date < row.effective_date ? row.effective_date : null;
}
