// `judgedesk dossier import|list|archive|verify`: the dossier channels from the command line, so
// a clerk's script (or a scanner's hot folder) can feed a case's e-dossier. Files are staged the
// way the web host stages uploads, then imported through dossier.import (audited like the UI).
import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { stageUpload } from '../services/dossier';
import type { ParsedArgs } from './args';
import type { CliApp } from './cli-app';
import { withCliApp } from './cli-app';

export const dossierUsage = [
  '  judgedesk dossier import <案号或id> <文件…> [--no-catalogue]   导入卷宗材料（进度输出到标准错误），随后自动归目（仅供参考）',
  '  judgedesk dossier list <案号或id>            卷宗目录（按归档顺序，含类别、置信度、理由）',
  '  judgedesk dossier archive <案号或id>         导出归档包（卷内目录.docx、材料、manifest.json）',
  '  judgedesk dossier verify <归档包文件夹>       校验归档包，有问题时退出码 1 并逐一列出',
].join('\n');

async function caseIdOf(app: CliApp, ref: string): Promise<string | { message: string }> {
  const byNumber = /[（(]\d{4}[）)]/.test(ref);
  const reply = await app.invoke('cases.get', byNumber ? { caseNumber: ref } : { id: ref });
  return reply.ok ? (reply.value as { id: string }).id : { message: reply.error.message };
}

export async function runDossier(args: ParsedArgs, dataDir: string, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  const [, sub, target, ...rest] = args.positional;
  const print = (value: unknown) => out(JSON.stringify(value, null, 2));
  const fail = (message: string, exit = 2) => {
    print({ ok: false, error: { code: 'VALIDATION', message } });
    return exit;
  };
  if (!['import', 'list', 'archive', 'verify'].includes(sub ?? '')) return fail(`用法：\n${dossierUsage}`);
  if (!target) return fail(sub === 'verify' ? '请指定归档包文件夹' : '请指定案号或案件 id');
  return withCliApp(dataDir, async (app) => {
    if (sub === 'verify') {
      const reply = await app.invoke('dossier.verifyArchive', { path: resolve(target) });
      print(reply);
      return reply.ok && (reply.value as { ok: boolean }).ok ? 0 : 1;
    }
    const caseId = await caseIdOf(app, target);
    if (typeof caseId !== 'string') return fail(caseId.message, 1);
    if (sub === 'list' || sub === 'archive') {
      const reply = await app.invoke(sub === 'list' ? 'dossier.list' : 'dossier.archive', { caseId });
      print(reply);
      return reply.ok ? 0 : 1;
    }
    if (rest.length === 0) return fail('请指定要导入的文件');
    const files: Array<{ uploadId: string; fileName: string }> = [];
    const refused: Array<{ fileName: string; status: 'failed'; message: string }> = [];
    for (const path of rest) {
      const fileName = basename(path);
      if (!existsSync(path)) {
        refused.push({ fileName, status: 'failed', message: `「${fileName}」不存在：${resolve(path)}` });
        continue;
      }
      const staged = await stageUpload(dataDir, fileName, createReadStream(path));
      if (staged.ok) files.push({ uploadId: staged.uploadId, fileName });
      else refused.push({ fileName, status: 'failed', message: staged.message });
    }
    const jobId = `cli-${Date.now()}`;
    const stop = app.onProgress((e) => e.jobId.startsWith(`${jobId}:`) && !e.finished && err(e.label));
    const imported = files.length
      ? await app.invoke('dossier.import', { caseId, files, jobId })
      : { ok: true as const, value: { outcomes: [] } };
    stop();
    if (!imported.ok) return (print(imported), 1);
    const outcomes = [...refused, ...(imported.value as { outcomes: Array<{ status: string }> }).outcomes];
    for (const o of outcomes) if (o.status !== 'imported') err((o as { message?: string }).message ?? '');
    const catalogue = args.options['no-catalogue'] ? null : await app.invoke('dossier.catalogue', { caseId });
    print({ ok: true, value: { outcomes, catalogue: catalogue && (catalogue.ok ? catalogue.value : catalogue.error) } });
    return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  });
}
