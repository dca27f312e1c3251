import { randomUUID } from 'node:crypto';
import type {
  Participant,
  Transcript,
  TranscriptHeader,
  TranscriptOp,
  TranscriptProcedure,
  TranscriptSummary,
  snapshotReasons,
} from '../../../shared/contract/channels/transcripts';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { TranscriptContent } from '../../../shared/domain/transcript-editing';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import type { AuditLog } from '../audit';
import { applyOpSql, writeContent } from './apply-op-sql';
import { readDisputeFocuses, withDisputeFocuses } from './dispute-focus';
import { opSummary } from './op-summary';
import { readContent, readTranscript, transcriptRow } from './read-transcript';
import { fillPlaceholders, nameForRole, templateInfos, transcriptTemplate } from './templates';
import { transcriptDocx, transcriptFileName } from './transcript-docx';
import type { TranscriptSettings } from './transcript-settings';

type SnapshotReason = (typeof snapshotReasons)[number];

export interface ClientOp {
  clientSeq: number;
  op: TranscriptOp;
}

export interface TranscriptServiceOptions {
  now?: () => Date;
  /** A whole version is kept every this many ops (history and restore points). */
  snapshotEvery?: number;
}

const auditFeature = 'transcript';
/** The journal's client id for ops the service writes itself (restore). */
const serviceClientId = 'service';

/**
 * 庭审笔录: create from a template, apply the editor's ops durably and idempotently, keep versions,
 * lock after sign-off and record amendments. Every write is one IMMEDIATE transaction on a
 * WAL + synchronous=FULL database, so an acknowledged edit survives a crash or power loss.
 */
