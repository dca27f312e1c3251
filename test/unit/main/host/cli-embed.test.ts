import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/host/cli';
import { runEmbed } from '../../../../main/host/cli-embed';
import { parseArgs } from '../../../../main/host/args';
import { modelsDir } from '../../../../main/host/paths';
import { cliAuditEntries, useTempDataDir } from '../../../helpers/cli-data-dir';

const theft = '2018年5月，被告人李某在某超市盗窃手机一部，价值3000元。案发后李某主动投案，如实供述。';
const drugs = '被告人王某于2019年3月在其住处贩卖甲基苯丙胺0.5克给吸毒人员张某，获利200元。';

async function embed(dataDir: string, argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEmbed(
    parseArgs(argv),
    dataDir,
    (t) => out.push(t),
    (t) => err.push(t),
    Readable.from(stdin),
    modelsDir,
  );
  return { code, out: out.map((l) => JSON.parse(l) as Record<string, unknown>), err };
}

describe('judgedesk embed: vectors with model identity, audited, behind the similar-case switch', () => {
  const tmp = useTempDataDir();

  it('embeds texts given as arguments: unit vectors, 仅供参考, one audit entry each', async () => {
    const { code, out } = await embed(tmp.dataDir, ['embed', theft, drugs]);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const entries = (await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output');
    for (const line of out) {
      expect(line).toMatchObject({ ok: true, notice: '仅供参考', model: { id: 'legal-encoder' } });
      const vector = line.vector as number[];
      expect(vector).toHaveLength(line.dimension as number);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 3);
      const entry = entries.find((e) => e.seq === line.auditSeq);
      expect(entry?.feature).toBe('similarCases');
      expect(entry?.payload.modelSha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('reads JSON lines from stdin and answers in input order; a bad line gets its own error and the rest go on', async () => {
    const stdin = [JSON.stringify({ text: theft, names: ['李某'] }), '{"text": ""}', JSON.stringify(drugs)].join('\n');
    const { code, out } = await embed(tmp.dataDir, ['embed'], stdin);
    expect(code).toBe(1);
    expect(out.map((o) => [o.ok, o.line])).toEqual([
      [true, 1],
      [false, 2],
      [true, 3],
    ]);
    expect(out[1]).toMatchObject({ error: { code: 'VALIDATION' } });
    expect((out[1]?.error as { message: string }).message).toContain('第 2 行');
  });

  it('with 类案推送 switched off: AI_DISABLED, no vector, no audit entry', async () => {
    await runCli(['ai', 'set', 'similarCases', 'off', '--data-dir', tmp.dataDir], () => undefined);
    const { code, out } = await embed(tmp.dataDir, ['embed', theft]);
    expect(code).toBe(1);
    expect(out[0]).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    expect((await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output')).toHaveLength(0);
  });
});
