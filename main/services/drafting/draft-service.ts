import { randomUUID } from 'node:crypto';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type {
  CitedArticle,
  Draft,
  DraftSummary,
  DraftVersion,
  DocumentType,
  DraftSection,
} from '../../../shared/contract/channels/drafting';
import { documentTypeLabels } from '../../../shared/contract/channels/drafting';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import { localIsoDate } from '../../../shared/domain/case-procedures';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import { knowledgeVersion } from '../../store/stores';
import type { AuditLog } from '../audit';
import type { CaseService } from '../cases';
import { draftToDocx } from './draft-docx';
import type { DraftRow, VersionRow } from './draft-rows';
import { appendVersion, insertDraft, listDraftRows, listVersions, readDraftRow, readVersion, undoDepth } from './draft-rows';
import { countGaps, sectionsFromCase } from './fill-from-case';
import type { DraftPlainText } from './plain-text';
import { draftPlainText } from './plain-text';
import type { CitationSuggestion } from './suggest-citations';
import { citationModel, suggestCitations } from './suggest-citations';
import { documentTemplate, templateInfos } from './templates';

export const draftMarkText = '草稿　含未经修改的机器生成内容（仅供参考）';
const auditFeature = 'drafting';

/** What the review engine reads: the sections' text and the whole text with section offsets. */
export interface DraftForReview extends DraftPlainText {
  id: string;
  caseId: string;
  caseNumber: string;
  type: DocumentType;
  typeName: string;
  version: number;
  sectionTexts: Array<{ key: string; title: string; text: string }>;
}

export interface SectionEdit {
  key: string;
  text: string;
  origin?: 'judge' | 'suggested';
}

/** 法律依据 as AI output: the suggestions, the articles, and what the dispatcher audits. */
export interface CitationOutput {
  suggestions: CitationSuggestion['suggestions'];
  articles: CitedArticle[];
  caseId: string;
  ai: AiOutputDraft;
}

/** The exported file, base64 for the contract, with what is still left to the judge. */
export interface DraftExport {
  fileName: string;
  base64: string;
  unfilled: number;
  suggestedSections: string[];
}

/**
 * 文书起草: drafts from the document templates, filled from the case record; every save, undo and
 * restore is a new version in one transaction with its audit entry, so nothing written is lost.
 * Stateless over workspace.db (plus knowledge.db for citations); cases are read through CaseService.
 */
