// The demo workspace (resources/demo/): on the first start of an empty workspace, fictional cases
// and their dossier are created through the same channels as the UI, so a newcomer finds a case
// with a catalogued dossier (scans read by OCR included) instead of an empty list.
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CallerContext } from '../api/caller';
import type { JudgeDeskApp } from '../app';
import { stageUpload } from '../services/dossier';

export const demoFolder = resolve(import.meta.dirname, '../../resources/demo');
/** Written once the demo was offered, so a user who removes the demo case does not get it back. */
export const demoMarker = '.demo-loaded';

interface DemoCase {
  case: Record<string, unknown>;
  /** Folder under resources/demo/ whose files form the dossier. */
  documents: string;
}

export type DemoOutcome = 'loaded' | 'already' | 'not-empty' | 'missing' | 'failed';

export async function loadDemoWorkspace(
  app: JudgeDeskApp,
  caller: CallerContext,
  log: (t: string) => void,
  folder = demoFolder,
): Promise<DemoOutcome> {
  const marker = join(app.dataDir, demoMarker);
  if (existsSync(marker)) return 'already';
  if (!existsSync(join(folder, 'cases.json'))) return 'missing';
  const existing = await app.invoke('cases.list', { limit: 1 }, caller);
  if (!existing.ok || (existing.value as { total: number }).total > 0) {
    writeFileSync(marker, 'workspace had cases\n');
    return 'not-empty';
  }
  const demo = JSON.parse(readFileSync(join(folder, 'cases.json'), 'utf8')) as DemoCase[];
  for (const item of demo) {
    const created = await app.invoke('cases.create', item.case, caller);
    if (!created.ok) {
      log(`演示案件未能创建：${created.error.message}`);
      return 'failed';
    }
    const caseId = (created.value as { id: string }).id;
    const dir = join(folder, item.documents);
    const files: Array<{ uploadId: string; fileName: string }> = [];
    for (const fileName of readdirSync(dir).sort()) {
      const staged = await stageUpload(app.dataDir, fileName, createReadStream(join(dir, fileName)));
      if (staged.ok) files.push({ uploadId: staged.uploadId, fileName });
    }
    log(`载入演示卷宗：${String(item.case.caseNumber)}，${files.length} 份材料（含扫描件文字识别）…`);
    const imported = await app.invoke('dossier.import', { caseId, files, jobId: 'demo' }, caller);
    if (!imported.ok) log(`演示卷宗导入失败：${imported.error.message}`);
    // With 案件信息回填 switched off the dossier stays uncatalogued, as the user chose.
    await app.invoke('dossier.catalogue', { caseId }, caller);
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  log('演示工作区已载入（虚构案件，仅供熟悉功能）。');
  return 'loaded';
}
