import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { ChecklistDefinition, GuidanceItem, MarkStatus } from '../../../shared/contract/channels/checklists';
import { markStatusLabels } from '../../../shared/contract/channels/checklists';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import type { AuditLog } from '../audit';
import type { DossierService } from '../dossier';
import { resolveCitations } from '../laws';
import { checklistDefinitions, checklistForCause, checklistModel } from './definitions';
import type { GuidanceDocument } from './suggest';
import { suggestItem, suggestionRulesVersion } from './suggest';

export interface CaseGuidance {
  caseId: string;
  checklist: { id: string; cause: string; kind: 'civil' | 'criminal'; items: number; notice: string } | null;
  reason: string;
  documents: number;
  items: GuidanceItem[];
  flaggedCount: number;
}

/** Guidance as the judge sees it: with the rules' identity, how sure it is, and the audit line. */
export type AssistedGuidance = CaseGuidance & { ai: AiOutputDraft };

interface MarkRow {
  item_id: string;
  status: MarkStatus;
  note: string;
  marked_by: string;
  marked_at: string;
}

/**
 * 证据指引 for a case: the checklist its 案由 selects, each item's suggestion from the dossier,
 * and the judge's marks and dismissed prompts from workspace.db. Marks and dismissals are written
 * with their audit entry in one transaction.
 */
