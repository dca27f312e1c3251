import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgmentAssist } from '../../../../../shared/contract/channels/judgment';
import { modelsPredictCriminal } from '../../../../../shared/contract/channels/model-outputs';
import type { TempServices } from '../../../../helpers/temp-services';
import { openTempServices } from '../../../../helpers/temp-services';

// Charges per defendant through the app's services: the committed criminal-judgment model in the
// onnxruntime worker, the real grounding, the defendant splitter.
const twoDefendants =
  '经审理查明：2020年1月5日晚，被告人王某某在某酒吧内因琐事与被害人刘某发生争执，持啤酒瓶击打刘某头部，致刘某轻伤一级。经鉴定，刘某损伤程度为轻伤一级。同年2月，被告人陈某某明知王某某系犯罪嫌疑人，仍为其提供住处和钱财，帮助其逃匿。被告人王某某、陈某某到案后如实供述。';
const oneDefendant =
  '公诉机关指控：2016年5月12日晚，被告人张某某在某超市内趁店员不备，盗窃柜台内的手机两部，经鉴定价值人民币6000元。被告人张某某到案后如实供述。';

describe('charges per defendant', () => {
  let t: TempServices;
  beforeAll(() => {
    t = openTempServices({ modelsDir: join(process.cwd(), 'models') });
  });
  afterAll(() => t.cleanup());

  it('judgment.assist gives each named defendant the charges of the facts about them, with those facts', async () => {
    const value = await t.services.judgment.assist({ facts: twoDefendants, names: [] });
    expect(() => judgmentAssist.response.parse({ ...value, ai: { ...value.ai, notice: '仅供参考', auditSeq: 1 } })).not.toThrow();
    expect(value.charges.map((c) => c.name)).toEqual(expect.arrayContaining(['故意伤害罪', '窝藏、包庇罪']));
    const by = Object.fromEntries((value.defendants ?? []).map((d) => [d.name, d]));
    expect(Object.keys(by)).toEqual(['王某某', '陈某某']);
    expect(by['王某某']?.charges.map((c) => c.name)).toEqual(['故意伤害罪']);
    expect(by['陈某某']?.charges.map((c) => c.name)).toEqual(['窝藏、包庇罪']);
    // The shipped rule distributes the whole fact's charges: no defendant gets one the fact does not.
    const caseCharges = new Set(value.charges.map((c) => c.name));
    for (const d of value.defendants ?? []) for (const c of d.charges) expect(caseCharges.has(c.name)).toBe(true);
    // The harbouring sentence names 王某某 only as the one harboured: it is 陈某某's.
    expect(by['王某某']?.passages.map((p) => p.text).join('')).not.toContain('提供住处');
    expect(by['陈某某']?.passages.map((p) => p.text).join('')).not.toContain('啤酒瓶');
    for (const d of value.defendants ?? []) {
      for (const p of d.passages) expect(twoDefendants.slice(p.start, p.end)).toBe(p.text);
      for (const c of d.charges) {
        expect(c.articles.length).toBeGreaterThan(0);
        for (const s of c.spans) expect(twoDefendants.slice(s.start, s.end)).toBe(s.text);
      }
    }
    expect(value.ai.summary).toContain('分被告人：王某某 故意伤害罪；陈某某 窝藏、包庇罪');
  }, 120_000);

  it('leaves defendants out where the facts name one', async () => {
    const value = await t.services.judgment.assist({ facts: oneDefendant });
    expect(value.charges.map((c) => c.name)).toContain('盗窃罪');
    expect(value).not.toHaveProperty('defendants');
  }, 60_000);

  it('models.predictCriminal (judgedesk predict) answers per defendant too', async () => {
    const value = await t.services.modelOutputs.predictCriminal({ fact: twoDefendants, explain: false });
    expect(() => modelsPredictCriminal.response.parse({ ...value, ai: { ...value.ai, notice: '仅供参考', auditSeq: 1 } })).not.toThrow();
    expect(value.defendants?.map((d) => [d.name, d.charges.map((c) => c.name)])).toEqual([
      ['王某某', ['故意伤害罪']],
      ['陈某某', ['窝藏、包庇罪']],
    ]);
    const single = await t.services.modelOutputs.predictCriminal({ fact: oneDefendant, explain: false });
    expect(single.defendants).toBeUndefined();
  }, 60_000);
});
