import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../main/host/args';
import { runCli } from '../../../../main/host/cli';
import { runNer } from '../../../../main/host/cli-ner';
import { modelsDir } from '../../../../main/host/paths';
import { cliAuditEntries, useTempDataDir } from '../../../helpers/cli-data-dir';

const text =
  '原告张某诉被告李某某民间借贷纠纷。被告李某某（身份证号码420984197204129014，电话13812345678）于2019年3月5日向原告借款人民币5万元，在北京市朝阳区工商银行支行转账。';

async function ner(dataDir: string, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runNer(
    parseArgs(['ner', ...argv]),
    dataDir,
    (t) => out.push(t),
    (t) => err.push(t),
    modelsDir,
  );
  return { code, result: JSON.parse(out.join('')) as Record<string, unknown>, err };
}

interface Span {
  type: string;
  role: string | null;
  text: string;
  start: number;
  end: number;
  source: string;
}

describe('judgedesk ner', () => {
  const tmp = useTempDataDir();

  it('prints model and rule spans at their offsets, 仅供参考, and the audit entry it wrote', async () => {
    const file = join(tmp.dir, 'judgment.txt');
    writeFileSync(file, `\uFEFF${text}`);
    const { code, result } = await ner(tmp.dataDir, ['--file', file]);
    expect(code).toBe(0);
    expect(result.notice).toBe('仅供参考');
    const spans = result.spans as Span[];
    const body = `\uFEFF${text}`.replace(/^\uFEFF/, '');
    for (const span of spans) expect(body.slice(span.start, span.end)).toBe(span.text);
    expect(spans.filter((s) => s.source === 'rule').map((s) => [s.type, s.text])).toEqual([
      ['residentId', '420984197204129014'],
      ['mobile', '13812345678'],
    ]);
    expect(spans.some((s) => s.source === 'model')).toBe(true);
    for (const person of spans.filter((s) => s.type === 'person' && s.text === '张某')) expect(person.role).toBe('原告');

    const entry = (await cliAuditEntries(tmp.dataDir)).find((e) => e.seq === result.auditSeq);
    expect(entry).toMatchObject({ kind: 'ai_output', feature: 'backfill' });
    expect(entry?.payload.modelSha256).toBe((result.model as { sha256: string }).sha256);
    expect(entry?.summary).toMatch(/^实体识别：/);
  });

  it('names the file and the problem for a missing, non-UTF-8 or empty file, and loads nothing', async () => {
    const gbk = join(tmp.dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xd4, 0xad, 0xb8, 0xe6, 0xff, 0xfe]));
    const empty = join(tmp.dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const cases: Array<[string, RegExp]> = [
      [join(tmp.dir, 'none.txt'), /none\.txt：文件不存在/],
      [gbk, /gbk\.txt 不是 UTF-8/],
      [empty, /empty\.txt 是空的/],
    ];
    for (const [path, message] of cases) {
      const { code, result } = await ner(tmp.dataDir, ['--file', path]);
      expect(code).toBe(2);
      expect((result.error as { message: string }).message).toMatch(message);
    }
    expect(await cliAuditEntries(tmp.dataDir)).toEqual([]);
  });

  it('--feature may only name the 案件信息回填 switch the channel obeys: another is a usage error, nothing run or audited', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runNer(
      parseArgs(['ner', text, '--feature', 'documentReview']),
      tmp.dataDir,
      (t) => out.push(t),
      (t) => err.push(t),
      modelsDir,
    );
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toContain('--feature 只能为 backfill');
    expect(await cliAuditEntries(tmp.dataDir)).toEqual([]);
  });

  it('with 案件信息回填 switched off: AI_DISABLED, no spans, no ai_output entry', async () => {
    await runCli(['ai', 'set', 'backfill', 'off', '--data-dir', tmp.dataDir], () => undefined);
    const { code, result } = await ner(tmp.dataDir, [text]);
    expect(code).toBe(1);
    expect(result).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    expect((await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output')).toEqual([]);
  });
});
