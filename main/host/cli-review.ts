// `judgedesk review <file.docx|file.txt> [--date YYYY-MM-DD]`: the file read through review.import
// as the review view reads an upload, then the review.run channel (AI switch, audit entry), the
// findings as JSON.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ResponseOf } from '../../shared/contract/channel';
import { reviewImport, reviewRun } from '../../shared/contract/channels/review';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { withCliApp } from './cli-app';

export const reviewUsage =
  '  judgedesk review <文书.docx|文书.txt> [--date YYYY-MM-DD]   文书审查：引用、一致性、金额、结构、文字、隐私，输出 JSON 审查意见（仅供参考）';

export async function runReview(args: ParsedArgs, dataDir: string, out: (text: string) => void): Promise<number> {
  const file = args.positional[1];
  const print = (value: unknown) => out(JSON.stringify(value, null, 2));
  if (file === undefined) {
    print({ ok: false, error: { code: 'VALIDATION', message: '请指定要审查的文件：judgedesk review <文书.docx|文书.txt>' } });
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : error instanceof Error ? error.message : String(error);
    print({ ok: false, error: { code: 'VALIDATION', message: `无法读取“${file}”：${reason}` } });
    return 1;
  }
  const date = stringOption(args, 'date');
  return withCliApp(dataDir, async (app) => {
    const source = basename(file);
    const read = await app.invoke<ResponseOf<typeof reviewImport>>(reviewImport.name, {
      fileName: source,
      base64: bytes.toString('base64'),
    });
    if (!read.ok) return (print(read), 1);
    const { text, characters } = read.value;
    const result = await app.invoke(reviewRun.name, { text, source, ...(date === undefined ? {} : { date }) });
    print(result.ok ? { ok: true, value: { file, characters, ...(result.value as object) } } : result);
    return result.ok ? 0 : 1;
  });
}
