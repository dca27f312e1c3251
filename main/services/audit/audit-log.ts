import type { AuditEntry, AuditFilter, AuditKind, AuditStats, AuditVerifyResult, decisions } from '../../../shared/contract/channels/audit';
import { decisionLabels } from '../../../shared/contract/channels/audit';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import { filterToSql } from './audit-filter';
import type { AuditRow } from './audit-row';
import { rowToEntry } from './audit-row';
import { queryAuditStats } from './audit-stats';
import { auditCsv, auditCsvFileName } from './export-csv';
import { entryHash, genesisHash } from './hash-chain';
import { verifyChain } from './verify-chain';

/** One entry to append; `actor` is the person acting (the dispatcher's Actor). */
export type NewAuditEntry = AuditEntryBody & { actor: Actor };

export interface AuditEntryBody {
  kind: AuditKind;
  feature: string | null;
  caseId: string | null;
  summary: string;
  payload: Record<string, unknown>;
}

/** The append-only, hash-chained audit trail in workspace.db. */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Appends one entry. Joins the caller's transaction when there is one, so a settings change
   * and its audit entry are stored together or not at all.
   */
  append(entry: NewAuditEntry): AuditEntry {
    return inTransaction(this.db, () => {
      const head = this.db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
      const payload = JSON.parse(canonicalJson(entry.payload)) as Record<string, unknown>;
      const fields = {
        seq: (head?.seq ?? 0) + 1,
        at: this.now().toISOString(),
        actor: entry.actor.displayName,
        role: entry.actor.role,
        kind: entry.kind,
        feature: entry.feature,
        caseId: entry.caseId,
        summary: entry.summary,
        payload,
        prevHash: head?.hash ?? genesisHash,
      };
      const hash = entryHash(fields);
      this.db
        .prepare(
          `INSERT INTO audit_log (seq, at, actor, role, kind, feature, case_id, summary, payload, prev_hash, hash)
           VALUES (@seq, @at, @actor, @role, @kind, @feature, @caseId, @summary, @payload, @prevHash, @hash)`,
        )
        .run({ ...fields, payload: canonicalJson(payload), hash });
      this.db
        .prepare(
          `INSERT INTO audit_head (id, seq, hash) VALUES (1, @seq, @hash)
           ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`,
        )
        .run({ seq: fields.seq, hash });
      return { ...fields, hash };
    });
  }

  get(seq: number): AuditEntry | null {
    const row = this.db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as AuditRow | undefined;
    return row ? rowToEntry(row) : null;
  }

  list(filter: AuditFilter, limit: number, offset: number): { entries: AuditEntry[]; total: number } {
    const { where, params } = filterToSql(filter);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as AuditRow[];
    return { entries: rows.map(rowToEntry), total };
  }

  /** Every matching entry, oldest first, for export. */
  *iterate(filter: AuditFilter): Generator<AuditEntry> {
    const { where, params } = filterToSql(filter);
    const rows = this.db.prepare(`SELECT * FROM audit_log ${where} ORDER BY seq ASC`).iterate(params);
    for (const row of rows) yield rowToEntry(row as AuditRow);
  }

  /** Raw rows in stored order, for verification. */
  *rawRows(): Generator<AuditRow> {
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq ASC').iterate()) {
      yield row as AuditRow;
    }
  }

  /** Walks the whole chain; names the first entry that does not hold. */
  verify(): AuditVerifyResult {
    return verifyChain(this);
  }

  /** Per-day counts and the decision tally of the matching entries. */
  stats(filter: AuditFilter): AuditStats {
    return queryAuditStats(this.db, filter);
  }

  /** The matching entries as a CSV file for Excel, named with the time of export. */
  exportCsv(filter: AuditFilter): { fileName: string; csv: string; rows: number } {
    const { csv, rows } = auditCsv(this.iterate(filter));
    return { fileName: auditCsvFileName(this.now()), csv, rows };
  }

  /** The judge's accept / reject / edit of one AI output, chained after it and pointing back to it. */
  recordDecision(outputSeq: number, decision: (typeof decisions)[number], note: string | undefined, actor: Actor): AuditEntry {
    return inTransaction(this.db, () => {
      const output = this.get(outputSeq);
      if (!output || output.kind !== 'ai_output') throw new Refusal('NOT_FOUND', `审计日志中没有第 ${outputSeq} 条AI输出`);
      return this.append({
        actor,
        kind: 'decision',
        feature: output.feature,
        caseId: output.caseId,
        summary: `${decisionLabels[decision]}：${output.summary}`,
        payload: { outputSeq: output.seq, decision, note: note ?? '' },
      });
    });
  }

  head(): { seq: number; hash: string } | null {
    return (this.db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined) ?? null;
  }
}
