import { createHash, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { DossierCategory, DossierDocumentView, ImportOutcome } from '../../../shared/contract/channels/dossier';
import type { ProgressEvent } from '../../../shared/contract/progress';
import { isRefusal, Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import type { AuditLog } from '../audit';
import { writeArchivePackage } from './archive-package';
import type { ArchiveFile } from './archive-manifest';
import { catalogueModel, classifyDocument } from './classify';
import type { DocumentRow } from './dossier-rows';
import { catalogueOrderSql, viewOf } from './dossier-rows';
import { extractPages } from './extract-pages';
import type { ExtractedPage } from './extracted';
import { fullText } from './extracted';
import { fileKindOf } from './file-kind';
import { fileRefusal } from './file-refusal';
import { dossierLimits, megabytes } from './limits';
import type { OcrEngine } from '../../inference/ocr-client';
import { removeUpload, stageUpload, uploadPath } from './uploads';
import type { ArchiveCheck } from './verify-archive';
import { verifyArchivePackage } from './verify-archive';

/** A file to import: where the host staged it and the name the user gave it. */
export interface ImportFile {
  fileName: string;
  path: string;
}

/** A file the host staged under dataDir/uploads (dossier.stage or the web host's upload endpoint). */
export interface StagedFile {
  fileName: string;
  uploadId: string;
}

/** What other capabilities read (backfill, triage, checklists, service addresses): kept stable. */
export interface DossierDocument {
  id: string;
  fileName: string;
  category: DossierCategory | null;
  confidence: number | null;
  text: string;
  pages: number;
  importedAt: string;
}

export interface DossierServiceOptions {
  /** OCR for scans and photos (main/inference's OCR process, built once by buildServices). */
  ocr?: OcrEngine;
  now?: () => Date;
  emitProgress?: (event: ProgressEvent) => void;
  /** The data folder: staged uploads wait in dataDir/uploads. */
  dataDir?: string;
  /** Where archive packages are written (dataDir/archives). */
  archivesDir?: string;
}

/** Without an OCR engine a scanned page is refused by name; nothing is started behind the caller's back. */
const noOcr: OcrEngine = {
  read: () => Promise.reject(new Error('未配置文字识别模型')),
  close: () => undefined,
};

/**
 * The e-dossier of each case in workspace.db. An import reads every file on its own: a file
 * that fails is reported by name and the others are stored, each in its own transaction, so an
 * interruption keeps what was already imported and never leaves half a document.
 */
export class DossierService {
  private readonly ocr: OcrEngine;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly options: DossierServiceOptions = {},
  ) {
    this.ocr = options.ocr ?? noOcr;
    this.now = options.now ?? (() => new Date());
  }

  /** The documents of a case in catalogue order, with their full text. */
  listDocuments(caseId: string): DossierDocument[] {
    return this.rows(caseId).map((row) => ({
      id: row.id,
      fileName: row.file_name,
      category: row.category,
      confidence: row.confidence,
      text: row.text,
      pages: row.pages,
      importedAt: row.imported_at,
    }));
  }

  list(caseId: string): DossierDocumentView[] {
    this.requireCase(caseId);
    return this.rows(caseId).map(viewOf);
  }

  pages(id: string): { id: string; fileName: string; pages: ExtractedPage[] } {
    const row = this.row(id);
    const pages = this.db
      .prepare('SELECT page_no AS pageNo, method, text FROM dossier_pages WHERE document_id = ? ORDER BY page_no')
      .all(id) as ExtractedPage[];
    return { id, fileName: row.file_name, pages };
  }

  /** The original bytes, as imported. */
  bytes(id: string): Buffer {
    const row = this.row(id);
    return this.db.prepare('SELECT bytes FROM dossier_blobs WHERE sha256 = ?').pluck().get(row.sha256) as Buffer;
  }

  /** Stages one file the page sent whole (base64), for a later import by its upload id. */
  async stage(fileName: string, base64: string): Promise<{ uploadId: string; size: number }> {
    const staged = await stageUpload(this.dataDir('暂存文件'), fileName, Readable.from([Buffer.from(base64, 'base64')]));
    if (!staged.ok) throw new Refusal('VALIDATION', staged.message);
    return { uploadId: staged.uploadId, size: staged.size };
  }

  /** Imports staged uploads; each staged file is removed afterwards, imported or not. */
  async importUploads(
    caseId: string,
    uploads: readonly StagedFile[],
    actor: Actor,
    jobId?: string,
  ): Promise<{ outcomes: ImportOutcome[] }> {
    const dataDir = this.dataDir('读取上传的文件');
    const files = uploads.map((u) => ({ fileName: u.fileName, path: uploadPath(dataDir, u.uploadId) }));
    try {
      return { outcomes: await this.importFiles(caseId, files, actor, jobId) };
    } finally {
      for (const u of uploads) removeUpload(dataDir, u.uploadId);
    }
  }

  async importFiles(caseId: string, files: ImportFile[], actor: Actor, jobId?: string): Promise<ImportOutcome[]> {
    this.requireCase(caseId);
    const outcomes: ImportOutcome[] = [];
    const progress = (event: Omit<ProgressEvent, 'jobId'>, suffix = '') =>
      jobId && this.options.emitProgress?.({ jobId: `${jobId}${suffix}`, ...event });
    for (const [index, file] of files.entries()) {
      progress({ label: `正在导入「${file.fileName}」`, done: index, total: files.length });
      const outcome = await this.importOne(caseId, file, actor, (done, total) =>
        progress({ label: `「${file.fileName}」第 ${done}/${total} 页`, done, total }, `:${index}`),
      );
      progress(
        {
          label: outcome.message ?? `「${file.fileName}」已导入`,
          done: 1,
          total: 1,
          finished: true,
          ...(outcome.status === 'failed' ? { error: outcome.message ?? '' } : {}),
        },
        `:${index}`,
      );
      outcomes.push(outcome);
    }
    const imported = outcomes.filter((o) => o.status === 'imported').length;
    progress({ label: `导入完成：${imported}/${files.length} 份`, done: files.length, total: files.length, finished: true });
    return outcomes;
  }

  private async importOne(
    caseId: string,
    file: ImportFile,
    actor: Actor,
    onPage: (done: number, total: number) => void,
  ): Promise<ImportOutcome> {
    const failed = (message: string): ImportOutcome => ({
      fileName: file.fileName,
      status: 'failed',
      documentId: null,
      message,
      pages: 0,
      ocrPages: 0,
    });
    try {
      const size = (await stat(file.path)).size;
      if (size > dossierLimits.maxFileBytes) {
        throw fileRefusal(file.fileName, `大小为 ${megabytes(size)}，超过单个文件 ${megabytes(dossierLimits.maxFileBytes)} 的上限`);
      }
      const bytes = await readFile(file.path);
      const kind = fileKindOf(file.fileName, bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const existing = this.db
        .prepare('SELECT id, file_name FROM dossier_documents WHERE case_id = ? AND sha256 = ?')
        .get(caseId, sha256) as { id: string; file_name: string } | undefined;
      if (existing) {
        return {
          fileName: file.fileName,
          status: 'duplicate',
          documentId: existing.id,
          message: `「${file.fileName}」与已导入的「${existing.file_name}」内容相同，未重复导入`,
          pages: 0,
          ocrPages: 0,
        };
      }
      const pages = await extractPages(kind, file.fileName, bytes, this.ocr, onPage);
      const id = this.store(caseId, file.fileName, kind, bytes, sha256, pages, actor);
      return {
        fileName: file.fileName,
        status: 'imported',
        documentId: id,
        message: null,
        pages: pages.length,
        ocrPages: pages.filter((p) => p.method === 'ocr').length,
      };
    } catch (error) {
      if (isRefusal(error)) return failed(error.message);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return failed(`「${file.fileName}」未找到（上传未完成或已被清理），请重新选择`);
      return failed(`「${file.fileName}」导入失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private store(
    caseId: string,
    fileName: string,
    kind: DocumentRow['kind'],
    bytes: Buffer,
    sha256: string,
    pages: ExtractedPage[],
    actor: Actor,
  ): string {
    const id = randomUUID();
    const at = this.now().toISOString();
    inTransaction(this.db, () => {
      this.db.prepare('INSERT OR IGNORE INTO dossier_blobs (sha256, size, bytes) VALUES (?, ?, ?)').run(sha256, bytes.length, bytes);
      this.db
        .prepare(
          `INSERT INTO dossier_documents (id, case_id, file_name, kind, sha256, size, pages, ocr_pages, text, imported_at, imported_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          caseId,
          fileName,
          kind,
          sha256,
          bytes.length,
          Math.max(1, pages.length),
          pages.filter((p) => p.method === 'ocr').length,
          fullText(pages),
          at,
          actor.displayName,
        );
      const insertPage = this.db.prepare('INSERT INTO dossier_pages (document_id, page_no, method, text) VALUES (?, ?, ?, ?)');
      for (const page of pages) insertPage.run(id, page.pageNo, page.method, page.text);
      this.audit.append({
        actor,
        kind: 'decision',
        feature: 'dossier',
        caseId,
        summary: `导入卷宗材料「${fileName}」（${pages.length} 页）`,
        payload: { documentId: id, sha256, size: bytes.length, pages: pages.length },
      });
    });
    return id;
  }

  /**
   * 自动归目: classifies the given documents (default: those not catalogued yet). A category a
   * person chose is never overwritten. The answer is AI output: the rule set that classified,
   * the mean confidence, and the summary the dispatcher audits.
   */
  catalogue(caseId: string, documentIds?: string[]): { documents: DossierDocumentView[]; caseId: string; ai: AiOutputDraft } {
    this.requireCase(caseId);
    const targets = this.rows(caseId).filter(
      (row) => row.corrected_by === null && (documentIds ? documentIds.includes(row.id) : row.category === null),
    );
    const update = this.db.prepare(
      'UPDATE dossier_documents SET category = ?, confidence = ?, reasons = ?, suggested_category = ? WHERE id = ?',
    );
    let sum = 0;
    inTransaction(this.db, () => {
      for (const row of targets) {
        const result = classifyDocument(row.text, row.file_name);
        sum += result.confidence;
        update.run(result.category, result.confidence, JSON.stringify(result.reasons), result.category, row.id);
      }
    });
    return {
      documents: this.list(caseId),
      caseId,
      ai: { ...catalogueModel, confidence: targets.length ? sum / targets.length : 1, summary: `卷宗自动归目：${targets.length} 份材料` },
    };
  }

  /** A person's category: stored with who chose it, the machine's suggestion kept, audited. */
  correct(id: string, category: DossierCategory, actor: Actor): DossierDocumentView {
    const row = this.row(id);
    inTransaction(this.db, () => {
      this.db
        .prepare('UPDATE dossier_documents SET category = ?, corrected_by = ?, corrected_at = ? WHERE id = ?')
        .run(category, actor.displayName, this.now().toISOString(), id);
      this.audit.append({
        actor,
        kind: 'decision',
        feature: 'backfill',
        caseId: row.case_id,
        summary: `卷宗归目更正：「${row.file_name}」${row.category ?? '未归目'} → ${category}`,
        payload: {
          documentId: id,
          decision: row.suggested_category === category ? 'accepted' : 'edited',
          from: row.category,
          suggested: row.suggested_category,
          to: category,
        },
      });
    });
    return viewOf(this.row(id));
  }

  /**
   * 自动归档: the package of the case's dossier in binding order. A document not catalogued yet
   * goes in as 其他 and is named in `uncatalogued`, so the user can fix it and export again.
   */
  async archive(caseId: string, actor: Actor): Promise<{ path: string; files: ArchiveFile[]; uncatalogued: string[] }> {
    const kase = this.db.prepare('SELECT case_number, cause_of_action FROM cases WHERE id = ?').get(caseId) as
      { case_number: string; cause_of_action: string } | undefined;
    if (!kase) throw new Refusal('NOT_FOUND', '未找到该案件');
    if (!this.options.archivesDir) throw new Refusal('VALIDATION', '未配置归档包目录');
    const rows = this.rows(caseId);
    if (rows.length === 0) throw new Refusal('VALIDATION', '该案件还没有卷宗材料，无法导出归档包');
    const blob = this.db.prepare('SELECT bytes FROM dossier_blobs WHERE sha256 = ?').pluck();
    const { path, manifest } = await writeArchivePackage(this.options.archivesDir, {
      caseId,
      caseNumber: kase.case_number,
      causeOfAction: kase.cause_of_action,
      createdBy: actor.displayName,
      createdAt: this.now(),
      documents: rows.map((row) => ({
        category: row.category ?? '其他',
        fileName: row.file_name,
        sha256: row.sha256,
        size: row.size,
        pages: row.pages,
        bytes: blob.get(row.sha256) as Buffer,
      })),
    });
    this.audit.append({
      actor,
      kind: 'decision',
      feature: 'dossier',
      caseId,
      summary: `导出电子卷宗归档包（${manifest.files.length} 件）`,
      payload: { path, catalogueSha256: manifest.catalogue.sha256, files: manifest.files.length },
    });
    return { path, files: manifest.files, uncatalogued: rows.filter((r) => r.category === null).map((r) => r.file_name) };
  }

  /** Checks a package on disk against its manifest (it need not be this workspace's). */
  verifyArchive(path: string): ArchiveCheck {
    return verifyArchivePackage(path);
  }

  private dataDir(purpose: string): string {
    if (!this.options.dataDir) throw new Refusal('INTERNAL', `未配置数据目录，无法${purpose}`);
    return this.options.dataDir;
  }

  private rows(caseId: string): DocumentRow[] {
    return this.db.prepare(`SELECT * FROM dossier_documents WHERE case_id = ? ORDER BY ${catalogueOrderSql}`).all(caseId) as DocumentRow[];
  }

  private row(id: string): DocumentRow {
    const row = this.db.prepare('SELECT * FROM dossier_documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row) throw new Refusal('NOT_FOUND', '未找到该卷宗材料');
    return row;
  }

  private requireCase(caseId: string): void {
    if (!this.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new Refusal('NOT_FOUND', '未找到该案件');
  }
}