export class DraftService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly cases: Pick<CaseService, 'get'>,
    private readonly knowledge: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  templates() {
    return templateInfos();
  }

  create(request: { caseId: string; type: DocumentType; date?: string }, actor: Actor): Draft {
    const record = this.caseRecord(request.caseId);
    const template = documentTemplate(request.type);
    const date = request.date ?? localIsoDate(this.now());
    const sections = sectionsFromCase(record, template, date);
    const at = this.now().toISOString();
    const row: DraftRow = {
      id: randomUUID(),
      caseId: record.id,
      type: request.type,
      version: 1,
      createdAt: at,
      createdBy: actor.displayName,
      updatedAt: at,
      updatedBy: actor.displayName,
    };
    inTransaction(this.db, () => {
      insertDraft(this.db, row);
      appendVersion(this.db, row.id, {
        version: 1,
        parent: null,
        action: 'create',
        sections,
        changed: sections.map((s) => s.key),
        at,
        by: actor.displayName,
      });
      this.record(actor, row, record.caseNumber, 'create', `新建${template.name}草稿（${record.caseNumber}）`, []);
    });
    return this.get(row.id);
  }

  get(id: string): Draft {
    const row = this.mustRead(id);
    const current = this.currentVersion(row);
    return {
      id: row.id,
      caseId: row.caseId,
      caseNumber: this.caseNumber(row.caseId),
      type: row.type,
      typeName: documentTypeLabels[row.type],
      sections: current.sections,
      version: row.version,
      undoable: undoDepth(this.db, row.id, row.version),
      unfilled: current.sections.reduce((n, s) => n + countGaps(s.text), 0),
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
    };
  }

  /** For the review engine: sections' text and a plain-text rendering with section offsets. */
  getDraft(id: string): DraftForReview {
    const draft = this.get(id);
    return {
      id: draft.id,
      caseId: draft.caseId,
      caseNumber: draft.caseNumber,
      type: draft.type,
      typeName: draft.typeName,
      version: draft.version,
      sectionTexts: draft.sections.map(({ key, title, text }) => ({ key, title, text })),
      ...draftPlainText(draft.sections),
    };
  }

  list(caseId?: string): DraftSummary[] {
    return listDraftRows(this.db, caseId).map((row) => ({
      id: row.id,
      caseId: row.caseId,
      caseNumber: this.caseNumber(row.caseId),
      type: row.type,
      typeName: documentTypeLabels[row.type],
      version: row.version,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
    }));
  }

  /** Saves the changed sections as a new version; unchanged text makes no version. */
  save(id: string, expectedVersion: number, edits: readonly SectionEdit[], actor: Actor): Draft {
    return inTransaction(this.db, () => {
      const row = this.mustRead(id);
      this.checkVersion(row, expectedVersion);
      const current = this.currentVersion(row);
      const byKey = new Map(edits.map((e) => [e.key, e]));
      const unknown = edits.filter((e) => !current.sections.some((s) => s.key === e.key)).map((e) => e.key);
      if (unknown.length) throw new Refusal('VALIDATION', `草稿中没有这些部分：${unknown.join('、')}`);
      const sections: DraftSection[] = current.sections.map((s) => {
        const edit = byKey.get(s.key);
        return edit && edit.text !== s.text ? { ...s, text: edit.text, origin: edit.origin ?? 'judge' } : s;
      });
      const changed = changedKeys(current.sections, sections);
      if (changed.length === 0) return this.get(id);
      this.append(row, { parent: row.version, action: 'save', sections, changed }, actor, '保存');
      return this.get(id);
    });
  }

  /** Goes back one step along the edit chain (an undo is itself a version, never a deletion). */
  undo(id: string, expectedVersion: number, actor: Actor): Draft {
    return inTransaction(this.db, () => {
      const row = this.mustRead(id);
      this.checkVersion(row, expectedVersion);
      const current = this.currentVersion(row);
      if (current.parent === null) throw new Refusal('VALIDATION', '没有可撤销的修改');
      const target = this.version(row.id, current.parent);
      this.append(
        row,
        { parent: target.parent, action: 'undo', sections: target.sections, changed: changedKeys(current.sections, target.sections) },
        actor,
        '撤销',
      );
      return this.get(id);
    });
  }

  /** Makes an old version current again, as a new version that undo can take back. */
  restore(id: string, expectedVersion: number, version: number, actor: Actor): Draft {
    return inTransaction(this.db, () => {
      const row = this.mustRead(id);
      this.checkVersion(row, expectedVersion);
      const current = this.currentVersion(row);
      const target = this.version(row.id, version);
      this.append(
        row,
        { parent: row.version, action: 'restore', sections: target.sections, changed: changedKeys(current.sections, target.sections) },
        actor,
        `恢复第${version}版`,
      );
      return this.get(id);
    });
  }

  history(id: string): DraftVersion[] {
    this.mustRead(id);
    return listVersions(this.db, id).map(({ version, action, at, by, changed }) => ({ version, action, at, by, changed }));
  }

  /**
   * 法律依据 suggestions as AI output (the dispatcher audits them); the confidence is the share of
   * cited articles found in force. Refuses when nothing is cited.
   */
  suggestCitations(id: string, extra: readonly string[]): CitationOutput {
    const draft = this.get(id);
    const result = suggestCitations(this.knowledge, draft.sections, extra, localIsoDate(this.now()));
    if (!result)
      throw new Refusal(
        'VALIDATION',
        '「本院认为」中没有找到法条引用：请先写明所引用的法条（如《中华人民共和国民法典》第六百六十七条），或在此直接输入',
      );
    return {
      suggestions: result.suggestions,
      articles: result.articles,
      caseId: draft.caseId,
      ai: {
        ...citationModel(knowledgeVersion(this.knowledge)),
        confidence: result.resolvedShare,
        summary: `${draft.typeName}法律依据建议：${result.articles.map((a) => a.citation).join('、')}`.slice(0, 300),
      },
    };
  }

  /** The draft as .docx; marked as a draft while machine suggestions stand unedited. */
  async exportDocx(id: string, actor: Actor): Promise<DraftExport> {
    const draft = this.get(id);
    const suggestedSections = draft.sections.filter((s) => s.origin === 'suggested').map((s) => s.title);
    const bytes = await draftToDocx(
      documentTemplate(draft.type),
      draft.sections,
      suggestedSections.length ? { draftMark: draftMarkText } : {},
    );
    const row = this.mustRead(id);
    this.record(actor, row, draft.caseNumber, 'export', `导出${draft.typeName}（${draft.caseNumber}）第${draft.version}版`, []);
    const fileName = `${draft.typeName}${draft.caseNumber}.docx`.replace(/[\\/:*?"<>|\s]/g, '');
    return { fileName, base64: bytes.toString('base64'), unfilled: draft.unfilled, suggestedSections };
  }

  private append(row: DraftRow, next: Omit<VersionRow, 'version' | 'at' | 'by'>, actor: Actor, verb: string): void {
    const at = this.now().toISOString();
    const version = row.version + 1;
    appendVersion(this.db, row.id, { ...next, version, at, by: actor.displayName });
    const titles = next.sections.filter((s) => next.changed.includes(s.key)).map((s) => s.title);
    const caseNumber = this.caseNumber(row.caseId);
    this.record(
      actor,
      { ...row, version },
      caseNumber,
      next.action,
      `${verb}${documentTypeLabels[row.type]}草稿（${caseNumber}）：${titles.join('、') || '无变化'}`,
      next.changed,
      next.sections,
    );
  }

  private record(
    actor: Actor,
    row: DraftRow,
    caseNumber: string,
    action: string,
    summary: string,
    changed: readonly string[],
    sections: readonly DraftSection[] = [],
  ): void {
    const origins = Object.fromEntries(sections.filter((s) => changed.includes(s.key)).map((s) => [s.key, s.origin]));
    this.audit.append({
      actor,
      kind: 'decision',
      feature: auditFeature,
      caseId: row.caseId,
      summary,
      payload: { action, draftId: row.id, type: row.type, caseNumber, version: row.version, changed, origins },
    });
  }

  private caseRecord(caseId: string) {
    if (!this.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new Refusal('NOT_FOUND', `案件不存在：${caseId}`);
    return this.cases.get(caseId);
  }

  private caseNumber(caseId: string): string {
    const row = this.db.prepare('SELECT case_number AS n FROM cases WHERE id = ?').get(caseId) as { n: string } | undefined;
    return row?.n ?? '';
  }

  private mustRead(id: string): DraftRow {
    const row = readDraftRow(this.db, id);
    if (!row) throw new Refusal('NOT_FOUND', `文书草稿不存在：${id}`);
    return row;
  }

  private currentVersion(row: DraftRow): VersionRow {
    return this.version(row.id, row.version);
  }

  private version(id: string, version: number): VersionRow {
    const found = readVersion(this.db, id, version);
    if (!found) throw new Refusal('NOT_FOUND', `文书草稿没有第${version}版`);
    return found;
  }

  private checkVersion(row: DraftRow, expected: number): void {
    if (row.version !== expected) {
      throw new Refusal('CONFLICT', `草稿已被修改（当前第${row.version}版，您编辑的是第${expected}版），请重新打开后再保存`);
    }
  }
}

function changedKeys(before: readonly DraftSection[], after: readonly DraftSection[]): string[] {
  return after.filter((s, i) => s.text !== before[i]?.text || s.origin !== before[i]?.origin).map((s) => s.key);
}