export class ChecklistService {
  constructor(
    private readonly workspace: Db,
    private readonly audit: AuditLog,
    /** knowledge.db, to show each item's legal basis as the statute reads. */
    private readonly knowledge: Db,
    /** The case's dossier documents, with their catalogue category and text. */
    private readonly dossier: Pick<DossierService, 'listDocuments'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list() {
    return checklistDefinitions().map((c) => ({ id: c.id, cause: c.cause, kind: c.kind, items: c.items.length }));
  }

  /** The case's guidance over its dossier, as an AI output the dispatcher audits. */
  forCase(caseId: string, checklistId?: string): AssistedGuidance {
    const documents = this.dossier.listDocuments(caseId);
    const guidance = this.guidance(caseId, documents, checklistId);
    const found = guidance.items.filter((i) => i.suggestion === 'found').length;
    // How sure the suggestions are: the mean catalogue confidence of the documents they rest on.
    const supporting = new Set(guidance.items.flatMap((i) => i.evidence.map((e) => e.documentId)));
    const confidences = documents.filter((d) => supporting.has(d.id)).map((d) => d.confidence ?? 0.5);
    const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0.5;
    return {
      ...guidance,
      ai: {
        ...checklistModel(suggestionRulesVersion),
        confidence: Math.min(1, Math.max(0, confidence)),
        summary: guidance.checklist
          ? `证据指引「${guidance.checklist.cause}」：${guidance.items.length}项，卷宗中似有${found}项，缺失提示${guidance.flaggedCount}项`
          : `证据指引：${guidance.reason}`,
      },
    };
  }

  private guidance(caseId: string, documents: readonly GuidanceDocument[], checklistId?: string): CaseGuidance {
    const cause = this.causeOf(caseId);
    const { checklist, reason } = this.choose(cause, checklistId);
    if (!checklist) return { caseId, checklist: null, reason, documents: documents.length, items: [], flaggedCount: 0 };
    const marks = this.marks(caseId, checklist.id);
    const dismissed = this.dismissedItems(caseId, checklist.id);
    const items = checklist.items.map((item): GuidanceItem => {
      const { suggestion, evidence } = suggestItem(item, documents);
      const mark = marks.get(item.id) ?? null;
      const settled = mark?.status === 'satisfied' || mark?.status === 'not_applicable';
      const isDismissed = dismissed.has(item.id);
      const flagged = item.required && !settled && (mark?.status === 'missing' || suggestion !== 'found') && !isDismissed;
      return {
        id: item.id,
        fact: item.fact,
        typicalEvidence: item.typicalEvidence,
        legalBasis: item.legalBasis,
        basisTexts: this.basisTexts(item.legalBasis),
        required: item.required,
        suggestion,
        evidence,
        mark,
        flagged,
        dismissed: isDismissed,
      };
    });
    return {
      caseId,
      checklist: {
        id: checklist.id,
        cause: checklist.cause,
        kind: checklist.kind,
        items: checklist.items.length,
        notice: checklist.notice,
      },
      reason,
      documents: documents.length,
      items,
      flaggedCount: items.filter((i) => i.flagged).length,
    };
  }

  /** Sets (or with null clears) the judge's mark on one item. */
  mark(caseId: string, checklistId: string, itemId: string, status: MarkStatus | null, note: string, actor: Actor) {
    const item = this.item(checklistId, itemId);
    this.causeOf(caseId);
    const at = this.now().toISOString();
    return inTransaction(this.workspace, () => {
      if (status === null) {
        this.workspace
          .prepare('DELETE FROM checklist_marks WHERE case_id = ? AND checklist_id = ? AND item_id = ?')
          .run(caseId, checklistId, itemId);
      } else {
        this.workspace
          .prepare(
            `INSERT INTO checklist_marks (case_id, checklist_id, item_id, status, note, marked_by, marked_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (case_id, checklist_id, item_id) DO UPDATE SET status = excluded.status, note = excluded.note,
               marked_by = excluded.marked_by, marked_at = excluded.marked_at`,
          )
          .run(caseId, checklistId, itemId, status, note, actor.displayName, at);
      }
      this.audit.append({
        actor,
        kind: 'decision',
        feature: 'evidenceGuidance',
        caseId,
        summary: `证据指引「${item.fact.slice(0, 30)}」${status ? `标记为${markStatusLabels[status]}` : '取消标记'}`,
        payload: { action: 'mark', checklistId, itemId, status, note },
      });
      return status === null ? null : { status, note, by: actor.displayName, at };
    });
  }

  /** Records that the missing-evidence prompt of one item was seen and set aside. */
  dismiss(caseId: string, checklistId: string, itemId: string, reason: string, actor: Actor) {
    const item = this.item(checklistId, itemId);
    this.causeOf(caseId);
    const at = this.now().toISOString();
    inTransaction(this.workspace, () => {
      this.workspace
        .prepare(
          `INSERT INTO checklist_dismissals (case_id, checklist_id, item_id, reason, dismissed_by, dismissed_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(caseId, checklistId, itemId, reason, actor.displayName, at);
      this.audit.append({
        actor,
        kind: 'decision',
        feature: 'evidenceGuidance',
        caseId,
        summary: `忽略证据缺失提示「${item.fact.slice(0, 30)}」${reason ? `：${reason.slice(0, 60)}` : ''}`,
        payload: { action: 'dismiss', checklistId, itemId, reason },
      });
    });
    return { dismissedAt: at };
  }

  private choose(cause: string, checklistId?: string): { checklist: ChecklistDefinition | null; reason: string } {
    if (checklistId) {
      const chosen = checklistDefinitions().find((c) => c.id === checklistId);
      if (!chosen) throw new Refusal('NOT_FOUND', `没有编号为「${checklistId}」的证据指引清单`);
      return { checklist: chosen, reason: `按选择的清单「${chosen.cause}」` };
    }
    const byCause = checklistForCause(cause);
    return byCause
      ? { checklist: byCause, reason: `按案由「${cause}」匹配清单「${byCause.cause}」` }
      : { checklist: null, reason: `案由「${cause}」暂无证据指引清单，可手动选择一份清单` };
  }

  private item(checklistId: string, itemId: string) {
    const checklist = checklistDefinitions().find((c) => c.id === checklistId);
    if (!checklist) throw new Refusal('NOT_FOUND', `没有编号为「${checklistId}」的证据指引清单`);
    const item = checklist.items.find((i) => i.id === itemId);
    if (!item) throw new Refusal('NOT_FOUND', `清单「${checklist.cause}」中没有条目「${itemId}」`);
    return item;
  }

  private causeOf(caseId: string): string {
    const row = this.workspace.prepare('SELECT cause_of_action FROM cases WHERE id = ?').get(caseId) as
      { cause_of_action: string } | undefined;
    if (!row) throw new Refusal('NOT_FOUND', `找不到案件（编号 ${caseId}）`);
    return row.cause_of_action;
  }

  private marks(caseId: string, checklistId: string) {
    const rows = this.workspace
      .prepare('SELECT item_id, status, note, marked_by, marked_at FROM checklist_marks WHERE case_id = ? AND checklist_id = ?')
      .all(caseId, checklistId) as MarkRow[];
    return new Map(rows.map((r) => [r.item_id, { status: r.status, note: r.note, by: r.marked_by, at: r.marked_at }]));
  }

  private dismissedItems(caseId: string, checklistId: string): Set<string> {
    const rows = this.workspace
      .prepare('SELECT DISTINCT item_id FROM checklist_dismissals WHERE case_id = ? AND checklist_id = ?')
      .pluck()
      .all(caseId, checklistId) as string[];
    return new Set(rows);
  }

  private basisTexts(legalBasis: string): GuidanceItem['basisTexts'] {
    return resolveCitations(this.knowledge, legalBasis).citations.flatMap((c) =>
      c.articles.map((a) => ({
        citation: a.citation ?? `${c.raw}`,
        text: a.paragraphText ?? a.text,
        problem: a.problems[0]?.message ?? null,
      })),
    );
  }
}
