// First start of `npm run start:web` on a developer machine: with an empty knowledge store and the
// team data folder present, build a pack from it with a dev key and import it, with progress.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackImportResult, PackStatusView } from '../../shared/contract/channels/packs';
import type { CaseImportReportView } from '../../shared/contract/channels/similar-cases';
import type { CallerContext } from '../api/caller';
import { localCaller } from '../api/caller';
import { loadDemoWorkspace } from './demo-workspace';
import type { JudgeDeskApp } from '../app';
import { appVersion } from '../app-version';
import { sharedDataFolder, statuteFolder } from '../services/laws';
import { sampleCorpusFiles } from '../services/similar-cases';
import { buildPack, devKeyFolder, generateSigningKey, privateKeyFile, readPrivateKey } from '../services/packs';

/** Lines taken from each case file of the data folder on first run (see sampleCorpusFiles). */
export const firstRunCasesPerFile = 600;

export type FirstRunOutcome = 'skipped' | 'installed' | 'no-data' | 'imported' | 'failed';

export interface FirstRunOptions {
  app: JudgeDeskApp;
  host: CallerContext['host'];
  env?: NodeJS.ProcessEnv;
  argv?: readonly string[];
  log?: (text: string) => void;
  now?: Date;
  /**
   * Load the demo workspace (resources/demo/) into an empty workspace. On by default for a real
   * start (no env given); `--no-demo` or JUDGEDESK_NO_DEMO=1 turns it off.
   */
  demo?: boolean;
}

/** `--no-first-run` or JUDGEDESK_SKIP_FIRST_RUN=1 (the end-to-end tests start with an empty store on purpose). */
export function firstRunSkipped(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes('--no-first-run') || env.JUDGEDESK_SKIP_FIRST_RUN === '1';
}

function devVersion(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `dev-${now.getFullYear()}.${p(now.getMonth() + 1)}.${p(now.getDate())}`;
}

export async function runFirstRun(options: FirstRunOptions): Promise<FirstRunOutcome> {
  const env = options.env ?? process.env;
  const log = options.log ?? console.log;
  if (firstRunSkipped(options.argv ?? [], env)) return 'skipped';
  const { app } = options;
  const caller = localCaller(options.host);
  const argv = options.argv ?? [];
  if ((options.demo ?? options.env === undefined) && !argv.includes('--no-demo') && env.JUDGEDESK_NO_DEMO !== '1') {
    // Before the knowledge pack: the demo does not need it, and a newcomer sees a case at once.
    await loadDemoWorkspace(app, caller, log).catch((error: unknown) =>
      log(`演示工作区未能载入：${error instanceof Error ? error.message : String(error)}`),
    );
  }
  const status = await app.invoke('packs.status', {}, caller);
  if (!status.ok) {
    log(`无法读取知识库状态：${status.error.message}`);
    return 'failed';
  }
  const view = status.value as PackStatusView;
  if (view.installed !== null || view.counts.articles > 0) return 'installed';

  const folder = statuteFolder(env);
  if (!existsSync(join(folder, 'db_law.jsonl'))) {
    log(
      [
        '知识库为空：尚未安装知识包。',
        `  · 正式使用：向法院信息中心索取签名知识包（.jdpack），把其公钥放入 ${join(app.dataDir, 'trusted-keys')}/，`,
        `    然后在“设置 → 知识库”中按路径导入，或运行 npm run judgedesk -- pack import <文件.jdpack> --data-dir ${app.dataDir}`,
        `  · 开发环境：把团队数据目录放在 ${sharedDataFolder(env)}（或用 JUDGEDESK_SHARED_DATA 指定），重新启动即自动导入。`,
      ].join('\n'),
    );
    return 'no-data';
  }

  const keyDir = join(app.dataDir, devKeyFolder);
  if (!existsSync(join(keyDir, privateKeyFile))) {
    const key = generateSigningKey(keyDir);
    log(`已生成开发用密钥（仅本机信任，不得用于法院正式知识包）：${keyDir}，指纹 ${key.keyId}`);
  }
  const work = mkdtempSync(join(tmpdir(), 'judgedesk-first-run-'));
  try {
    const file = join(work, 'dev.jdpack');
    log(`首次运行：从团队数据目录 ${folder} 生成开发用知识包 …`);
    const built = buildPack(
      {
        statutes: folder,
        // A sample of every case set (the first lines of each file, about 6,000 judgments) keeps
        // the first start near half a minute; the whole corpus goes in through pack build --cases.
        cases: sampleCorpusFiles(sharedDataFolder(env), work, firstRunCasesPerFile),
        privateKeyPem: readPrivateKey(join(keyDir, privateKeyFile)),
        packVersion: devVersion(options.now ?? new Date()),
        out: file,
        builder: `first-run judgedesk ${appVersion}`,
        ...(options.now ? { now: options.now } : {}),
      },
      appVersion,
    );
    log(
      `已生成知识包 ${built.manifest.packVersion}：${built.manifest.counts.articles} 条、案例数据 ${built.manifest.counts.cases} 行，用时 ${built.ms} ms；开始导入 …`,
    );
    let shown = -1;
    const stop = app.onProgress((e) => {
      const percent = Math.floor((e.done / Math.max(1, e.total)) * 100);
      if (!e.finished && Math.floor(percent / 10) !== Math.floor(shown / 10)) {
        shown = percent;
        log(`  ${e.label}：${percent}%`);
      }
    });
    const result = await app.invoke('packs.import', { path: file, jobId: 'first-run' }, caller).finally(stop);
    if (!result.ok) {
      log(`首次导入失败：${result.error.message}`);
      return 'failed';
    }
    const { counts, ms, cases } = result.value as PackImportResult;
    log(`知识库已就绪：${counts.laws} 部法规，${counts.articles} 条，导入用时 ${ms} ms（开发用密钥签名）`);
    if (cases) log(caseReportLines(cases).join('\n'));
    if (cases?.imported) await buildCaseIndex(app, caller, log);
    return 'imported';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Dense similar-case search needs the corpus embedded once; done here so a newcomer's first search
 * already uses it. A missing encoder or a switched-off feature is said and skipped, not fatal.
 */
async function buildCaseIndex(app: JudgeDeskApp, caller: CallerContext, log: (line: string) => void): Promise<void> {
  log('建立类案向量索引 …');
  const result = await app.invoke('similarCases.buildIndex', { jobId: 'first-run-vectors' }, caller);
  if (result.ok) {
    const { vectors, ms } = result.value as { vectors: number; ms: number };
    log(`类案向量索引：${vectors} 件，用时 ${ms} ms`);
  } else {
    log(`未建立类案向量索引（类案推送仍可按关键词检索）：${result.error.message}`);
  }
}

/** The case import in a few lines: how many per source, and every reason a line was not used. */
export function caseReportLines(report: CaseImportReportView): string[] {
  const sources = Object.entries(report.bySource)
    .map(([source, n]) => `${source} ${n}`)
    .join('，');
  return [
    `类案库：${report.imported} 件（${sources}）`,
    ...report.problems.map((p) => `  未导入 ${p.count} 条：${p.label}（如 ${p.examples.slice(0, 2).join('；')}）`),
    ...(report.unresolvedArticles ? [`  另有 ${report.unresolvedArticles} 处引用的法条在法规库中找不到（保留原文，未关联）`] : []),
  ];
}
