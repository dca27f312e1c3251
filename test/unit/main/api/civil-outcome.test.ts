import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

// civilOutcome.estimate through the real app: dispatcher roles, the 诉讼预期评估 switch, the audit
// entry written before the answer, and the committed model in the onnxruntime worker.
const web = localCaller('web');
const payload = {
  cause: '离婚纠纷',
  claims: [{ text: '判令原告与被告离婚' }, { text: '婚生子由原告抚养，被告每月支付抚养费1000元', amount: 1000 }],
  facts: '原告与被告于2010年登记结婚，婚后育有一子。双方因性格不合经常争吵，自2022年起分居至今。',
  names: ['张某', '李某'],
};

describe('civilOutcome.estimate', () => {
  let t: TempApp;
  beforeAll(() => {
    t = openTempApp();
    for (const model of ['civil-outcome', 'legal-elements'])
      cpSync(join(process.cwd(), 'models', model), join(t.modelsDir, model), { recursive: true });
  });
  afterAll(() => t.cleanup());

  it('answers per claim with 仅供参考, the model identity and an audit entry under outcomeEstimation', async () => {
    const result = await t.app.invoke('civilOutcome.estimate', payload, web);
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as {
      claims: Array<{ claim: { kind: string }; source: string }>;
      ai: { notice: string; auditSeq: number; modelId: string };
    };
    expect(value.claims.map((c) => [c.claim.kind, c.source])).toEqual([
      ['离婚', 'model'],
      ['抚养费', 'model'],
    ]);
    expect(value.ai).toMatchObject({ notice: '仅供参考', modelId: 'civil-outcome' });
    const audit = await t.app.invoke('audit.list', { kind: 'ai_output' }, web);
    expect(JSON.stringify(audit)).toContain('outcomeEstimation');
    expect(JSON.stringify(audit)).toContain(`"seq":${value.ai.auditSeq}`);
  }, 60_000);

  it('an administrator alone may not ask, and nothing is audited', async () => {
    const before = JSON.stringify(await t.app.invoke('audit.list', { kind: 'ai_output' }, web)).length;
    const result = await t.app.invoke('civilOutcome.estimate', payload, { ...web, roles: ['admin'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(await t.app.invoke('audit.list', { kind: 'ai_output' }, web)).length).toBe(before);
  });

  it('with 诉讼预期评估 switched off the answer is AI_DISABLED', async () => {
    await t.app.invoke('settings.ai.set', { scope: 'outcomeEstimation', enabled: false }, web);
    const result = await t.app.invoke('civilOutcome.estimate', payload, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    await t.app.invoke('settings.ai.set', { scope: 'outcomeEstimation', enabled: true }, web);
  });

  it('a request without claims is VALIDATION, an unsupported cause NOT_FOUND, both in Chinese', async () => {
    const none = await t.app.invoke('civilOutcome.estimate', { cause: '离婚纠纷', claims: [], facts: '事实' }, web);
    expect(none).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('诉讼请求') } });
    const unknown = await t.app.invoke('civilOutcome.estimate', { ...payload, cause: '海事海商纠纷' }, web);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('暂不支持') } });
  });
});
