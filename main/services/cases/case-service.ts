import { randomUUID } from 'node:crypto';
import type {
  Case,
  CauseCatalogue,
  CaseInput,
  CaseListQuery,
  CaseStatus,
  CaseSummary,
  Party,
} from '../../../shared/contract/channels/cases';
import { caseStatusLabels } from '../../../shared/contract/channels/cases';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { defaultTimeLimitDays, localIsoDate, timeLimitStatus } from '../../../shared/domain/case-procedures';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import type { AuditLog } from '../audit';
import type { CaseContent, CaseRow, StoredCase } from './case-rows';
import { contentOf, readCase, writeCase } from './case-rows';
import { causeCatalogues } from './causes-of-action';

const fieldLabels: Record<keyof CaseContent, string> = {
  caseNumber: '案号',
  causeOfAction: '案由',
  procedure: '审理程序',
  court: '法院',
  status: '状态',
  filedOn: '立案日期',
  hearingOn: '开庭日期',
  timeLimitDays: '审限',
  closedOn: '结案日期',
  panel: '审判组织',
  parties: '当事人',
  claims: '诉讼请求',
};

/** 诉讼地位 on the side that brings the case; the rest answer it. */
const bringingSide = new Set<Party['role']>([
  '原告',
  '上诉人',
  '再审申请人',
  '申请人',
  '申请执行人',
  '公诉机关',
  '自诉人',
  '附带民事诉讼原告人',
]);
const answeringSide = new Set<Party['role']>(['被告', '被上诉人', '被申请人', '被执行人', '被告人']);

