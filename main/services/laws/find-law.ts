import type { Db } from '../../store/database';
import type { LawStatusAt, VersionWithHistory } from './law-status-rules';
import { lawStatusAt } from './law-status-rules';
import { titleKey } from './repeals';
import type { ValidityStatus } from './types';

export interface LawRow {
  id: number;
  title: string;
  short_title: string;
  level: string;
  issuer: string | null;
  category: string | null;
  publish_date: string | null;
  effective_date: string | null;
  end_date: string | null;
  adopted_date: string | null;
  status: ValidityStatus;
  repealed: number;
  successor_law_id: number | null;
  successor_title: string | null;
  repeal_provision: string | null;
  has_text: number;
}

export interface VersionRow extends VersionWithHistory {
  id: number;
  publish_date: string | null;
  article_count: number;
}

/**
 * A law by id, or by title: the catalogue name (民法典), the full title (中华人民共和国民法典),
 * or either with 《》 and 中华人民共和国 left out or added.
 */
export function findLaw(db: Db, ref: number | string): LawRow | null {
  if (typeof ref === 'number') return (db.prepare('SELECT * FROM laws WHERE id = ?').get(ref) as LawRow | undefined) ?? null;
  const exact = db.prepare('SELECT * FROM laws WHERE short_title = ? OR title = ? ORDER BY has_text DESC LIMIT 1').get(ref, ref) as
    LawRow | undefined;
  if (exact) return exact;
  const key = titleKey(ref);
  const rows = db.prepare('SELECT * FROM laws ORDER BY has_text DESC, id').all() as LawRow[];
  return rows.find((r) => titleKey(r.short_title) === key || titleKey(r.title) === key) ?? null;
}

/** A law's versions, oldest first, with their history lines parsed. */
export function versionsOf(db: Db, lawId: number): VersionRow[] {
  const rows = db
    .prepare(
      `SELECT id, publish_date, effective_date, end_date, repealed, history, article_count
       FROM law_versions WHERE law_id = ? ORDER BY COALESCE(effective_date, ''), COALESCE(publish_date, ''), id`,
    )
    .all(lawId) as Array<Omit<VersionRow, 'history'> & { history: string }>;
  return rows.map((r) => ({ ...r, history: JSON.parse(r.history) as VersionRow['history'] }));
}

export function statusOf(law: LawRow, versions: readonly VersionRow[], date: string): LawStatusAt {
  return lawStatusAt(law, versions, date);
}
