import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountsIn, extractProposals } from '../../../../../main/services/backfill';
import type { BackfillDocument } from '../../../../../main/services/backfill';

const fixtures = join(import.meta.dirname, '../../../../fixtures/backfill');
const doc = (file: string, category: string | null = '起诉状'): BackfillDocument => ({
  id: file,
  fileName: file,
  category,
  text: readFileSync(join(fixtures, file), 'utf8'),
});

describe('backfill extraction', () => {
  it('every proposed value points at the span of the document it was read from', () => {
    const docs = [doc('c01-lending.txt'), doc('id01-zhang.txt', '身份证明')];
    const { parties, claims } = extractProposals(docs);
    const text = (id: string) => docs.find((d) => d.id === id)!.text;
    for (const p of parties) {
      for (const v of [p.name, p.address, p.phone, p.idNumber, p.agent]) {
        if (v) expect(text(v.source.documentId).slice(v.source.start, v.source.end)).toBe(v.value);
      }
    }
    for (const c of claims) expect(text(c.text.source.documentId).slice(c.text.source.start, c.text.source.end)).toBe(c.text.value);
    expect(claims[0]!.amount).toMatchObject({ value: 100000 });
    expect(text(claims[0]!.amount!.source.documentId).slice(claims[0]!.amount!.source.start, claims[0]!.amount!.source.end)).toBe(
      '100000元',
    );
  });

  it('an ID number with a wrong check character is proposed with the problem, never corrected', () => {
    const { parties } = extractProposals([doc('c05-lease.txt')]);
    const lin = parties.find((p) => p.name.value === '林涛')!;
    expect(lin.idNumber).toMatchObject({ value: '610113198309092256', problem: expect.stringContaining('校验位不正确') });
  });

  it("fills what the complaint leaves out from the party's identity card and the ID number, with their spans", () => {
    const { parties } = extractProposals([doc('c03-divorce.txt'), doc('id02-zhou.txt', '身份证明')]);
    const zhou = parties.find((p) => p.name.value === '周强')!;
    expect(zhou.birthDate).toMatchObject({ value: '1995-06-20', source: { documentId: 'id02-zhou.txt' } });
    const liu = parties.find((p) => p.name.value === '刘芳')!;
    // No birth date in the text: read from digits 7–14 of her checked ID number, pointing at it.
    expect(liu.birthDate).toMatchObject({ value: '1988-12-30', source: { documentId: 'c03-divorce.txt' } });
    expect(liu.birthDate!.source.context.slice(liu.birthDate!.source.contextStart, liu.birthDate!.source.contextEnd)).toBe(
      '510107198812303389',
    );
  });

  it('a branch office is a 非法人组织, a company a 法人, and a 统一社会信用代码 never yields a birth date', () => {
    const { parties } = extractProposals([doc('c07-loan-bank.txt')]);
    expect(parties[0]).toMatchObject({ kind: { value: 'organization' }, birthDate: null, gender: null });
    const { parties: sales } = extractProposals([doc('c02-sales.txt')]);
    expect(sales.map((p) => p.kind.value)).toEqual(['legal_person', 'legal_person']);
  });

  it('reads pasted text that says it is a complaint, and skips documents of other categories with the reason', () => {
    const pasted = { ...doc('c04-labor.txt', null), id: 'pasted' };
    const other = { ...doc('c01-lending.txt', '证据材料'), id: 'evidence' };
    const result = extractProposals([pasted, other]);
    expect(result.parties.map((p) => p.name.value)).toEqual(['陈立新', '南京金陵建筑工程有限公司']);
    expect(result.read).toEqual([
      expect.objectContaining({ documentId: 'pasted', used: true }),
      { documentId: 'evidence', fileName: 'c01-lending.txt', used: false, reason: '类别「证据材料」不用于回填' },
    ]);
  });

  it('a 授权委托书 gives the 委托人 an agent the complaint did not name, pointing at the 受托人 line', () => {
    const demo = join(import.meta.dirname, '../../../../../resources/demo/sources');
    const docs = [
      { id: 'c', fileName: 'c', category: '起诉状', text: readFileSync(join(demo, '01-民事起诉状.txt'), 'utf8') },
      { id: 'a', fileName: 'a', category: '授权委托书', text: readFileSync(join(demo, '03-授权委托书.txt'), 'utf8') },
    ];
    const { parties } = extractProposals(docs);
    expect(parties[0]!.agent).toMatchObject({ value: '郑明远，北京市朝晖律师事务所律师', source: { documentId: 'a' } });
    expect(parties[1]!.agent).toBeNull();
  });

  it('the sign-off date in Chinese numerals is read as a date', () => {
    expect(extractProposals([doc('c05-lease.txt')]).dates).toEqual([
      expect.objectContaining({ field: 'complaintDate', value: expect.objectContaining({ value: '2024-04-08' }) }),
    ]);
  });

  it('a text with no party or claim gives no proposals rather than guesses', () => {
    const empty = extractProposals([{ id: 'x', fileName: 'x.txt', category: '起诉状', text: '本院认为，原告的诉讼请求缺乏依据。' }]);
    expect(empty.parties).toEqual([]);
    expect(empty.claims).toEqual([]);
  });
});

describe('amounts in 元', () => {
  it('reads separators, decimals, 万 and Chinese numerals; a rate is not an amount', () => {
    expect(amountsIn('本金320,000.00元、利息15,236.50元').map((a) => a.yuan)).toEqual([320000, 15236.5]);
    expect(amountsIn('租金3.6万元').map((a) => a.yuan)).toEqual([36000]);
    expect(amountsIn('人民币伍万元').map((a) => a.yuan)).toEqual([50000]);
    expect(amountsIn('按年利率6%计算')).toEqual([]);
  });
});
