// The one way a `judgedesk` command reaches main: an app on the data folder and app.invoke with
// the local profile as caller, the same door as the window and the web host (roles, validation,
// AI switch, audit). Commands never open a store, build a service or run a model themselves.
import { aiFeatureLabels } from '../../shared/contract/ai-features';
import type { AiOutput } from '../../shared/contract/ai-output';
import type { ChannelDef } from '../../shared/contract/channel';
import type { ProgressEvent } from '../../shared/contract/progress';
import type { Result } from '../../shared/contract/result';
import { localCaller } from '../api/caller';
import { openApp } from '../app';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { modelsDir as defaultModelsDir } from './paths';

export interface CliApp {
  invoke<T = unknown>(channel: string, payload: unknown): Promise<Result<T>>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

export const cliCaller = localCaller('cli');

/** Opens the app on `dataDir` for one command and closes it after, whatever happens. */
export async function withCliApp<T>(dataDir: string, use: (app: CliApp) => Promise<T>, modelsDir = defaultModelsDir): Promise<T> {
  const app = openApp({ dataDir, host: 'cli', modelsDir });
  try {
    return await use({
      invoke: async <R>(channel: string, payload: unknown) => (await app.invoke(channel, payload, cliCaller)) as Result<R>,
      onProgress: (listener) => app.onProgress(listener),
    });
  } finally {
    app.close();
  }
}

/** A reply of an AI channel: the output and its `ai` block (model, 仅供参考, audit seq). */
export type AiReply = Record<string, unknown> & { ai: AiOutput };

/** One AI output as one JSON line: the model, 仅供参考 and the audit entry's seq, then the output. */
export function aiOutputLine(value: AiReply, line?: number): string {
  const { ai, ...output } = value;
  return JSON.stringify({
    ok: true,
    ...(line !== undefined ? { line } : {}),
    model: { id: ai.modelId, version: ai.modelVersion, sha256: ai.modelSha256 },
    notice: ai.notice,
    auditSeq: ai.auditSeq,
    ...output,
  });
}

/**
 * `--feature` may only name the switch the command's channel obeys: the dispatcher checks that
 * switch and the audit entry names it, so another feature would be a false record. False, after
 * a Chinese message on `err`, when it names another.
 */
export function featureOptionAllowed(args: ParsedArgs, channel: ChannelDef, err: (text: string) => void): boolean {
  const given = stringOption(args, 'feature');
  if (given === undefined || given === channel.aiFeature) return true;
  const feature = channel.aiFeature as keyof typeof aiFeatureLabels;
  err(`「${channel.title}」的AI输出按「${aiFeatureLabels[feature]}」开关运行并记入审计，--feature 只能为 ${feature}（收到：${given}）`);
  return false;
}

/**
 * One call of an AI channel per input line (blank lines skipped), each answer a JSON line with its
 * line number, in input order. A line that is not a request, or that the channel refuses as
 * invalid, gets its own error line and the rest go on; any other refusal (switch off, model
 * missing) ends the command, since every later line would get it too. Exit code 0, or 1 when any
 * line failed.
 */
export async function invokePerLine(
  app: CliApp,
  /** The channel, or the channel for each line (`predict` sends civil lines elsewhere). */
  channel: ChannelDef | ((text: string) => ChannelDef),
  lines: AsyncIterable<string> | Iterable<string>,
  request: (text: string) => unknown,
  badLine: (line: number) => string,
  out: (text: string) => void,
): Promise<number> {
  let failed = false;
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (!text.trim()) continue;
    const payload = request(text);
    if (payload === null) {
      out(JSON.stringify({ ok: false, line, error: { code: 'VALIDATION', message: badLine(line) } }));
      failed = true;
      continue;
    }
    const reply = await app.invoke<AiReply>((typeof channel === 'function' ? channel(text) : channel).name, payload);
    if (reply.ok) {
      out(aiOutputLine(reply.value, line));
    } else if (reply.error.code === 'VALIDATION') {
      out(JSON.stringify({ ok: false, line, error: reply.error }));
      failed = true;
    } else {
      out(JSON.stringify(reply));
      return 1;
    }
  }
  return failed ? 1 : 0;
}
