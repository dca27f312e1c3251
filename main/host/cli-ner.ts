import { readFileSync } from 'node:fs';
import { modelsNer } from '../../shared/contract/channels/model-outputs';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import type { AiReply } from './cli-app';
import { aiOutputLine, featureOptionAllowed, withCliApp } from './cli-app';
import { modelsDir as defaultModelsDir } from './paths';

export const nerUsage = `  judgedesk ner "<文字>" | --file 文件.txt   人名（含诉讼地位）、机构、地点、时间、数额与身份证号、电话、银行账号（仅供参考）`;

/** The text to read: the argument after `ner`, or the UTF-8 file of --file. A Chinese error otherwise. */
function readInput(args: ParsedArgs): { text: string } | { error: string } {
  const file = stringOption(args, 'file');
  if (file !== undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return {
        error: `无法读取文件 ${file}：${code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : String(code ?? error)}`,
      };
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
      return text.trim() ? { text } : { error: `文件 ${file} 是空的，没有可识别的文字` };
    } catch {
      return { error: `文件 ${file} 不是 UTF-8 编码的文本（如为 GBK，请先另存为 UTF-8）` };
    }
  }
  const text = args.positional[1];
  if (text === undefined || !text.trim()) return { error: '请给出要识别的文字：judgedesk ner "<文字>" 或 judgedesk ner --file 文件.txt' };
  return { text };
}

/**
 * `judgedesk ner`: spans of one text (argument or --file) as one JSON object — type, role (persons),
 * text, UTF-16 start/end, source model|rule, confidence — with the model id/version/sha256, 仅供参考
 * and the seq of the audit entry, through the models.ner channel (案件信息回填 switch).
 */
export async function runNer(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  modelsDir = stringOption(args, 'models-dir') ?? defaultModelsDir,
): Promise<number> {
  if (!featureOptionAllowed(args, modelsNer, err)) return 2;
  const input = readInput(args);
  if ('error' in input) {
    out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: input.error } }));
    return 2;
  }
  return withCliApp(
    dataDir,
    async (app) => {
      const reply = await app.invoke<AiReply>(modelsNer.name, { text: input.text });
      out(reply.ok ? aiOutputLine(reply.value) : JSON.stringify(reply));
      return reply.ok ? 0 : 1;
    },
    modelsDir,
  );
}
