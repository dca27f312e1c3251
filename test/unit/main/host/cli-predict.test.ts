import { Readable } from 'node:stream';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/host/cli';
import { runPredict } from '../../../../main/host/cli-predict';
import { parseArgs } from '../../../../main/host/args';
import { modelsDir } from '../../../../main/host/paths';
import { tempDir } from '../../../helpers/temp-app';

const facts = [
  '2018年5月，被告人李某在某超市盗窃手机一部，价值3000元。案发后李某主动投案，如实供述。',
  '被告人王某于2019年3月在其住处贩卖甲基苯丙胺0.5克给吸毒人员张某，获利200元。',
];

async function predict(dataDir: string, lines: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPredict(parseArgs([]), dataDir, (t) => out.push(t), (t) => err.push(t), Readable.from(lines.join('\n')), modelsDir);
  return { code, out: out.map((l) => JSON.parse(l) as Record<string, unknown>), err };
}

async function auditEntries(dataDir: string) {
  const lines: string[] = [];
  await runCli(['audit', 'list', '--data-dir', dataDir], (t) => lines.push(t));
  return (JSON.parse(lines.join('')) as { value: { entries: Array<{ seq: number; kind: string; feature: string; payload: Record<string, unknown> }> } })
    .value.entries;
}

describe('judgedesk predict: every prediction is audited and obeys the AI switch', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dataDir: string;
  beforeEach(() => {
    tmp = tempDir();
    dataDir = join(tmp.dir, 'data');
  });
  afterEach(() => tmp.cleanup());

  it('answers each line with 仅供参考 and the audit entry it wrote; a bad line gets its own error', async () => {
    const { code, out } = await predict(dataDir, [JSON.stringify({ fact: facts[0] }), 'not json', JSON.stringify({ fact: facts[1] })]);
    expect(code).toBe(1);
    const good = out.filter((o) => o.ok);
    expect(good).toHaveLength(2);
    expect(out.find((o) => !o.ok)).toMatchObject({ line: 2, error: { code: 'VALIDATION' } });

    const entries = await auditEntries(dataDir);
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
    await runCli(['ai', 'set', 'lawPush', 'off', '--data-dir', dataDir], () => undefined);
    const { code, out } = await predict(dataDir, [JSON.stringify({ fact: facts[0] })]);
    expect(code).toBe(1);
    expect(out[0]).toMatchObject({ ok: false });
    expect((await auditEntries(dataDir)).filter((e) => e.kind === 'ai_output')).toHaveLength(0);
  });
});
