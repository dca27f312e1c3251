import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilOutcomeAnswer } from '../../../../../main/services/civil-outcome';
import { deviation } from '../../../../../main/services/civil-outcome';
import { buildCasePostings, CaseWriter } from '../../../../../main/services/similar-cases';
import type { CaseRecord } from '../../../../../main/services/similar-cases/case-record';
import { openTempServices, type TempServices } from '../../../../helpers/temp-services';

// 诉讼预期评估 on a real temp workspace: the committed civil-outcome and legal-elements models in
// the onnxruntime worker, a small civil corpus in knowledge.db for the comparable cases.
const facts =
  '原告周某诉称，2025年1月10日被告吴某向原告借款80000元，约定2025年6月30日前归还，被告出具借条一张，原告通过银行转账交付借款。到期后经原告多次催讨，被告未归还。';
const claims = [{ text: '判令被告偿还借款本金人民币80000元', amount: 80000 }, { text: '判令被告按年利率3.85%支付逾期利息' }];

let serial = 0;
function civilCase(text: string, result: string, causes = ['民间借贷纠纷']): CaseRecord {
  serial += 1;
  return {
    source: 'test',
    sourceId: String(serial),
    kind: '民事',
    court: '某市某区人民法院',
    courtLevel: null,
    region: null,
    caseNumber: `（2024）某0101民初${serial}号`,
    causes,
    decidedOn: '2024-05-01',
    parties: '',
    facts: text,
    reasoning: '',
    result,
    citationText: '',
    outcome: { prisonMonths: null, lifeImprisonment: false, deathPenalty: false, fine: null, awarded: null },
  };
}

