import type { AuditEntry, AuditKind } from '../../../shared/contract/channels/audit';
import type { Role } from '../../../shared/contract/roles';

/** One audit_log row as SQLite returns it. */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  role: string;
  kind: string;
  feature: string | null;
  case_id: string | null;
  summary: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export function rowToEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    role: row.role as Role,
    kind: row.kind as AuditKind,
    feature: row.feature,
    caseId: row.case_id,
    summary: row.summary,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
