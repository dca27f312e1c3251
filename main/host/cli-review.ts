// `judgedesk review <file.docx|file.txt> [--date YYYY-MM-DD]`: the file read as the review view
// reads an import, then the review.run channel (AI switch, audit entry), the findings as JSON.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openApp } from '../app';
import { localCaller } from '../api/caller';
import { Refusal } from '../../shared/contract/refusal';
import { readDocument } from '../services/review';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { modelsDir } from './paths';

export const reviewUsage = '  judgedesk review <文书.docx|文书.txt> [--date YYYY-MM-DD]   文书审查：引用、一致性、金额、结构、文字、隐私，输出 JSON 审查意见（仅供参考）';

export async function runReview(args: ParsedArgs, dataDir: string, out: (text: string) => void): Promise<number> {
  const file = args.positional[1];
  const fail = (code: string, message: string, exit: number) => {
    out(JSON.stringify({ ok: false, error: { code, message } }, null, 2));
    return exit;
  };
  if (file === undefined) return fail('VALIDATION', '请指定要审查的文件：judgedesk review <文书.docx|文书.txt>', 2);
  let text: string;
  try {
    const bytes = readFileSync(resolve(file));
    text = (await readDocument(basename(file), bytes)).text;
  } catch (error) {
    if (error instanceof Refusal) return fail(error.code, error.message, 1);
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : error instanceof Error ? error.message : String(error);
    return fail('VALIDATION', `无法读取“${file}”：${reason}`, 1);
  }
  const date = stringOption(args, 'date');
  const app = openApp({ dataDir, host: 'cli', modelsDir });
  try {
    const result = await app.invoke('review.run', { text, source: basename(file), ...(date === undefined ? {} : { date }) }, localCaller('cli'));
    out(JSON.stringify(result.ok ? { ok: true, value: { file, characters: text.length, ...(result.value as object) } } : result, null, 2));
    return result.ok ? 0 : 1;
  } finally {
    app.close();
  }
}
