import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { lawsImportFolder } from '../../../shared/contract/channels/laws-import';
import type { ProgressEvent } from '../../../shared/contract/progress';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import type { AuditLog } from '../audit';
import { importStatutes } from '../laws';

export interface LawsImportServiceOptions {
  knowledge: Db;
  audit: AuditLog;
  emitProgress: (event: ProgressEvent) => void;
}

/** Problems listed in the reply; the rest are counted. */
const listedProblems = 20;

/**
 * 导入法规目录: a LawRefBook folder replaces every statute in knowledge.db in one transaction
 * (an interrupted import leaves the store as it was). Bad lines do not stop it; they are counted
 * and the first are listed. The import is an audit entry, like a knowledge pack's.
 */
export class LawsImportService {
  constructor(private readonly options: LawsImportServiceOptions) {}

  importFolder(request: z.output<typeof lawsImportFolder.request>, actor: Actor): z.output<typeof lawsImportFolder.response> {
    const folder = resolve(request.folder);
    if (!existsSync(join(folder, 'db_law.jsonl')))
      throw new Refusal('NOT_FOUND', `法规数据目录无效（缺少 db_law.jsonl）：${folder}`, 'folder');
    const { jobId } = request;
    let files = 0;
    // The label is the statute file being written, so a listener can show where the import is.
    const { problems, ...counts } = importStatutes(this.options.knowledge, folder, (p) => {
      files = p.total;
      this.options.emitProgress({ jobId, label: p.file, done: p.done, total: p.total });
    });
    this.options.emitProgress({ jobId, label: '导入法规', done: files, total: files, finished: true });
    this.options.audit.append({
      actor,
      kind: 'system',
      feature: 'knowledge',
      caseId: null,
      summary: `导入法规目录 ${folder}：法规 ${counts.laws} 部、条文 ${counts.articles} 条，${problems.length} 个问题`,
      payload: {
        action: 'laws-import',
        folder,
        laws: counts.laws,
        versions: counts.versions,
        articles: counts.articles,
        problems: problems.length,
      },
    });
    return { ...counts, problems: problems.length, firstProblems: problems.slice(0, listedProblems) };
  }
}
