import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataFolder } from '../../../../main/services/laws/data-folder';
import { civilFacts, extractClaims, findAmounts, parseCivilJudgment, parseOperative } from '../../../../shared/domain/civil-judgment';

// Fictional judgments written for this test, in the shape real first-instance judgments take.
const loan =
  '原告周某诉称：2025年1月被告吴某向原告借款80000元，出具借条。诉讼请求：1、判令被告偿还借款本金人民币80，000元及利息；2、判令被告支付律师费5000元；3、本案诉讼费由被告承担。事实和理由：被告到期未还。被告吴某辩称：借款属实，已归还20000元。经审理查明：被告已归还20000元。本院认为：被告已归还部分借款。判决如下：一、被告吴某于本判决生效之日起十日内偿还原告周某借款本金60000元及利息（按年利率3.85%计算）；二、驳回原告周某的其他诉讼请求。如果未按本判决指定的期间履行给付金钱义务，应当加倍支付迟延履行期间的债务利息。案件受理费1800元，由被告负担。';
const divorceRefused =
  '原告张某诉称：双方感情破裂，请求判令：1、原告与被告离婚；2、婚生子由原告抚养；3、夫妻共同财产依法分割。被告李某辩称：不同意离婚。本院认为：双方感情尚未破裂。判决如下：不准原告张某与被告李某离婚。案件受理费150元，由原告负担。';
const labor =
  '原告王某向本院提出诉讼请求：1、被告支付拖欠工资12000元；2、被告支付违法解除劳动合同赔偿金30000元；3、被告支付加班费8000元。事实与理由：原告在被告处工作。被告某公司辩称：不同意原告的诉讼请求。本院认为：……判决如下：一、被告某公司于本判决生效之日起十日内支付原告王某工资12000元；二、被告某公司于本判决生效之日起十日内支付原告王某违法解除劳动合同赔偿金15000元；三、驳回原告王某的其他诉讼请求。案件受理费10元，由被告负担。';

describe('civil judgment parser', () => {
  it('reads amounts with full-width separators, 万 units and Chinese numerals', () => {
    expect(findAmounts('本金人民币1，560，000.00元，另5万元，再三千元').map((a) => a.value)).toEqual([1_560_000, 50_000, 3000]);
  });

  it('splits claims into kinds with their sums and leaves out litigation costs', () => {
    expect(extractClaims(loan).map((c) => [c.kind, c.amount])).toEqual([
      ['本金', 80_000],
      ['利息', null],
      ['实现债权费用', 5000],
    ]);
  });

  it('maps each operative item to its claim: partial by sum, rejected by 驳回其他', () => {
    const parsed = parseCivilJudgment(loan);
    expect(parsed.operative.instance).toBe('first');
    expect(parsed.results?.map((r) => [r.claim.kind, r.outcome, r.share])).toEqual([
      ['本金', 'partial', 0.75],
      ['利息', 'full', 1],
      ['实现债权费用', 'rejected', 0],
    ]);
  });

  it('不准离婚 rejects the divorce and everything that depends on it', () => {
    const parsed = parseCivilJudgment(divorceRefused);
    expect(parsed.results?.map((r) => [r.claim.kind, r.outcome])).toEqual([
      ['离婚', 'rejected'],
      ['抚养', 'rejected'],
      ['财产分割', 'rejected'],
    ]);
  });

  it('labour claims: full, partial by the awarded sum, and rejected', () => {
    const parsed = parseCivilJudgment(labor);
    expect(parsed.results?.map((r) => [r.claim.kind, r.outcome, r.awarded])).toEqual([
      ['工资', 'full', 12_000],
      ['赔偿金', 'partial', 15_000],
      ['加班费', 'rejected', 0],
    ]);
  });

  it('an appeal judgment gives no first-instance labels', () => {
    expect(parseOperative('判决如下：驳回上诉，维持原判。二审案件受理费100元').instance).toBe('appeal');
    expect(parseCivilJudgment(`原告诉讼请求：判令被告偿还借款10000元。判决如下：驳回上诉，维持原判。`).results).toBeNull();
  });

  it('the facts a model reads stop before the court speaks', () => {
    const facts = civilFacts(loan);
    expect(facts).toContain('借款属实');
    expect(facts).not.toContain('本院认为');
    expect(facts).not.toContain('驳回');
  });
});

// The hand-checked sample (test/fixtures/civil-judgment/hand-check.json): the parser must still give
// what was read and judged, so the recorded accuracy stays the parser's accuracy.
const handCheck = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/civil-judgment/hand-check.json'), 'utf8')) as {
  summary: { claimsJudged: number; correct: number; accuracy: number };
  judgments: Array<{
    id: string;
    claims: Array<{ kind: string; amount: number | null; parsed: string; share: number | null; verdict: string }>;
  }>;
};
const elementData = join(sharedDataFolder(), 'ie', 'cail2019_element');

describe.skipIf(!existsSync(elementData))('civil judgment parser on the hand-checked sample', () => {
  it('reproduces every hand-checked claim and its outcome', () => {
    const lines = new Map<string, string[]>();
    for (const j of handCheck.judgments) {
      const [domain, line] = j.id.split(':') as [string, string];
      const all =
        lines.get(domain) ??
        readFileSync(join(elementData, domain, 'data_small_selected.json'), 'utf8')
          .trim()
          .split('\n');
      lines.set(domain, all);
      const text = (JSON.parse(all[Number(line)] ?? '[]') as Array<{ sentence: string }>).map((s) => s.sentence).join('');
      const results = parseCivilJudgment(text).results ?? [];
      expect(
        results.map((r) => [r.claim.kind, r.claim.amount, r.outcome, r.share]),
        j.id,
      ).toEqual(j.claims.map((c) => [c.kind, c.amount, c.parsed, c.share]));
    }
    const judged = handCheck.judgments.flatMap((j) => j.claims).filter((c) => c.verdict !== 'unverified');
    expect(judged.length).toBe(handCheck.summary.claimsJudged);
    expect(judged.filter((c) => c.verdict === 'ok').length / judged.length).toBeCloseTo(handCheck.summary.accuracy, 4);
    expect(handCheck.judgments.length).toBeGreaterThanOrEqual(50);
  });
});
