import type { DocumentType, DraftSection } from '../../../shared/contract/channels/drafting';
import type { Db } from '../../store/database';

export interface DraftRow {
  id: string;
  caseId: string;
  type: DocumentType;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface VersionRow {
  version: number;
  parent: number | null;
  action: string;
  sections: DraftSection[];
  changed: string[];
  at: string;
  by: string;
}

const draftColumns = `id, case_id AS caseId, doc_type AS type, version, created_at AS createdAt, created_by AS createdBy,
  updated_at AS updatedAt, updated_by AS updatedBy`;

export function readDraftRow(db: Db, id: string): DraftRow | undefined {
  return db.prepare(`SELECT ${draftColumns} FROM drafts WHERE id = ?`).get(id) as DraftRow | undefined;
}

export function listDraftRows(db: Db, caseId: string | undefined): DraftRow[] {
  const where = caseId !== undefined ? 'WHERE case_id = ?' : '';
  const args = caseId !== undefined ? [caseId] : [];
  return db.prepare(`SELECT ${draftColumns} FROM drafts ${where} ORDER BY updated_at DESC, id LIMIT 500`).all(...args) as DraftRow[];
}

interface StoredVersion {
  version: number;
  parent: number | null;
  action: string;
  sections: string;
  changed: string;
  at: string;
  by: string;
}

const toVersion = (row: StoredVersion): VersionRow => ({
  ...row,
  sections: JSON.parse(row.sections) as DraftSection[],
  changed: JSON.parse(row.changed) as string[],
});

export function readVersion(db: Db, draftId: string, version: number): VersionRow | undefined {
  const row = db
    .prepare('SELECT version, parent, action, sections, changed, at, by FROM draft_versions WHERE draft_id = ? AND version = ?')
    .get(draftId, version) as StoredVersion | undefined;
  return row ? toVersion(row) : undefined;
}

export function listVersions(db: Db, draftId: string): Array<Omit<VersionRow, 'sections'>> {
  const rows = db
    .prepare('SELECT version, parent, action, changed, at, by FROM draft_versions WHERE draft_id = ? ORDER BY version DESC')
    .all(draftId) as Array<Omit<StoredVersion, 'sections'>>;
  return rows.map((r) => ({ ...r, changed: JSON.parse(r.changed) as string[] }));
}

export function insertDraft(db: Db, row: DraftRow): void {
  db.prepare(
    `INSERT INTO drafts (id, case_id, doc_type, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @caseId, @type, @version, @createdAt, @createdBy, @updatedAt, @updatedBy)`,
  ).run(row);
}

/** Appends a version and moves the draft to it; the caller holds the transaction. */
export function appendVersion(db: Db, draftId: string, v: VersionRow): void {
  db.prepare(
    `INSERT INTO draft_versions (draft_id, version, parent, action, sections, changed, at, by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(draftId, v.version, v.parent, v.action, JSON.stringify(v.sections), JSON.stringify(v.changed), v.at, v.by);
  db.prepare('UPDATE drafts SET version = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(v.version, v.at, v.by, draftId);
}

/** Steps undo can still take: the length of the parent chain from `version`. */
export function undoDepth(db: Db, draftId: string, version: number): number {
  const row = db
    .prepare(
      `WITH RECURSIVE chain(v) AS (
         SELECT parent FROM draft_versions WHERE draft_id = @id AND version = @v
         UNION ALL
         SELECT d.parent FROM draft_versions d JOIN chain ON d.draft_id = @id AND d.version = chain.v
       ) SELECT count(*) AS n FROM chain WHERE v IS NOT NULL`,
    )
    .get({ id: draftId, v: version }) as { n: number };
  return row.n;
}
