import type { Readable } from 'node:stream';
import { parseArgs, stringOption } from './args';
import { withCliApp } from './cli-app';
import { parseArticleArgument, runLawsImport } from './cli-laws';
import { runPredict } from './cli-predict';
import { amountUsage, runAmount } from './cli-amount';
import { dossierUsage, runDossier } from './cli-dossier';
import { draftUsage, runDraft } from './cli-draft';
import { reviewUsage, runReview } from './cli-review';
import { runEmbed } from './cli-embed';
import { runIndexCases, runSearchCases, searchCasesUsage } from './cli-search';
import { nerUsage, runNer } from './cli-ner';
import { packUsage, runPackCli } from './cli-pack';
import type { ParsedArgs } from './args';
import { defaultDataDir } from './paths';

const usage = `judgedesk — 审判辅助工作台命令行（JSON 输入/输出）

用法:
  judgedesk info                              系统信息
  judgedesk audit verify                      校验审计链，报告第一条被篡改的记录
  judgedesk audit list [--case ID] [--feature F] [--limit N]
  judgedesk audit export [--case ID] [--feature F] [--from YYYY-MM-DD] [--to YYYY-MM-DD]   CSV 输出到标准输出
  judgedesk ai get                            AI辅助开关
  judgedesk ai set <global|功能> <on|off>
  judgedesk models                            模型说明
  judgedesk cite "<文字>" [--date YYYY-MM-DD]   核查文字中的法条引用（按该日有效的文本）
  judgedesk law "<法律名称或简称>" <条> [--date YYYY-MM-DD] [--json]   输出该条原文，如 judgedesk law 民法典 667
  judgedesk search laws "<检索词>" [--level 法律,司法解释] [--validity 有效] [--date D] [--limit N] [--offset N]
  judgedesk laws import <LawRefBook目录>      开发用：导入法规目录（正式途径为签名知识包），进度输出到标准错误
  judgedesk predict [--no-explain]            标准输入逐行 {"fact": "…"}，输出罪名、法条、刑期（含置信度与依据片段，仅供参考）
                                              民事案件一行 {"kind": "civil", "cause", "claims", "facts"}：诉讼预期评估（每项请求的支持概率与比例区间，仅供参考）
  judgedesk embed ["文本" …]                   法律文本向量（单位长度）；无参数时标准输入逐行 {"text": "…"}（仅供参考）
  judgedesk case list [--query 词] [--status open|closed|archived|removed] [--procedure P] [--limit N]
  judgedesk case show <案号或id>               案件详情（含审限剩余天数）
  judgedesk case create --json '<案件JSON>'    新建案件，字段同 cases.create 接口
  judgedesk call <channel> '<json>'           调用任意接口
${searchCasesUsage}
${nerUsage}
${reviewUsage}
${dossierUsage}
${draftUsage}
${packUsage}
${amountUsage}

通用选项: --data-dir DIR（默认 ~/.judgedesk 或 JUDGEDESK_DATA_DIR）`;

type Command = (args: ParsedArgs) => { channel: string; payload: unknown; output?: (value: unknown) => string };

