// `judgedesk draft <案件id|案号> --type 民事判决书 --out file.docx [--date D] [--cite "《…》第…条"]`:
// a draft from the document template filled from the case record, through the same channels as
// the editor (so it is stored, versioned and audited), written as a court-layout DOCX.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Draft } from '../../shared/contract/channels/drafting';
import { documentTypeByName, documentTypeLabels, documentTypes } from '../../shared/contract/channels/drafting';
import type { ParsedArgs } from './args';
import { stringOption } from './args';
import { withCliApp } from './cli-app';

export const draftUsage =
  '  judgedesk draft <案件id或案号> --type 民事判决书 --out 文书.docx [--date YYYY-MM-DD] [--cite "《…》第…条、…"]   按模板起草并导出 DOCX（--cite 生成法律依据，仅供参考）';

interface Suggestions {
  suggestions: Array<{ sectionKey: string; text: string }>;
  ai: { auditSeq: number; notice: string };
}

export async function runDraft(args: ParsedArgs, dataDir: string, out: (text: string) => void): Promise<number> {
  const fail = (code: string, message: string, exit: number) => {
    out(JSON.stringify({ ok: false, error: { code, message } }, null, 2));
    return exit;
  };
  const caseRef = args.positional[1];
  const typeName = stringOption(args, 'type') ?? '民事判决书';
  const target = stringOption(args, 'out');
  const type = documentTypeByName(typeName);
  if (caseRef === undefined) return fail('VALIDATION', `请指定案件：${draftUsage.trim()}`, 2);
  if (!type)
    return fail('VALIDATION', `未知的文书类型：${typeName}（可选：${documentTypes.map((t) => documentTypeLabels[t]).join('、')}）`, 2);
  if (target === undefined) return fail('VALIDATION', '请用 --out 指定输出的 .docx 文件', 2);

  return withCliApp(dataDir, async (app) => {
    const byId = await app.invoke<{ id: string }>('cases.get', { id: caseRef });
    const found = byId.ok ? byId : await app.invoke<{ id: string }>('cases.get', { caseNumber: caseRef });
    if (!found.ok) return fail('NOT_FOUND', `找不到案件：${caseRef}（可用 judgedesk case list 查看）`, 1);
    const date = stringOption(args, 'date');
    const created = await app.invoke<Draft>('drafting.create', { caseId: found.value.id, type, ...(date === undefined ? {} : { date }) });
    if (!created.ok) return fail(created.error.code, created.error.message, 1);
    let draft = created.value;

    const cite = stringOption(args, 'cite');
    let citations: { auditSeq: number; notice: string } | { error: string } | null = null;
    if (cite !== undefined) {
      const suggested = await app.invoke<Suggestions>('drafting.suggestCitations', { id: draft.id, citations: [cite] });
      if (suggested.ok && suggested.value.suggestions.length) {
        const saved = await app.invoke<Draft>('drafting.save', {
          id: draft.id,
          expectedVersion: draft.version,
          sections: suggested.value.suggestions.map((s) => ({ key: s.sectionKey, text: s.text, origin: 'suggested' })),
        });
        if (saved.ok) draft = saved.value;
      }
      citations = suggested.ok
        ? { auditSeq: suggested.value.ai.auditSeq, notice: suggested.value.ai.notice }
        : { error: suggested.error.message };
    }

    const exported = await app.invoke<{ base64: string; unfilled: number; suggestedSections: string[] }>('drafting.export', {
      id: draft.id,
    });
    if (!exported.ok) return fail(exported.error.code, exported.error.message, 1);
    const file = resolve(target);
    try {
      writeFileSync(file, Buffer.from(exported.value.base64, 'base64'));
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? '目录不存在' : error instanceof Error ? error.message : String(error);
      return fail('VALIDATION', `无法写入“${target}”：${reason}（草稿已保存，编号 ${draft.id}）`, 1);
    }
    out(
      JSON.stringify(
        {
          ok: true,
          value: {
            file,
            draftId: draft.id,
            caseNumber: draft.caseNumber,
            type: draft.typeName,
            version: draft.version,
            unfilled: exported.value.unfilled,
            suggestedSections: exported.value.suggestedSections,
            citations,
          },
        },
        null,
        2,
      ),
    );
    return 0;
  });
}
