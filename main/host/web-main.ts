import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from '../app';
import { parseArgs, stringOption } from './args';
import { runFirstRun } from './first-run';
import { defaultDataDir, modelsDir, rendererDir } from './paths';
import { startWebHost } from './web';

/** `npm run start:web`: serve JudgeDesk to a browser on this workstation. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = stringOption(args, 'data-dir') ?? defaultDataDir();
  const port = Number(stringOption(args, 'port') ?? process.env.JUDGEDESK_PORT ?? 5417);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`找不到界面文件 ${rendererDir}/index.html，请先运行 npm run build`);
    process.exit(1);
  }
  const app = openApp({ dataDir, host: 'web', modelsDir });
  const host = await startWebHost({ app, staticDir: rendererDir, port, address: stringOption(args, 'address') ?? '127.0.0.1' });
  console.log(`JudgeDesk 审判辅助工作台已启动：${host.url}`);
  console.log(`数据目录：${dataDir}（离线运行，不连接任何外部网络）`);
  // Empty knowledge store + team data folder present: build and import a dev pack (skippable).
  void runFirstRun({ app, host: 'web', argv: process.argv.slice(2) }).catch((error: unknown) =>
    console.error(`首次导入知识库失败：${error instanceof Error ? error.message : String(error)}`),
  );
  const stop = () => {
    void host.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
