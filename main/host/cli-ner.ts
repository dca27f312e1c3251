import { readFileSync } from 'node:fs';
import { IDENTIFIER_LABELS } from '../../shared/domain/identifiers';
import type { NerSpan, NerSpanType } from '../inference/ner';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { aiFeatureOption, auditAndPrintAiOutput, openAiSession, printCliError } from './cli-ai-output';
import { modelsDir as defaultModelsDir } from './paths';

export const nerUsage = `  judgedesk ner "<文字>" | --file 文件.txt [--feature backfill]   人名（含诉讼地位）、机构、地点、时间、数额与身份证号、电话、银行账号（仅供参考）`;

const typeLabels: Record<NerSpanType, string> = {
  person: '人名',
  organization: '机构',
  place: '地点',
  time: '时间',
  amount: '数额',
  ...IDENTIFIER_LABELS,
};

/** The text to read: the argument after `ner`, or the UTF-8 file of --file. A Chinese error otherwise. */
function readInput(args: ParsedArgs): { text: string } | { error: string } {
  const file = stringOption(args, 'file');
  if (file !== undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { error: `无法读取文件 ${file}：${code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : String(code ?? error)}` };
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

function summary(spans: NerSpan[]): string {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(typeLabels[span.type], (counts.get(typeLabels[span.type]) ?? 0) + 1);
  return `实体识别：${[...counts].map(([label, n]) => `${label} ${n}`).join('、') || '未发现实体'}`;
}

/**
 * `judgedesk ner`: spans of one text (argument or --file) as one JSON object — type, role (persons),
 * text, UTF-16 start/end, source model|rule, confidence — with the model id/version/sha256 and
 * 仅供参考. Honours the AI switch of --feature (default backfill; documentReview for redaction).
 * Like `judgedesk predict`, the output is an audit entry first; its auditSeq goes out with it.
 */
export async function runNer(
  args: ParsedArgs,
  dataDir: string,
  out: (text: string) => void,
  err: (text: string) => void,
  modelsDir = stringOption(args, 'models-dir') ?? defaultModelsDir,
): Promise<number> {
  const feature = aiFeatureOption(args, 'backfill', err);
  if (!feature) return 2;
  const input = readInput(args);
  if ('error' in input) {
    out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: input.error } }));
    return 2;
  }
  const session = openAiSession(dataDir, modelsDir);
  const { audit, host } = session;
  try {
    const { model, outputs } = await host.run('ner', [{ text: input.text }], { feature, explain: false });
    const spans = outputs[0]?.spans ?? [];
    auditAndPrintAiOutput(audit, out, {
      feature,
      model,
      summary: summary(spans),
      input: { text: input.text },
      confidence: spans.length ? Math.min(...spans.map((s) => s.confidence)) : 0,
      body: { spans },
    });
    return 0;
  } catch (error) {
    printCliError(out, error);
    return 1;
  } finally {
    await session.close();
  }
}