describe('CivilOutcomeService', () => {
  let t: TempServices;
  beforeAll(async () => {
    t = openTempServices();
    for (const model of ['civil-outcome', 'legal-elements'])
      cpSync(join(process.cwd(), 'models', model), join(t.dir, 'models', model), { recursive: true });
    const writer = new CaseWriter(t.stores.knowledge);
    t.stores.knowledge.transaction(() => {
      // Criminal filler, so the loan words are rare enough in the corpus to be searched on.
      for (let i = 0; i < 40; i += 1) {
        writer.add({
          ...civilCase(`被告人甲${i}于某日在某商场盗窃手机${i + 1}部，价值${(i + 1) * 100}元，后被抓获归案。`, ''),
          kind: '刑事',
          causes: ['盗窃罪'],
        });
      }
      writer.add(
        civilCase(
          '被告向原告借款50000元并出具借条，原告银行转账交付借款，到期后被告未归还借款。',
          '一、被告于本判决生效之日起十日内偿还原告借款50000元；二、驳回原告的其他诉讼请求。',
        ),
      );
      writer.add(civilCase('被告向原告借款30000元，原告称以现金交付，被告否认收到借款，原告未能提供交付凭证。', '驳回原告的诉讼请求。'));
      writer.add(
        civilCase('原告与被告签订买卖合同，原告交付货物后被告拖欠货款20000元未付。', '被告于本判决生效之日起十日内支付原告货款20000元。', [
          '买卖合同纠纷',
        ]),
      );
    })();
    await buildCasePostings(t.stores.knowledge);
  }, 60_000);
  afterAll(() => t.cleanup());

  it('estimates each claim with the model, its elements and comparable cases with their outcomes', async () => {
    const answer: CivilOutcomeAnswer = await t.services.civilOutcome.estimate({
      cause: '民间借贷纠纷',
      claims,
      facts,
      names: ['周某', '吴某'],
    });
    expect(answer.cause).toBe('民间借贷纠纷');
    expect(answer.claims).toHaveLength(2);
    const [principal, interest] = answer.claims;
    expect(principal?.claim).toEqual({ text: claims[0]!.text, kind: '本金', amount: 80000 });
    expect(interest?.claim.kind).toBe('利息');
    for (const c of answer.claims) {
      expect(c.source).toBe('model');
      expect(c.probabilities.full + c.probabilities.partial + c.probabilities.rejected).toBeCloseTo(1, 3);
      expect(c.share.interval[0]).toBeLessThanOrEqual(c.share.median);
      expect(c.share.median).toBeLessThanOrEqual(c.share.interval[1]);
      // The card's held-out coverage goes with the stated one, so the interval is not read as a promise.
      const card = JSON.parse(readFileSync(join('models', 'civil-outcome', 'card.json'), 'utf8')) as {
        metrics: Array<{ name: string; value: number }>;
      };
      expect(c.share.measuredCoverage).toBe(card.metrics.find((m) => m.name === 'awardShare.intervalCoverage')?.value);
    }
    expect(principal?.expectedAward).toBeCloseTo(80000 * principal!.share.median, 0);
    expect(principal?.elements.found.map((e) => e.name)).toEqual(expect.arrayContaining(['借贷合意', '款项交付']));
    expect(answer.comparables.length).toBeGreaterThan(0);
    const lending = answer.comparables.filter((c) => c.causes.includes('民间借贷纠纷'));
    expect(lending.map((c) => c.outcome).sort()).toEqual(['部分支持（驳回其他诉讼请求）', '驳回全部诉讼请求']);
    expect(answer.ai.modelId).toBe('civil-outcome');
    expect(answer.limits.length).toBeGreaterThan(0);
  }, 60_000);

  it('a cause with too few judgments gets the statute estimate, labelled and low in confidence', async () => {
    const answer = await t.services.civilOutcome.estimate({
      cause: '物业服务合同纠纷',
      claims: [{ text: '判令被告支付物业费5400元' }],
      facts: '原告物业公司与业主委员会签订物业服务合同，被告系小区业主，自2023年起未交纳物业费。',
    });
    const [claim] = answer.claims;
    expect(claim?.source).toBe('statute');
    expect(claim?.claim.amount).toBe(5400);
    expect(claim?.confidence).toBeLessThanOrEqual(0.35);
    expect(claim?.elements.found.map((e) => e.name)).toContain('物业服务合同关系');
    expect(claim?.elements.missing.map((e) => e.name)).toContain('物业服务人已按约提供服务');
    expect(answer.notes.join('')).toContain('法条与要件');
    expect(answer.ai.modelId).toBe('evidence-checklists');
  }, 60_000);

  it('the intended award outside the interval is a deviation warning', async () => {
    const base = await t.services.civilOutcome.estimate({ cause: '民间借贷纠纷', claims: claims.slice(0, 1), facts });
    const [lo, hi] = base.claims[0]!.share.interval;
    const outside = hi < 1 ? 80000 : lo > 0 ? 0 : null;
    const within = await t.services.civilOutcome.estimate({
      cause: '民间借贷纠纷',
      claims: claims.slice(0, 1),
      facts,
      proposed: [80000 * base.claims[0]!.share.median],
    });
    expect(within.claims[0]?.deviation.level).toBe('within');
    if (outside !== null) {
      const warned = await t.services.civilOutcome.estimate({
        cause: '民间借贷纠纷',
        claims: claims.slice(0, 1),
        facts,
        proposed: [outside * 1.5],
      });
      expect(warned.claims[0]?.deviation.level).toBe('outside');
      expect(warned.ai.summary).toContain('偏离预警');
    }
    expect(deviation(1000, 2000, [0.2, 0.9])).toMatchObject({ level: 'outside' });
    expect(deviation(null, 2000, [0.2, 0.9]).level).toBe('none');
  }, 60_000);

  it('does not change with who the parties are', async () => {
    const run = (name: string, other: string, header: string) =>
      t.services.civilOutcome.estimate({
        cause: '民间借贷纠纷',
        claims,
        facts: `${header}${facts.replaceAll('周某', name).replaceAll('吴某', other)}`,
        names: [name, other],
      });
    const a = await run('周晓岚', '吴建平', '原告周晓岚，女，汉族，出生于北京市朝阳区。');
    const b = await run('欧阳娜娜', '买买提', '原告欧阳娜娜，男，维吾尔族，出生于新疆维吾尔自治区喀什市。');
    expect(b.claims.map((c) => [c.likely, c.probabilities, c.share])).toEqual(a.claims.map((c) => [c.likely, c.probabilities, c.share]));
  }, 60_000);

  it('fills cause and claims from the case record and refuses an unsupported cause', async () => {
    const created = await t.value<{ id: string }>('cases.create', {
      caseNumber: '（2026）京0105民初9001号',
      causeOfAction: '民间借贷纠纷',
      procedure: 'civil-simple',
      court: '北京市朝阳区人民法院',
      parties: [
        { role: '原告', name: '周某', kind: 'person' },
        { role: '被告', name: '吴某', kind: 'person' },
      ],
      claims,
    });
    const answer = await t.services.civilOutcome.estimate({ caseId: created.id, facts });
    expect(answer.claims.map((c) => c.claim.kind)).toEqual(['本金', '利息']);
    expect(answer.caseId).toBe(created.id);
    await expect(t.services.civilOutcome.estimate({ cause: '海事海商纠纷', claims, facts })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 60_000);
});
