import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/host/cli';
import { bicycleFacts } from '../../../fixtures/crime-amount';
import { cliAuditEntries, useTempDataDir } from '../../../helpers/cli-data-dir';

async function amount(dataDir: string, lines: string[]) {
  const out: string[] = [];
  const code = await runCli(
    ['amount', '--data-dir', dataDir],
    (t) => out.push(t),
    () => undefined,
    Readable.from(lines.join('\n')),
  );
  return { code, out: out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('judgedesk amount: JSON lines in, one audited answer per line', () => {
  const tmp = useTempDataDir();

  it('computes the bicycle thefts to 18,600 元 with 数额较大 cited, audited as 仅供参考; a bad line gets its own error', async () => {
    const { code, out } = await amount(tmp.dataDir, [JSON.stringify({ fact: bicycleFacts, charge: '盗窃' }), '{"charge": "盗窃"}']);
    expect(code).toBe(1);
    const [first, second] = out;
    expect(first).toMatchObject({ ok: true, line: 1, notice: '仅供参考', total: 18600, currency: 'CNY', consistent: true });
    const items = first?.items as { amount: number; counted: boolean; kind: string }[];
    expect(items.filter((i) => i.counted).map((i) => i.amount)).toEqual([3200, 4500, 2800, 5100, 3000]);
    expect(items.find((i) => i.amount === 300)).toMatchObject({ counted: false, kind: '分赃销赃' });
    const threshold = first?.threshold as { reached: string; citation: string };
    expect(threshold.reached).toBe('数额较大');
    expect(threshold.citation).toBe('《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条');
    expect(second).toMatchObject({ ok: false, line: 2, error: { code: 'VALIDATION' } });

    const entries = (await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.seq).toBe(first?.auditSeq);
    expect(entries[0]?.feature).toBe('deviationWarning');
    expect(entries[0]?.payload.modelId).toBe('crime-amount-rules');
  });

  it('with 裁判辅助 switched off, no figure and no audit entry', async () => {
    await runCli(['ai', 'set', 'deviationWarning', 'off', '--data-dir', tmp.dataDir], () => undefined);
    const { code, out } = await amount(tmp.dataDir, [JSON.stringify({ fact: bicycleFacts })]);
    expect(code).toBe(1);
    expect(out[0]).toMatchObject({ ok: false });
    expect((await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output')).toHaveLength(0);
  });
});
