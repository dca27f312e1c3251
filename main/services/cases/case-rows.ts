import type { CaseInput, CaseStatus, Claim, Panel, Party } from '../../../shared/contract/channels/cases';
import type { Procedure } from '../../../shared/domain/case-procedures';
import type { Db } from '../../store/database';

/** A case as stored, without the derived fields (days left, undo count). */
export interface StoredCase {
  id: string;
  caseNumber: string;
  causeOfAction: string;
  procedure: Procedure;
  court: string;
  status: CaseStatus;
  filedOn: string | null;
  hearingOn: string | null;
  timeLimitDays: number | null;
  closedOn: string | null;
  panel: Panel;
  parties: Party[];
  claims: Claim[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** The user-editable content of a case: what an edit changes and what undo restores. */
export type CaseContent = Omit<CaseInput, 'status'> & { status: CaseStatus };

export interface CaseRow {
  id: string;
  case_number: string;
  cause_of_action: string;
  procedure: string;
  court: string;
  status: string;
  filed_on: string | null;
  hearing_on: string | null;
  time_limit_days: number | null;
  closed_on: string | null;
  panel: string;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export function contentOf(c: StoredCase): CaseContent {
  return {
    caseNumber: c.caseNumber,
    causeOfAction: c.causeOfAction,
    procedure: c.procedure,
    court: c.court,
    status: c.status,
    filedOn: c.filedOn,
    hearingOn: c.hearingOn,
    timeLimitDays: c.timeLimitDays,
    closedOn: c.closedOn,
    panel: c.panel,
    parties: c.parties,
    claims: c.claims,
  };
}

export function readCase(db: Db, id: string): StoredCase | null {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) return null;
  const parties = db
    .prepare('SELECT role, name, kind, id_number, address, phone, agent FROM case_parties WHERE case_id = ? ORDER BY position')
    .all(id) as Array<{
    role: Party['role'];
    name: string;
    kind: Party['kind'];
    id_number: string | null;
    address: string | null;
    phone: string | null;
    agent: string | null;
  }>;
  const claims = db.prepare('SELECT text, amount_fen FROM case_claims WHERE case_id = ? ORDER BY position').all(id) as Array<{
    text: string;
    amount_fen: number | null;
  }>;
  return {
    id: row.id,
    caseNumber: row.case_number,
    causeOfAction: row.cause_of_action,
    procedure: row.procedure as Procedure,
    court: row.court,
    status: row.status as CaseStatus,
    filedOn: row.filed_on,
    hearingOn: row.hearing_on,
    timeLimitDays: row.time_limit_days,
    closedOn: row.closed_on,
    panel: JSON.parse(row.panel) as Panel,
    parties: parties.map((p) => ({
      role: p.role,
      name: p.name,
      kind: p.kind,
      idNumber: p.id_number ?? '',
      address: p.address ?? '',
      phone: p.phone ?? '',
      agent: p.agent ?? '',
    })),
    claims: claims.map((c) => ({ text: c.text, amount: c.amount_fen === null ? null : c.amount_fen / 100 })),
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

const orNull = (s: string) => (s === '' ? null : s);

/** Writes the case row and replaces its parties and claims. Call inside a transaction. */
export function writeCase(db: Db, c: StoredCase, mode: 'insert' | 'update'): void {
  const row: CaseRow = {
    id: c.id,
    case_number: c.caseNumber,
    cause_of_action: c.causeOfAction,
    procedure: c.procedure,
    court: c.court,
    status: c.status,
    filed_on: c.filedOn,
    hearing_on: c.hearingOn,
    time_limit_days: c.timeLimitDays,
    closed_on: c.closedOn,
    panel: JSON.stringify(c.panel),
    version: c.version,
    created_at: c.createdAt,
    created_by: c.createdBy,
    updated_at: c.updatedAt,
    updated_by: c.updatedBy,
  };
  if (mode === 'insert') {
    db.prepare(
      `INSERT INTO cases (id, case_number, cause_of_action, procedure, court, status, filed_on, hearing_on,
         time_limit_days, closed_on, panel, version, created_at, created_by, updated_at, updated_by)
       VALUES (@id, @case_number, @cause_of_action, @procedure, @court, @status, @filed_on, @hearing_on,
         @time_limit_days, @closed_on, @panel, @version, @created_at, @created_by, @updated_at, @updated_by)`,
    ).run(row);
  } else {
    db.prepare(
      `UPDATE cases SET case_number = @case_number, cause_of_action = @cause_of_action, procedure = @procedure,
         court = @court, status = @status, filed_on = @filed_on, hearing_on = @hearing_on,
         time_limit_days = @time_limit_days, closed_on = @closed_on, panel = @panel, version = @version,
         updated_at = @updated_at, updated_by = @updated_by
       WHERE id = @id`,
    ).run(row);
    db.prepare('DELETE FROM case_parties WHERE case_id = ?').run(c.id);
    db.prepare('DELETE FROM case_claims WHERE case_id = ?').run(c.id);
  }
  const party = db.prepare(
    `INSERT INTO case_parties (case_id, position, role, name, kind, id_number, address, phone, agent)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  c.parties.forEach((p, i) =>
    party.run(c.id, i, p.role, p.name, p.kind, orNull(p.idNumber.toUpperCase()), orNull(p.address), orNull(p.phone), orNull(p.agent)),
  );
  const claim = db.prepare('INSERT INTO case_claims (case_id, position, text, amount_fen) VALUES (?, ?, ?, ?)');
  c.claims.forEach((cl, i) => claim.run(c.id, i, cl.text, cl.amount === null ? null : Math.round(cl.amount * 100)));
}
