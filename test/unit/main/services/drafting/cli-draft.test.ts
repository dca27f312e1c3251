import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../main/host/cli';
import { importStatutes } from '../../../../../main/services/laws';
import { openStores } from '../../../../../main/store/stores';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, subsetFolder } from '../laws/statute-data';
import { loanCase } from './drafting-fixtures';

async function cli(
  argv: string[],
): Promise<{ code: number; json: { ok: boolean; value?: Record<string, unknown>; error?: { message: string } } }> {
  const lines: string[] = [];
  const code = await runCli(
    argv,
    (t) => lines.push(t),
    (t) => lines.push(t),
  );
  return { code, json: JSON.parse(lines.join('\n')) as never };
}

describe('judgedesk draft', () => {
  const tmp = tempDir();
  const dataDir = join(tmp.dir, 'data');
  beforeAll(async () => {
    const stores = openStores(dataDir);
    if (hasStatuteData)
      importStatutes(
        stores.knowledge,
        subsetFolder(tmp.dir, (r) => r.name === '民事诉讼法' || r.name.startsWith('民法典 ')),
      );
    stores.close();
    expect((await cli(['case', 'create', '--json', JSON.stringify(loanCase), '--data-dir', dataDir])).code).toBe(0);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('writes a 民事判决书 DOCX for a case given by 案号', async () => {
    const out = join(tmp.dir, '判决书.docx');
    const { code, json } = await cli([
      'draft',
      '(2026)京0108民初123号',
      '--type',
      '民事判决书',
      '--out',
      out,
      '--date',
      '2026-11-26',
      '--data-dir',
      dataDir,
    ]);
    expect(code, JSON.stringify(json)).toBe(0);
    expect(json.value).toMatchObject({ type: '民事判决书', caseNumber: '（2026）京0108民初123号', version: 1 });
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain('原告：张三');
    expect(text).toContain('二〇二六年十一月二十六日');
  });

  it.skipIf(!hasStatuteData)('with --cite: the 法律依据 suggestion is applied, audited and the file marked 仅供参考', async () => {
    const out = join(tmp.dir, 'cited.docx');
    const { code, json } = await cli([
      'draft',
      '(2026)京0108民初123号',
      '--out',
      out,
      '--cite',
      '《中华人民共和国民法典》第六百七十五条',
      '--data-dir',
      dataDir,
    ]);
    expect(code, JSON.stringify(json)).toBe(0);
    expect(json.value?.citations).toMatchObject({ notice: '仅供参考' });
    expect(json.value?.suggestedSections).toEqual(['主文', '附：本判决适用的法律条文']);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain('依照《中华人民共和国民法典》第六百七十五条规定，判决如下');
    expect(text).toContain('仅供参考');
  });

  it('explains a bad type, an unknown case and an unwritable file in Chinese', async () => {
    const bad = await cli(['draft', '(2026)京0108民初123号', '--type', '起诉状', '--out', 'x.docx', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.json.error?.message).toContain('未知的文书类型：起诉状（可选：民事判决书、刑事判决书');
    const unknown = await cli(['draft', '(2026)京0108民初999号', '--out', 'x.docx', '--data-dir', dataDir]);
    expect(unknown.json.error?.message).toContain('找不到案件');
    const nowhere = join(tmp.dir, 'no-such-dir', 'a.docx');
    const unwritable = await cli(['draft', '(2026)京0108民初123号', '--out', nowhere, '--data-dir', dataDir]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.json.error?.message).toMatch(/无法写入.*目录不存在（草稿已保存/);
    expect(existsSync(nowhere)).toBe(false);
  });
});
