import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

// 裁判辅助与偏离预警 through the real app: the committed criminal-judgment model in the
// onnxruntime worker, the dispatcher's audit, and the AI switch in front of every model load.
const web = localCaller('web');
const theft =
  '公诉机关指控：2016年5月12日晚，被告人张某某在某市某区某超市内，趁店员不备，盗窃柜台内的手机两部，经鉴定价值人民币6000元。被告人到案后如实供述了自己的罪行，赃物已追回发还被害人。';

interface AssistValue {
  charges: Array<{ name: string; confidence: number; spans: Array<{ start: number; end: number; text: string }> }>;
  articles: Array<{ article: number; citation: string }>;
  term: { kind: string; months: number; interval: [number, number] };
  deviation: { level: string; messages: string[] };
  limits: string[];
  ai: { notice: string; auditSeq: number; modelId: string };
}

describe('judgment.assist', () => {
  let t: TempApp;
  beforeAll(() => {
    t = openTempApp();
    cpSync(join(process.cwd(), 'models', 'criminal-judgment'), join(t.modelsDir, 'criminal-judgment'), { recursive: true });
  });
  afterAll(() => t.cleanup());

  const assist = async (payload: object) => {
    const result = await t.app.invoke('judgment.assist', payload, web);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as AssistValue;
  };

  it('estimates charges, articles and term with the passages that drove them, audited and labelled 仅供参考', async () => {
    const value = await assist({ facts: theft, names: ['张某某'] });
    expect(value.charges.map((c) => c.name)).toContain('盗窃罪');
    expect(value.articles.map((a) => a.citation)).toContain('《中华人民共和国刑法》第二百六十四条');
    const span = value.charges[0]!.spans[0]!;
    expect(theft.slice(span.start, span.end)).toBe(span.text);
    expect(value.ai).toMatchObject({ notice: '仅供参考', modelId: 'criminal-judgment' });
    expect(value.deviation.level).toBe('none');
    expect(value.limits.length).toBeGreaterThan(0);
    const audit = await t.app.invoke('audit.list', { kind: 'ai_output' }, web);
    expect(JSON.stringify(audit)).toContain('deviationWarning');
  }, 60_000);

  it('warns when the intended sentence falls outside the estimate', async () => {
    const value = await assist({ facts: theft, proposed: { charges: ['诈骗罪'], termKind: 'fixed', termMonths: 180 } });
    expect(value.deviation.level).toBe('outside');
    expect(value.deviation.messages.join('')).toContain('诈骗罪');
    expect(value.deviation.messages.join('')).toContain('高于');
    const within = await assist({ facts: theft, proposed: { charges: ['盗窃罪'], termKind: 'fixed', termMonths: value.term.months } });
    expect(within.deviation).toEqual({ level: 'within', messages: [] });
  }, 60_000);

  it('gives the same output whatever the party is called', async () => {
    const a = await assist({ facts: theft, names: ['张某某'] });
    const b = await assist({ facts: theft.replaceAll('张某某', '欧阳娜娜'), names: ['欧阳娜娜'] });
    expect(b.charges.map((c) => [c.name, c.confidence])).toEqual(a.charges.map((c) => [c.name, c.confidence]));
    const { spans: _a, ...termA } = a.term as AssistValue['term'] & { spans: unknown };
    const { spans: _b, ...termB } = b.term as AssistValue['term'] & { spans: unknown };
    expect(termB).toEqual(termA);
  }, 60_000);

  it('answers NOT_FOUND naming the model when it is not installed', async () => {
    const bare = openTempApp();
    try {
      const result = await bare.app.invoke('judgment.assist', { facts: theft }, web);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('未找到模型 criminal-judgment') },
      });
    } finally {
      bare.cleanup();
    }
  });

  it('answers AI_DISABLED with the switch off', async () => {
    await t.app.invoke('settings.ai.set', { scope: 'deviationWarning', enabled: false }, web);
    const result = await t.app.invoke('judgment.assist', { facts: theft }, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    await t.app.invoke('settings.ai.set', { scope: 'deviationWarning', enabled: true }, web);
  });
});