function namesLine(names: string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join('、')}等` : names.join('、');
}

/** 王某 诉 李某 for the list; a criminal case lists its 被告人. */
export function partiesLine(parties: ReadonlyArray<Pick<Party, 'role' | 'name'>>): string {
  const left = parties.filter((p) => bringingSide.has(p.role) && p.role !== '公诉机关').map((p) => p.name);
  const right = parties.filter((p) => answeringSide.has(p.role)).map((p) => p.name);
  if (left.length && right.length) return `${namesLine(left)} 诉 ${namesLine(right)}`;
  return namesLine(right.length ? right : parties.map((p) => p.name));
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The user's cases in workspace.db. Every write is one transaction with its audit entry; every
 * edit checks the version the user saw (CONFLICT otherwise) and keeps the case as it was, so the
 * edit can be undone.
 */
export class CaseService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return localIsoDate(this.now());
  }

  private withDerived(c: StoredCase): Case {
    const undoable = this.db
      .prepare('SELECT count(*) FROM case_history WHERE case_id = ? AND undone_at IS NULL')
      .pluck()
      .get(c.id) as number;
    return { ...c, ...this.timeLimit(c), undoable };
  }

  private timeLimit(c: Pick<StoredCase, 'status' | 'filedOn' | 'timeLimitDays'>) {
    const status = c.status === 'open' ? timeLimitStatus(c.filedOn, c.timeLimitDays, this.today()) : null;
    return { deadline: status?.deadline ?? null, daysLeft: status?.daysLeft ?? null };
  }

  private mustRead(id: string): StoredCase {
    const found = readCase(this.db, id);
    if (!found) throw new Refusal('NOT_FOUND', '找不到该案件，可能已被移除');
    return found;
  }

  private checkVersion(current: StoredCase, expected: number): void {
    if (current.version !== expected) {
      throw new Refusal(
        'CONFLICT',
        `案件${current.caseNumber}已被${current.updatedBy}于${current.updatedAt.slice(0, 16).replace('T', ' ')}修改（当前第${current.version}版，您编辑的是第${expected}版），请刷新后再改`,
      );
    }
  }

  private checkNumberFree(caseNumber: string, exceptId: string | null): void {
    const other = this.db
      .prepare("SELECT id, cause_of_action FROM cases WHERE case_number = ? AND status <> 'removed' AND id IS NOT ?")
      .get(caseNumber, exceptId) as { id: string; cause_of_action: string } | undefined;
    if (other) throw new Refusal('CONFLICT', `案号${caseNumber}已被另一件案件（${other.cause_of_action}）使用`);
  }

  private content(input: CaseInput): CaseContent {
    return { ...input, timeLimitDays: input.timeLimitDays ?? defaultTimeLimitDays(input.procedure) };
  }

  get(id: string): Case {
    return this.withDerived(this.mustRead(id));
  }

  /** The case holding this (normalised) number; a removed case only when no other holds it. */
  getByNumber(caseNumber: string): Case {
    const id = this.db
      .prepare("SELECT id FROM cases WHERE case_number = ? ORDER BY status = 'removed', updated_at DESC LIMIT 1")
      .pluck()
      .get(caseNumber) as string | undefined;
    if (!id) throw new Refusal('NOT_FOUND', `没有案号为${caseNumber}的案件`);
    return this.get(id);
  }

  /** By id, or by 案号 for the CLI and links from documents (the contract asks for exactly one). */
  find(request: { id?: string | undefined; caseNumber?: string | undefined }): Case {
    return request.id !== undefined ? this.get(request.id) : this.getByNumber(request.caseNumber ?? '');
  }

  /** 案由 and 罪名 catalogues for the case form. */
  causes(): { civil: CauseCatalogue; criminal: CauseCatalogue } {
    return causeCatalogues();
  }

  list(request: CaseListQuery): { items: CaseSummary[]; total: number } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (request.status) {
      where.push('c.status = @status');
      params.status = request.status;
    } else where.push("c.status <> 'removed'");
    if (request.procedure) {
      where.push('c.procedure = @procedure');
      params.procedure = request.procedure;
    }
    if (request.filedFrom) {
      where.push('c.filed_on >= @filedFrom');
      params.filedFrom = request.filedFrom;
    }
    if (request.filedTo) {
      where.push('c.filed_on <= @filedTo');
      params.filedTo = request.filedTo;
    }
    const query = request.query.trim();
    if (query) {
      // A case number is searched in its stored full-width form, whichever parentheses were typed.
      params.like = `%${likeEscape(query)}%`;
      params.numberLike = `%${likeEscape(query.replace(/\(/g, '（').replace(/\)/g, '）'))}%`;
      where.push(`(c.case_number LIKE @numberLike ESCAPE '\\' OR c.cause_of_action LIKE @like ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND p.name LIKE @like ESCAPE '\\'))`);
    }
    const sqlWhere = `WHERE ${where.join(' AND ')}`;
    const total = this.db.prepare(`SELECT count(*) FROM cases c ${sqlWhere}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT c.* FROM cases c ${sqlWhere}
         ORDER BY c.filed_on IS NULL, c.filed_on DESC, c.updated_at DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: request.limit, offset: request.offset }) as CaseRow[];
    const partiesOf = this.db.prepare('SELECT role, name FROM case_parties WHERE case_id = ? ORDER BY position');
    const items = rows.map((r): CaseSummary => {
      const status = r.status as CaseStatus;
      return {
        id: r.id,
        caseNumber: r.case_number,
        causeOfAction: r.cause_of_action,
        procedure: r.procedure as CaseSummary['procedure'],
        court: r.court,
        status,
        filedOn: r.filed_on,
        hearingOn: r.hearing_on,
        partiesLine: partiesLine(partiesOf.all(r.id) as Array<Pick<Party, 'role' | 'name'>>),
        presidingJudge: (JSON.parse(r.panel) as { presidingJudge?: string }).presidingJudge ?? '',
        version: r.version,
        updatedAt: r.updated_at,
        ...this.timeLimit({ status, filedOn: r.filed_on, timeLimitDays: r.time_limit_days }),
      };
    });
    return { items, total };
  }

  create(input: CaseInput, actor: Actor): Case {
    return inTransaction(this.db, () => {
      const content = this.content(input);
      this.checkNumberFree(content.caseNumber, null);
      const at = this.now().toISOString();
      const stored: StoredCase = {
        id: randomUUID(),
        ...content,
        version: 1,
        createdAt: at,
        createdBy: actor.displayName,
        updatedAt: at,
        updatedBy: actor.displayName,
      };
      writeCase(this.db, stored, 'insert');
      this.record(actor, stored, 'create', `新建案件${stored.caseNumber}（${stored.causeOfAction}）`, []);
      return this.withDerived(this.mustRead(stored.id));
    });
  }

  update(id: string, expectedVersion: number, input: CaseInput, actor: Actor): Case {
    return inTransaction(this.db, () => {
      const current = this.mustRead(id);
      this.checkVersion(current, expectedVersion);
      if (current.status === 'archived' || current.status === 'removed') {
        throw new Refusal('VALIDATION', `案件已${caseStatusLabels[current.status].slice(1)}，请先恢复为审理中再修改`);
      }
      return this.replace(current, this.content(input), actor, 'update');
    });
  }

  /** 归档 / 移除 / 恢复: a status change with its own history entry, so it can be undone too. */
  setStatus(id: string, expectedVersion: number, status: 'archived' | 'removed' | 'open', actor: Actor): Case {
    return inTransaction(this.db, () => {
      const current = this.mustRead(id);
      this.checkVersion(current, expectedVersion);
      if (current.status === status) return this.withDerived(current);
      // 恢复 an archived case that had been closed goes back to 已结案, not 审理中.
      const next: CaseStatus = status === 'open' && current.closedOn ? 'closed' : status;
      if (next !== 'removed') this.checkNumberFree(current.caseNumber, current.id);
      return this.replace(current, { ...contentOf(current), status: next }, actor, status === 'open' ? 'restore' : status);
    });
  }

  /** Restores the case as it was before its newest edit not yet undone, as a new version. */
  undo(id: string, expectedVersion: number, actor: Actor): Case {
    return inTransaction(this.db, () => {
      const current = this.mustRead(id);
      this.checkVersion(current, expectedVersion);
      const last = this.db
        .prepare('SELECT version, snapshot FROM case_history WHERE case_id = ? AND undone_at IS NULL ORDER BY version DESC LIMIT 1')
        .get(id) as { version: number; snapshot: string } | undefined;
      if (!last) throw new Refusal('VALIDATION', '没有可以撤销的修改');
      const before = JSON.parse(last.snapshot) as CaseContent;
      if (before.status !== 'removed') this.checkNumberFree(before.caseNumber, id);
      const at = this.now().toISOString();
      this.db.prepare('UPDATE case_history SET undone_at = ? WHERE case_id = ? AND version = ?').run(at, id, last.version);
      const restored: StoredCase = { ...current, ...before, version: current.version + 1, updatedAt: at, updatedBy: actor.displayName };
      writeCase(this.db, restored, 'update');
      this.record(
        actor,
        restored,
        'undo',
        `撤销对案件${restored.caseNumber}的上一次修改（恢复为第${last.version}版的内容）`,
        changedFields(contentOf(current), before),
      );
      return this.withDerived(this.mustRead(id));
    });
  }

  private replace(current: StoredCase, next: CaseContent, actor: Actor, action: string): Case {
    const before = contentOf(current);
    const changed = changedFields(before, next);
    if (changed.length === 0) return this.withDerived(current);
    if (next.caseNumber !== current.caseNumber && next.status !== 'removed') this.checkNumberFree(next.caseNumber, current.id);
    const at = this.now().toISOString();
    this.db
      .prepare('INSERT INTO case_history (case_id, version, snapshot, replaced_at, replaced_by) VALUES (?, ?, ?, ?, ?)')
      .run(current.id, current.version, JSON.stringify(before), at, actor.displayName);
    const stored: StoredCase = { ...current, ...next, version: current.version + 1, updatedAt: at, updatedBy: actor.displayName };
    writeCase(this.db, stored, 'update');
    const verb: Record<string, string> = { update: '修改', archived: '归档', removed: '移除', restore: '恢复' };
    const what = action === 'update' ? `：${changed.map((f) => fieldLabels[f]).join('、')}` : '';
    this.record(actor, stored, action, `${verb[action] ?? action}案件${stored.caseNumber}${what}`, changed);
    return this.withDerived(this.mustRead(current.id));
  }

  private record(actor: Actor, c: StoredCase, action: string, summary: string, changed: Array<keyof CaseContent>): void {
    this.audit.append({
      actor,
      kind: 'decision',
      feature: 'cases',
      caseId: c.id,
      summary,
      payload: { action, caseNumber: c.caseNumber, version: c.version, changed },
    });
  }
}

function changedFields(a: CaseContent, b: CaseContent): Array<keyof CaseContent> {
  return (Object.keys(fieldLabels) as Array<keyof CaseContent>).filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null));
}
