import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../main/host/args';
import { runPredict } from '../../../../main/host/cli-predict';
import { modelsDir } from '../../../../main/host/paths';
import { cliAuditEntries, useTempDataDir } from '../../../helpers/cli-data-dir';

// `judgedesk predict` answers a civil line (kind: civil) with 诉讼预期评估, audited like the rest.
const civil = {
  kind: 'civil',
  cause: '劳动争议',
  claims: ['判令被告支付拖欠工资12000元', { text: '判令被告支付违法解除劳动合同赔偿金30000元', amount: 30000 }],
  facts:
    '原告于2020年3月入职被告公司任操作工，双方未签订书面劳动合同。2023年5月被告以经营困难为由口头辞退原告，并拖欠原告2023年3月至5月工资。',
};

describe('judgedesk predict: civil lines', () => {
  const tmp = useTempDataDir();

  it('estimates each claim, labelled 仅供参考, with an outcomeEstimation audit entry; a bad civil line gets its own error', async () => {
    const out: string[] = [];
    const code = await runPredict(
      parseArgs([]),
      tmp.dataDir,
      (t) => out.push(t),
      () => undefined,
      Readable.from([JSON.stringify(civil), JSON.stringify({ kind: 'civil', facts: '没有案由' })].join('\n')),
      modelsDir,
    );
    const lines = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(code).toBe(1);
    const good = lines[0] as {
      ok: boolean;
      notice: string;
      auditSeq: number;
      claims: Array<{ claim: { kind: string; amount: number | null }; likely: string }>;
    };
    expect(good.ok).toBe(true);
    expect(good.notice).toBe('仅供参考');
    expect(good.claims.map((c) => [c.claim.kind, c.claim.amount])).toEqual([
      ['工资', 12000],
      ['赔偿金', 30000],
    ]);
    expect(['full', 'partial', 'rejected']).toContain(good.claims[0]?.likely);
    expect(lines[1]).toMatchObject({ ok: false, line: 2, error: { code: 'VALIDATION' } });
    const entries = await cliAuditEntries(tmp.dataDir);
    expect(entries.find((e) => e.seq === good.auditSeq)?.feature).toBe('outcomeEstimation');
  }, 60_000);
});