function filterFrom(args: ParsedArgs): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const [option, field] of [
    ['case', 'caseId'],
    ['feature', 'feature'],
    ['actor', 'actor'],
    ['from', 'from'],
    ['to', 'to'],
  ] as const) {
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
  cite: (args) => {
    const [, text] = args.positional;
    if (!text) throw new UsageError('请给出要核查的文字：judgedesk cite "<文字>"');
    return { channel: 'laws.cite', payload: { text, ...dateOption(args, 'date') } };
  },
  law: (args) => {
    const [, law, articleText] = args.positional;
    if (!law || !articleText) throw new UsageError('用法：judgedesk law "<法律名称或简称>" <条>，如 judgedesk law 民法典 667');
    const article = parseArticleArgument(articleText);
    if (!article) throw new UsageError(`无法识别条号：${articleText}（可写 667、第六百六十七条 或 120之一）`);
    return {
      channel: 'laws.article',
      payload: { law, article: article.article, suffix: article.suffix, ...dateOption(args, 'asOf') },
      output: args.options.json ? undefined : (value) => (value as { article: { text: string } }).article.text,
    };
  },
  'search laws': (args) => {
    const query = args.positional[2];
    if (!query) throw new UsageError('请给出检索词：judgedesk search laws "<检索词>"');
    const list = (name: string) =>
      stringOption(args, name)
        ?.split(/[,，]/)
        .map((s) => s.trim())
        .filter(Boolean);
    const levels = list('level');
    const validity = list('validity');
    return {
      channel: 'laws.search',
      payload: {
        query,
        ...(levels ? { levels } : {}),
        ...(validity ? { validity } : {}),
        ...dateOption(args, 'asOf'),
        limit: Number(stringOption(args, 'limit') ?? 20),
        offset: Number(stringOption(args, 'offset') ?? 0),
      },
    };
  },
  'case list': (args) => {
    const payload: Record<string, unknown> = { limit: Number(stringOption(args, 'limit') ?? 50) };
    for (const name of ['query', 'status', 'procedure'] as const) {
      const value = stringOption(args, name);
      if (value !== undefined) payload[name] = value;
    }
    return { channel: 'cases.list', payload };
  },
  'case show': (args) => {
    const key = args.positional[2];
    if (!key) throw new UsageError('请给出案号或案件 id：judgedesk case show （2024）京0105民初1234号');
    return { channel: 'cases.get', payload: /^[（(]/.test(key.trim()) ? { caseNumber: key } : { id: key } };
  },
  'case create': (args) => {
    const json = stringOption(args, 'json');
    if (json === undefined) throw new UsageError("请用 --json '<案件JSON>' 给出案件内容");
    try {
      return { channel: 'cases.create', payload: JSON.parse(json) as unknown };
    } catch {
      throw new UsageError('--json 的内容不是合法的 JSON');
    }
  },
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

/** `--date D` as the payload field `field`, absent when not given. */
function dateOption(args: ParsedArgs, field: string): Record<string, string> {
  const date = stringOption(args, 'date');
  return date === undefined ? {} : { [field]: date };
}

/**
 * Commands that read files, stream lines, show progress or make several calls: each opens the app
 * itself (withCliApp) and still reaches main only through app.invoke.
 */
const sessionCommands: Record<
  string,
  (args: ParsedArgs, dataDir: string, out: (t: string) => void, err: (t: string) => void, input: Readable) => number | Promise<number>
> = {
  'laws import': (args, dataDir, out, err) => runLawsImport(args.positional[2], dataDir, out, err),
  predict: (args, dataDir, out, err, input) => runPredict(args, dataDir, out, err, input),
  amount: (args, dataDir, out, err, input) => runAmount(args, dataDir, out, err, input),
  review: (args, dataDir, out) => runReview(args, dataDir, out),
  dossier: (args, dataDir, out, err) => runDossier(args, dataDir, out, err),
  draft: (args, dataDir, out) => runDraft(args, dataDir, out),
  embed: (args, dataDir, out, err, input) => runEmbed(args, dataDir, out, err, input),
  'search cases': (args, dataDir, out) => runSearchCases(args, dataDir, out),
  'search index-cases': (_args, dataDir, out, err) => runIndexCases(dataDir, out, err),
  ner: (args, dataDir, out, err) => runNer(args, dataDir, out, err),
};

/** Runs one command; returns the process exit code (0 ok, 1 failed or chain broken, 2 usage). */
export async function runCli(
  argv: readonly string[],
  out: (text: string) => void = console.log,
  err: (text: string) => void = console.error,
  /** What `predict` and `embed` read their JSON lines from. */
  input: Readable = process.stdin,
): Promise<number> {
  const args = parseArgs(argv);
  const [first, second] = args.positional;
  const dataDir = stringOption(args, 'data-dir') ?? defaultDataDir();
  if (first === 'pack' && !args.options.help) return runPackCli(args, dataDir, out, err);
  const sessionCommand = sessionCommands[`${first ?? ''} ${second ?? ''}`] ?? sessionCommands[first ?? ''];
  if (sessionCommand && !args.options.help) return sessionCommand(args, dataDir, out, err, input);
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
  return withCliApp(dataDir, async (app) => {
    const result = await app.invoke(call.channel, call.payload);
    out(result.ok && call.output ? call.output(result.value) : JSON.stringify(result, null, 2));
    if (!result.ok) return 1;
    const verify = result.value as { intact?: boolean };
    return call.channel === 'audit.verify' && verify.intact === false ? 1 : 0;
  });
}