export class TranscriptService {
  private readonly now: () => Date;
  readonly snapshotEvery: number;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    /** The court's notice wording, read into every new transcript. */
    private readonly settings: TranscriptSettings,
    options: TranscriptServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.snapshotEvery = options.snapshotEvery ?? 100;
  }

  templates() {
    return templateInfos();
  }

  /**
   * A new transcript from the procedure's template: the court's current notice wording, the
   * 争议焦点 read out and questioned in 法庭调查, placeholders filled from the header.
   */
  create(
    request: { caseId: string; procedure: TranscriptProcedure; header: TranscriptHeader; disputeFocuses?: readonly string[] },
    actor: Actor,
  ): Transcript {
    const template = withDisputeFocuses(transcriptTemplate(request.procedure), request.disputeFocuses ?? [], request.header);
    const id = randomUUID();
    const at = this.now().toISOString();
    const content: TranscriptContent = {
      header: request.header,
      sections: template.sections.map((section, s) => ({
        id: `s${s + 1}`,
        title: section.title,
        turns: section.turns.map((t, i) => ({
          id: `s${s + 1}t${i + 1}`,
          role: t.role,
          name: nameForRole(request.header, t.role),
          text: fillPlaceholders(t.notice ? this.settings.noticeText(request.procedure, t.notice) : t.text, request.header),
          at,
        })),
      })),
    };
    inTransaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO transcripts (id, case_id, procedure, title, header, status, version, created_at, created_by, updated_at)
           VALUES (?, ?, ?, ?, ?, 'draft', 0, ?, ?, ?)`,
        )
        .run(id, request.caseId, request.procedure, template.title, JSON.stringify(request.header), at, actor.displayName, at);
      writeContent(this.db, id, content);
      this.snapshot(id, 0, 'create', actor.displayName, content);
    });
    return this.get(id);
  }

  get(id: string): Transcript {
    return readTranscript(this.db, id);
  }

  /** The 争议焦点 the transcript reads out in 法庭调查, as the presiding judge worded them. */
  disputeFocuses(id: string): string[] {
    return readDisputeFocuses(this.get(id).sections.flatMap((s) => s.turns.map((t) => t.text)));
  }

  list(caseId: string): TranscriptSummary[] {
    const rows = this.db
      .prepare(
        `SELECT t.id, t.case_id, t.procedure, t.title, t.header, t.status, t.version, t.created_at, t.updated_at,
                (SELECT count(*) FROM transcript_turns u WHERE u.transcript_id = t.id) AS turn_count
         FROM transcripts t WHERE t.case_id = ? ORDER BY t.created_at DESC, t.id`,
      )
      .all(caseId) as Array<{
      id: string;
      case_id: string;
      procedure: TranscriptProcedure;
      title: string;
      header: string;
      status: 'draft' | 'locked';
      version: number;
      created_at: string;
      updated_at: string;
      turn_count: number;
    }>;
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      procedure: r.procedure,
      title: r.title,
      caseNumber: (JSON.parse(r.header) as TranscriptHeader).caseNumber,
      status: r.status,
      version: r.version,
      turnCount: r.turn_count,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  /**
   * Applies the batch in one transaction and journals each op. Ops already journaled under the
   * same (clientId, clientSeq) are skipped: a resend after a crash or a lost reply is harmless.
   */
  applyOps(transcriptId: string, clientId: string, ops: readonly ClientOp[], actor: Actor) {
    return inTransaction(this.db, () => {
      const row = transcriptRow(this.db, transcriptId);
      const seen = this.db.prepare('SELECT 1 FROM transcript_ops WHERE transcript_id = ? AND client_id = ? AND client_seq = ?');
      const fresh = ops.filter((o) => !seen.get(transcriptId, clientId, o.clientSeq));
      if (fresh.length && row.status === 'locked') throw this.lockedError(row.locked_at);
      const at = this.now().toISOString();
      let version = row.version;
      const journal = this.db.prepare(
        `INSERT INTO transcript_ops (transcript_id, seq, client_id, client_seq, type, op, before, at, actor)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const { clientSeq, op } of fresh) {
        const before = applyOpSql(this.db, transcriptId, op);
        version += 1;
        journal.run(
          transcriptId,
          version,
          clientId,
          clientSeq,
          op.type,
          JSON.stringify(op),
          before === null ? null : JSON.stringify(before),
          at,
          actor.displayName,
        );
        if (version % this.snapshotEvery === 0) this.snapshot(transcriptId, version, 'auto', actor.displayName);
      }
      if (fresh.length) {
        this.db.prepare('UPDATE transcripts SET version = ?, updated_at = ? WHERE id = ?').run(version, at, transcriptId);
      }
      return {
        version,
        ackedClientSeq: Math.max(0, ...ops.map((o) => o.clientSeq)),
        applied: fresh.length,
        duplicates: ops.length - fresh.length,
      };
    });
  }

  history(transcriptId: string, opLimit: number) {
    const row = transcriptRow(this.db, transcriptId);
    const versions = (
      this.db
        .prepare('SELECT version, reason, at, actor, content FROM transcript_snapshots WHERE transcript_id = ? ORDER BY version DESC')
        .all(transcriptId) as Array<{ version: number; reason: SnapshotReason; at: string; actor: string; content: string }>
    ).map(({ content, ...v }) => {
      const sections = (JSON.parse(content) as TranscriptContent).sections;
      const turns = sections.flatMap((s) => s.turns);
      return { ...v, turnCount: turns.length, charCount: turns.reduce((n, t) => n + t.text.length, 0) };
    });
    const ops = (
      this.db
        .prepare(
          `SELECT seq, type, op, at, actor, client_id, client_seq FROM transcript_ops
           WHERE transcript_id = ? ORDER BY seq DESC LIMIT ?`,
        )
        .all(transcriptId, opLimit) as Array<{
        seq: number;
        type: string;
        op: string;
        at: string;
        actor: string;
        client_id: string;
        client_seq: number;
      }>
    ).map((o) => ({
      seq: o.seq,
      type: o.type,
      at: o.at,
      actor: o.actor,
      clientId: o.client_id,
      clientSeq: o.client_seq,
      summary: opSummary(JSON.parse(o.op) as { type: string }),
    }));
    return { version: row.version, versions, ops };
  }

  /**
   * Makes the text of `version` current again. It is an op like any other: the state before is
   * kept as a version, the restore is journaled, nothing is deleted.
   */
  restore(transcriptId: string, version: number, actor: Actor): Transcript {
    inTransaction(this.db, () => {
      const row = transcriptRow(this.db, transcriptId);
      if (row.status === 'locked') throw this.lockedError(row.locked_at);
      const stored = this.db
        .prepare('SELECT content FROM transcript_snapshots WHERE transcript_id = ? AND version = ?')
        .pluck()
        .get(transcriptId, version) as string | undefined;
      if (stored === undefined) throw new Refusal('NOT_FOUND', `笔录没有第 ${version} 版`);
      this.snapshot(transcriptId, row.version, 'before-restore', actor.displayName);
      writeContent(this.db, transcriptId, JSON.parse(stored) as TranscriptContent);
      const next = row.version + 1;
      const at = this.now().toISOString();
      this.db
        .prepare(
          `INSERT INTO transcript_ops (transcript_id, seq, client_id, client_seq, type, op, before, at, actor)
           VALUES (?, ?, ?, ?, 'restore', ?, ?, ?, ?)`,
        )
        .run(
          transcriptId,
          next,
          serviceClientId,
          next,
          JSON.stringify({ type: 'restore', toVersion: version }),
          JSON.stringify({ version: row.version }),
          at,
          actor.displayName,
        );
      this.db.prepare('UPDATE transcripts SET version = ?, updated_at = ? WHERE id = ?').run(next, at, transcriptId);
      this.audit.append({
        actor,
        kind: 'decision',
        feature: auditFeature,
        caseId: row.case_id,
        summary: `恢复庭审笔录至第 ${version} 版（${(JSON.parse(row.header) as TranscriptHeader).caseNumber}）`,
        payload: { transcriptId, toVersion: version, fromVersion: row.version },
      });
    });
    return this.get(transcriptId);
  }

  /** 签名锁定: stores who signed, keeps the locked text as a version, audits the lock. */
  lock(transcriptId: string, expectedVersion: number, participants: Participant[], actor: Actor): Transcript {
    inTransaction(this.db, () => {
      const row = transcriptRow(this.db, transcriptId);
      if (row.status === 'locked') throw this.lockedError(row.locked_at);
      if (row.version !== expectedVersion) {
        throw new Refusal('CONFLICT', `笔录在确认后又有修改（第 ${expectedVersion} 版 → 第 ${row.version} 版），请重新阅看后再锁定`);
      }
      const at = this.now().toISOString();
      this.snapshot(transcriptId, row.version, 'lock', actor.displayName);
      this.db
        .prepare("UPDATE transcripts SET status = 'locked', locked_at = ?, locked_by = ?, signed_by = ?, updated_at = ? WHERE id = ?")
        .run(at, actor.displayName, JSON.stringify(participants), at, transcriptId);
      this.audit.append({
        actor,
        kind: 'decision',
        feature: auditFeature,
        caseId: row.case_id,
        summary: `锁定庭审笔录（${(JSON.parse(row.header) as TranscriptHeader).caseNumber}，第 ${row.version} 版），签名人：${participants.map((p) => `${p.role}${p.name}`).join('、')}`,
        payload: { transcriptId, version: row.version, participants },
      });
    });
    return this.get(transcriptId);
  }

  /**
   * 更正: a recorded correction of one turn after the lock. The signed text stays as it was; the
   * amendment (who, when, before, after, reason) is stored with its audit entry.
   */
  amend(transcriptId: string, turnId: string, after: string, reason: string, actor: Actor): Transcript {
    inTransaction(this.db, () => {
      const row = transcriptRow(this.db, transcriptId);
      if (row.status !== 'locked') throw new Refusal('CONFLICT', '笔录尚未锁定，可直接修改，无需更正记录');
      const signed = this.db
        .prepare('SELECT text FROM transcript_turns WHERE transcript_id = ? AND id = ?')
        .pluck()
        .get(transcriptId, turnId) as string | undefined;
      if (signed === undefined) throw new Refusal('NOT_FOUND', `笔录中没有发言 ${turnId}`);
      const latest = this.db
        .prepare('SELECT after FROM transcript_amendments WHERE transcript_id = ? AND turn_id = ? ORDER BY id DESC LIMIT 1')
        .pluck()
        .get(transcriptId, turnId) as string | undefined;
      const before = latest ?? signed;
      if (before === after) throw new Refusal('CONFLICT', '更正后的内容与原内容相同');
      const at = this.now().toISOString();
      const entry = this.audit.append({
        actor,
        kind: 'decision',
        feature: auditFeature,
        caseId: row.case_id,
        summary: `更正庭审笔录（${(JSON.parse(row.header) as TranscriptHeader).caseNumber}）：${reason}`,
        payload: { transcriptId, turnId, before, after, reason },
      });
      this.db
        .prepare(
          `INSERT INTO transcript_amendments (transcript_id, turn_id, before, after, reason, actor, role, at, audit_seq)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(transcriptId, turnId, before, after, reason, actor.displayName, actor.role, at, entry.seq);
    });
    return this.get(transcriptId);
  }

  /** The court-layout DOCX of the current text (locked or not); the export is audited. */
  async exportDocx(transcriptId: string, actor: Actor): Promise<{ fileName: string; base64: string; bytes: number }> {
    const doc = this.get(transcriptId);
    const bytes = await transcriptDocx(doc);
    this.audit.append({
      actor,
      kind: 'decision',
      feature: auditFeature,
      caseId: doc.caseId,
      summary: `导出庭审笔录 DOCX（${doc.header.caseNumber}，第 ${doc.version} 版，${doc.status === 'locked' ? '已锁定' : '未锁定'}）`,
      payload: { transcriptId, version: doc.version, bytes: bytes.length },
    });
    return { fileName: transcriptFileName(doc), base64: bytes.toString('base64'), bytes: bytes.length };
  }

  private snapshot(transcriptId: string, version: number, reason: SnapshotReason, actor: string, content?: TranscriptContent): void {
    // One snapshot per version: a lock right after an automatic snapshot holds the same text.
    this.db
      .prepare('INSERT OR IGNORE INTO transcript_snapshots (transcript_id, version, reason, at, actor, content) VALUES (?, ?, ?, ?, ?, ?)')
      .run(transcriptId, version, reason, this.now().toISOString(), actor, JSON.stringify(content ?? readContent(this.db, transcriptId)));
  }

  private lockedError(lockedAt: string | null): Refusal {
    return new Refusal(
      'CONFLICT',
      `笔录已于 ${lockedAt ? formatLocal(lockedAt) : ''} 签名锁定，不能再修改；如需更正，请提交更正记录并写明理由`,
    );
  }
}

function formatLocal(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
