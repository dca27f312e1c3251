import { openApp } from '../app';
import { localCaller } from '../api/caller';
import type { Result } from '../../shared/contract/result';
import { parseArgs, stringOption } from './args';
import type { ParsedArgs } from './args';
import { defaultDataDir, modelsDir } from './paths';

const usage = `judgedesk — 审判辅助工作台命令行（JSON 输入/输出）

用法:
  judgedesk info                              系统信息
  judgedesk audit verify                      校验审计链，报告第一条被篡改的记录
  judgedesk audit list [--case ID] [--feature F] [--limit N]
  judgedesk audit export [--case ID] [--feature F] [--from YYYY-MM-DD] [--to YYYY-MM-DD]   CSV 输出到标准输出
  judgedesk ai get                            AI辅助开关
  judgedesk ai set <global|功能> <on|off>
  judgedesk models                            模型说明
  judgedesk call <channel> '<json>'           调用任意接口

通用选项: --data-dir DIR（默认 ~/.judgedesk 或 JUDGEDESK_DATA_DIR）`;

type Command = (args: ParsedArgs) => { channel: string; payload: unknown; output?: (value: unknown) => string };

function filterFrom(args: ParsedArgs): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const [option, field] of [['case', 'caseId'], ['feature', 'feature'], ['actor', 'actor'], ['from', 'from'], ['to', 'to']] as const) {
    const value = stringOption(args, option);
    if (value !== undefined) filter[field] = value;
  }
  return filter;
}

const commands: Record<string, Command> = {
  info: () => ({ channel: 'system.info', payload: {} }),
  'audit verify': () => ({ channel: 'audit.verify', payload: {} }),
  'audit list': (args) => ({
    channel: 'audit.list',
    payload: { ...filterFrom(args), limit: Number(stringOption(args, 'limit') ?? 100) },
  }),
  'audit export': (args) => ({
    channel: 'audit.exportCsv',
    payload: filterFrom(args),
    output: (value) => (value as { csv: string }).csv,
  }),
  'ai get': () => ({ channel: 'settings.ai.get', payload: {} }),
  'ai set': (args) => {
    const [, , scope, state] = args.positional;
    if (state !== 'on' && state !== 'off') throw new UsageError('开关状态应为 on 或 off');
    return { channel: 'settings.ai.set', payload: { scope, enabled: state === 'on' } };
  },
  models: () => ({ channel: 'models.cards', payload: {} }),
  call: (args) => {
    const [, channel, json] = args.positional;
    try {
      return { channel: channel ?? '', payload: json === undefined ? {} : (JSON.parse(json) as unknown) };
    } catch {
      throw new UsageError('接口参数不是合法的 JSON');
    }
  },
};

class UsageError extends Error {}

/** Runs one command; returns the process exit code (0 ok, 1 failed or chain broken, 2 usage). */
export async function runCli(argv: readonly string[], out: (text: string) => void = console.log): Promise<number> {
  const args = parseArgs(argv);
  const [first, second] = args.positional;
  const command = commands[`${first ?? ''} ${second ?? ''}`] ?? commands[first ?? ''];
  if (!command || args.options.help) {
    out(usage);
    return command ? 0 : 2;
  }
  let call: ReturnType<Command>;
  try {
    call = command(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: error.message } }));
    return 2;
  }
  const app = openApp({ dataDir: stringOption(args, 'data-dir') ?? defaultDataDir(), host: 'cli', modelsDir });
  try {
    const result: Result<unknown> = await app.invoke(call.channel, call.payload, localCaller('cli'));
    out(result.ok && call.output ? call.output(result.value) : JSON.stringify(result, null, 2));
    if (!result.ok) return 1;
    const verify = result.value as { intact?: boolean };
    return call.channel === 'audit.verify' && verify.intact === false ? 1 : 0;
  } finally {
    app.close();
  }
}
