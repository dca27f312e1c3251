import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { judgmentAmount } from '../../shared/contract/channels/judgment-amount';
import type { ParsedArgs } from './args';
import { featureOptionAllowed, invokePerLine, withCliApp } from './cli-app';

export const amountUsage =
  '  judgedesk amount                            标准输入逐行 {"fact": "…", "charge"?: "盗窃"}，输出涉案金额合计、分项（计入与否及理由）与数额档次（含司法解释条文，仅供参考）';

/**
 * `judgedesk amount`: JSON lines `{"fact": "…", "charge"?: "…"}` on stdin, one JSON line out per
 * input through the judgment.amount channel (裁判辅助 switch): the total, every amount with its
 * passage and whether it was summed, and the charge's 数额 tier with its citation. Each answer is an
 * audit entry first; its `auditSeq` goes out with it.
 */
export async function runAmount(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  input: Readable = process.stdin,
): Promise<number> {
  if (!featureOptionAllowed(args, judgmentAmount, err)) return 2;
  const requestOf = (text: string) => {
    let parsed: { fact?: unknown; charge?: unknown };
    try {
      parsed = (JSON.parse(text) ?? {}) as typeof parsed;
    } catch {
      return null;
    }
    if (typeof parsed.fact !== 'string' || !parsed.fact.trim()) return null;
    if (parsed.charge !== undefined && typeof parsed.charge !== 'string') return null;
    return { facts: parsed.fact, ...(parsed.charge ? { charge: parsed.charge } : {}) };
  };
  return withCliApp(dataDir, (app) =>
    invokePerLine(
      app,
      judgmentAmount,
      createInterface({ input, crlfDelay: Infinity }),
      requestOf,
      (line) => `第 ${line} 行不是 {"fact": "…", "charge"?: "…"} 形式的 JSON`,
      out,
    ),
  );
}
