import type { HistoryEntry, ValidityStatus } from './types';
import type { VersionDates } from './validity';
import { versionStatusOn } from './validity';

export interface LawDates {
  end_date: string | null;
  repealed: number;
}

export interface VersionWithHistory extends VersionDates {
  history: readonly Pick<HistoryEntry, 'date' | 'event'>[];
}

export interface LawStatusAt {
  status: ValidityStatus;
  /** Index into the (effective-date ordered) versions of the text that applies, or null. */
  versionIndex: number | null;
  /** Why the answer has no text or is less certain than it looks. */
  note: string | null;
}

/**
 * A law's validity on `date` from its versions (ordered by effective date). A law known only
 * because another law repealed it has no versions: in force until its end date, with no text.
 */
export function lawStatusAt(law: LawDates, versions: readonly VersionWithHistory[], date: string): LawStatusAt {
  if (versions.length === 0) {
    if (law.repealed && (law.end_date === null || date >= law.end_date)) {
      return { status: '已废止', versionIndex: null, note: '本库未收录该法律文本' };
    }
    return { status: '有效', versionIndex: null, note: '本库未收录该法律文本' };
  }
  const inForce = versions.findIndex((v) => versionStatusOn(v, date) === '有效');
  if (inForce >= 0) return { status: '有效', versionIndex: inForce, note: null };
  const first = versions[0] as VersionWithHistory;
  if (first.effective_date !== null && date < first.effective_date) {
    // 刑法 in this data is the 2021 text, but its history shows it was amended long before:
    // on an earlier date the law was in force, only its text of that day is not in the store.
    const earlier = first.history.filter((h) => h.date !== null && h.date < (first.effective_date ?? ''));
    const amendedBefore = earlier.some((h) => /修正|修订|修改/.test(h.event));
    const adopted = earlier[0]?.date ?? null;
    if (amendedBefore && adopted !== null && date >= adopted) {
      return {
        status: '有效',
        versionIndex: null,
        note: `本库最早收录的文本自 ${first.effective_date} 起施行，该日施行的文本未收录`,
      };
    }
    return { status: '尚未生效', versionIndex: 0, note: null };
  }
  const lastIndex = versions.length - 1;
  return { status: versionStatusOn(versions[lastIndex] as VersionWithHistory, date), versionIndex: lastIndex, note: null };
}
