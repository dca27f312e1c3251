// `judgedesk pack …`: key generation and pack building work on files only; verify, import,
// rollback and status go through the packs.* channels like the window does.
import { resolve } from 'node:path';
import { appVersion } from '../app-version';
import { buildPack, generateSigningKey, readPrivateKey } from '../services/packs';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { withCliApp } from './cli-app';

export const packUsage = `  judgedesk pack keygen --out <目录>          生成 ed25519 签名密钥（private.pem 权限 0600、public.pem），输出密钥指纹
  judgedesk pack build --statutes <LawRefBook目录> [--cases a.jsonl,b.jsonl] --key <private.pem> --version <版本> --out <文件.jdpack>
  judgedesk pack verify <文件.jdpack>         校验签名、密钥、结构与各数据段哈希 → {valid, reason}
  judgedesk pack import <文件.jdpack> [--dry-run]   校验后导入（一个事务），输出变更；--dry-run 只预览变更
  judgedesk pack rollback                     重新导入上一个知识包
  judgedesk pack status                       已安装的知识包、受信任密钥`;

type Out = (text: string) => void;

const fail = (out: Out, message: string, code = 'VALIDATION') => out(JSON.stringify({ ok: false, error: { code, message } }));

function keygen(args: ParsedArgs, out: Out): number {
  const dir = stringOption(args, 'out');
  if (!dir) {
    fail(out, '请指定密钥输出目录：judgedesk pack keygen --out <目录>');
    return 2;
  }
  const key = generateSigningKey(resolve(dir));
  out(
    JSON.stringify(
      {
        keyId: key.keyId,
        privateKey: key.privateKeyPath,
        publicKey: key.publicKeyPath,
        note: '私钥只留在制包机器上；把 public.pem 放入各工作站数据目录的 trusted-keys/ 文件夹',
      },
      null,
      2,
    ),
  );
  return 0;
}

function build(args: ParsedArgs, out: Out, err: Out): number {
  const statutes = stringOption(args, 'statutes');
  const key = stringOption(args, 'key');
  const version = stringOption(args, 'version');
  const file = stringOption(args, 'out');
  if (!statutes || !key || !version || !file) {
    fail(out, '用法：judgedesk pack build --statutes <目录> [--cases a.jsonl] --key <private.pem> --version <版本> --out <文件>');
    return 2;
  }
  const cases = stringOption(args, 'cases')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((f) => resolve(f));
  err(`正在读取并解析 ${resolve(statutes)} …`);
  const result = buildPack(
    {
      statutes: resolve(statutes),
      ...(cases ? { cases } : {}),
      privateKeyPem: readPrivateKey(resolve(key)),
      packVersion: version,
      out: resolve(file),
    },
    appVersion,
  );
  const { counts } = result.manifest;
  err(`完成：${counts.laws} 部法规，${counts.versions} 个版本，${counts.articles} 条，案例 ${counts.cases} 条，用时 ${result.ms} ms`);
  out(JSON.stringify(result, null, 2));
  return 0;
}

/** Progress on stderr, at most one line per 10 %. */
function progressPrinter(err: Out): (e: { label: string; done: number; total: number; finished?: boolean }) => void {
  let shown = -1;
  return (e) => {
    if (e.finished) return;
    const percent = Math.floor((e.done / Math.max(1, e.total)) * 100);
    if (Math.floor(percent / 10) !== Math.floor(shown / 10)) {
      shown = percent;
      err(`${e.label}：${e.done}/${e.total} 个文件（${percent}%）`);
    }
  };
}

async function viaApp(args: ParsedArgs, dataDir: string, out: Out, err: Out): Promise<number> {
  const sub = args.positional[1];
  const file = args.positional[2];
  let channel: string;
  let payload: Record<string, unknown> = {};
  if (sub === 'verify' || sub === 'import') {
    if (!file) {
      fail(out, `请指定知识包文件：judgedesk pack ${sub} <文件.jdpack>`);
      return 2;
    }
    channel = `packs.${sub}`;
    payload = { path: resolve(file), ...(sub === 'import' && args.options['dry-run'] ? { dryRun: true } : {}) };
  } else {
    channel = sub === 'rollback' ? 'packs.rollback' : 'packs.status';
  }
  return withCliApp(dataDir, async (app) => {
    const stop = app.onProgress(progressPrinter(err));
    try {
      const result = await app.invoke(channel, payload);
      if (sub === 'verify' && result.ok) {
        const value = result.value as { valid: boolean };
        out(JSON.stringify(value, null, 2));
        return value.valid ? 0 : 1;
      }
      out(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    } finally {
      stop();
    }
  });
}

/** Runs `judgedesk pack <sub> …`; returns the exit code (0 ok, 1 refused or failed, 2 usage). */
export async function runPackCli(args: ParsedArgs, dataDir: string, out: Out, err: Out): Promise<number> {
  const sub = args.positional[1];
  try {
    if (sub === 'keygen') return keygen(args, out);
    if (sub === 'build') return build(args, out, err);
    if (sub === 'verify' || sub === 'import' || sub === 'rollback' || sub === 'status') return await viaApp(args, dataDir, out, err);
  } catch (error) {
    fail(out, error instanceof Error ? error.message : String(error), 'INTERNAL');
    return 1;
  }
  out(`用法:\n${packUsage}`);
  return 2;
}
