import { describe, expect, it } from 'vitest';
import { assessTriage, defaultTriageConfig } from '../../../../../main/services/triage';
import type { TriageCase, TriageDocument } from '../../../../../main/services/triage';

const loan: TriageCase = {
  causeOfAction: '民间借贷纠纷',
  parties: [
    { role: '原告', address: '北京市朝阳区望京街道1号' },
    { role: '被告', address: '北京市海淀区学院路30号' },
  ],
  claims: [{ amount: 80000 }, { amount: null }],
};
const doc = (id: string, category: string, text: string): TriageDocument => ({ id, fileName: `${id}.txt`, category, text });

describe('繁简分流 score', () => {
  it('a two-party loan for 80,000 元 with no dispute is 简, every feature listed with 0 points and its rule', () => {
    const r = assessTriage(loan, [doc('c', '起诉状', '诉讼请求：偿还借款')], defaultTriageConfig);
    expect(r).toMatchObject({ track: '简', score: 0, threshold: 5 });
    expect(r.reasons).toHaveLength(8);
    expect(r.reasons.every((x) => x.rule.length > 0 && x.points === 0)).toBe(true);
  });

  it('a counterclaim, a denial in the defence and a Hong Kong address make it 繁, each reason naming its document', () => {
    const r = assessTriage(
      { ...loan, parties: [...loan.parties, { role: '第三人', address: '香港特别行政区九龙弥敦道1号' }] },
      [doc('d', '答辩状', '被告对原告主张的借款事实不予认可，并提出反诉，请求判令原告返还多付利息。')],
      defaultTriageConfig,
    );
    expect(r.track).toBe('繁');
    const by = Object.fromEntries(r.reasons.map((x) => [x.feature, x]));
    expect(by.counterclaim).toMatchObject({ points: 3, source: { documentId: 'd' } });
    expect(by.contestedFacts).toMatchObject({ points: 2, source: { documentId: 'd' } });
    expect(by.foreignElement!.points).toBe(4);
    expect(r.score).toBe(9);
  });

  it("claim bands and the court's complex causes add their points; the threshold decides", () => {
    const big = assessTriage({ ...loan, causeOfAction: '建设工程施工合同纠纷', claims: [{ amount: 6_000_000 }] }, [], defaultTriageConfig);
    expect(big.reasons.find((x) => x.feature === 'claimAmount')!.points).toBe(4);
    expect(big.reasons.find((x) => x.feature === 'cause')!.points).toBe(3);
    expect(big.track).toBe('繁');
    expect(assessTriage({ ...loan, claims: [{ amount: 6_000_000 }] }, [], { ...defaultTriageConfig, threshold: 10 }).track).toBe('简');
  });

  it('who a party is never changes the result: names, sex, ethnicity and birthplace are not inputs', () => {
    const a = [
      doc('c', '起诉状', '原告：张某，男，汉族，出生于河南省。被告：李某，女，回族，出生于新疆维吾尔自治区。诉讼请求：偿还借款。'),
    ];
    const b = [doc('c', '起诉状', '原告：王某，女，藏族，出生于西藏自治区。被告：赵某，男，汉族，出生于北京市。诉讼请求：偿还借款。')];
    expect(assessTriage(loan, a, defaultTriageConfig)).toEqual(assessTriage(loan, b, defaultTriageConfig));
  });
});
