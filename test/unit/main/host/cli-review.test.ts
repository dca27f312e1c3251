import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/host/cli';
import { tempDir } from '../../../helpers/temp-app';

interface Reply {
  ok: boolean;
  value: {
    documentType: string;
    date: string;
    dateSource: string;
    findings: { rule: string; fix: string | null }[];
    ai: { notice: string; auditSeq: number };
  };
  error: { code: string; message: string };
}

async function cli(argv: string[]): Promise<{ code: number; json: Reply }> {
  const out: string[] = [];
  const code = await runCli(argv, (t) => out.push(t));
  return { code, json: JSON.parse(out.join('\n')) as Reply };
}

const text =
  '某某县人民法院\n刑事判决书\n（2023）京0105刑初1号\n如不服本判决，可在接到判决书的第二日起十五日内提出上诉。截止2023年1月1日。';

describe('judgedesk review', () => {
  let tmp: ReturnType<typeof tempDir>;
  let d: string[];
  beforeEach(() => {
    tmp = tempDir();
    d = ['--data-dir', join(tmp.dir, 'data')];
  });
  afterEach(() => tmp.cleanup());

  it('a TXT file: JSON findings with fixes, audited, 仅供参考; --date is the date checked against', async () => {
    const file = join(tmp.dir, '判决书.txt');
    writeFileSync(file, text);
    const { code, json } = await cli(['review', file, '--date', '2023-06-01', ...d]);
    expect(code).toBe(0);
    expect(json.value).toMatchObject({ documentType: '刑事判决书', date: '2023-06-01', dateSource: 'request', ai: { notice: '仅供参考' } });
    expect(json.value.findings.find((f) => f.rule === 'structure.appeal-period')?.fix).toBe('十');
    expect(json.value.findings.map((f) => f.rule)).toContain('wording.jiezhi');
    expect(json.value.ai.auditSeq).toBeGreaterThan(0);
  });

  it('a DOCX file reads the same as its text', async () => {
    const file = join(tmp.dir, '判决书.docx');
    writeFileSync(
      file,
      await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((t) => new Paragraph({ text: t })) }] })),
    );
    const { code, json } = await cli(['review', file, ...d]);
    expect(code).toBe(0);
    expect(json.value.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['structure.appeal-period', 'wording.jiezhi']));
  });

  it.each([
    [['review'], 2, '请指定要审查的文件'],
    [['review', '/nonexistent/判决书.docx'], 1, '文件不存在'],
    [['review', 'x.pdf'], 1, '不支持“x.pdf”的文件类型'],
  ])('%j → exit %i with a Chinese message', async (argv, exit, message) => {
    if (argv[1] === 'x.pdf') writeFileSync(join(tmp.dir, 'x.pdf'), 'x');
    const args = argv[1] === 'x.pdf' ? ['review', join(tmp.dir, 'x.pdf')] : argv;
    const { code, json } = await cli([...args, ...d]);
    expect(code).toBe(exit);
    expect(json).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } });
  });

  it('a bad date is refused by the channel', async () => {
    const file = join(tmp.dir, 'a.txt');
    writeFileSync(file, text);
    const { code, json } = await cli(['review', file, '--date', '2023-13-40', ...d]);
    expect(code).toBe(1);
    expect(json.error.code).toBe('VALIDATION');
  });
});
