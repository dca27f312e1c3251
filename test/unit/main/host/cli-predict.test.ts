import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/host/cli';
import { runPredict } from '../../../../main/host/cli-predict';
import { parseArgs } from '../../../../main/host/args';
import { modelsDir } from '../../../../main/host/paths';
import { cliAuditEntries, useTempDataDir } from '../../../helpers/cli-data-dir';

const facts = [
  '2018年5月，被告人李某在某超市盗窃手机一部，价值3000元。案发后李某主动投案，如实供述。',
  '被告人王某于2019年3月在其住处贩卖甲基苯丙胺0.5克给吸毒人员张某，获利200元。',
];

async function predict(dataDir: string, lines: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPredict(
    parseArgs([]),
    dataDir,
    (t) => out.push(t),
    (t) => err.push(t),
    Readable.from(lines.join('\n')),
    modelsDir,
  );
  return { code, out: out.map((l) => JSON.parse(l) as Record<string, unknown>), err };
}

describe('judgedesk predict: every prediction is audited and obeys the AI switch', () => {
  const tmp = useTempDataDir();

  it('answers each line with 仅供参考 and the audit entry it wrote; a bad line gets its own error', async () => {
    const { code, out } = await predict(tmp.dataDir, [JSON.stringify({ fact: facts[0] }), 'not json', JSON.stringify({ fact: facts[1] })]);
    expect(code).toBe(1);
    const good = out.filter((o) => o.ok);
    expect(good).toHaveLength(2);
    expect(out.find((o) => !o.ok)).toMatchObject({ line: 2, error: { code: 'VALIDATION' } });
    // The theft line carries its 涉案金额 (3000 元, one item summed); the drug line's 200 元 is 获利, not a stolen value.
    const theft = good[0] as { amount: { total: number; items: Array<{ counted: boolean }> } | null };
    expect(theft.amount?.total).toBe(3000);
    expect(theft.amount?.items.filter((i) => i.counted)).toHaveLength(1);

    const entries = await cliAuditEntries(tmp.dataDir);
    const outputs = entries.filter((e) => e.kind === 'ai_output');
    expect(outputs).toHaveLength(2);
    for (const line of good) {
      expect(line.notice).toBe('仅供参考');
      const entry = outputs.find((e) => e.seq === line.auditSeq);
      expect(entry?.feature).toBe('lawPush');
      expect(entry?.payload.modelId).toBe((line.model as { id: string }).id);
      expect(entry?.payload.modelSha256).toBe((line.model as { sha256: string }).sha256);
    }
  });

  it('with the feature switched off, no prediction and no audit entry', async () => {
    await runCli(['ai', 'set', 'lawPush', 'off', '--data-dir', tmp.dataDir], () => undefined);
    const { code, out } = await predict(tmp.dataDir, [JSON.stringify({ fact: facts[0] })]);
    expect(code).toBe(1);
    expect(out[0]).toMatchObject({ ok: false });
    expect((await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output')).toHaveLength(0);
  });
});
