import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractProposals } from '../../../main/services/backfill';
import { allKeys, applyProposals, claimKey, defaultSelection, partyKey } from '../../../renderer/features/cases/backfill-apply';
import { emptyDraft } from '../../../renderer/features/cases/case-form-model';

const fixtures = join(import.meta.dirname, '../../fixtures/backfill');
const read = (file: string) => ({ id: file, fileName: file, category: '起诉状', text: readFileSync(join(fixtures, file), 'utf8') });

describe('applying backfill proposals to the case form draft', () => {
  it('fills the blank 原告/被告 rows of a new case and adds the claims; only ticked values', () => {
    const p = extractProposals([read('c01-lending.txt')]);
    const selected = allKeys(p);
    selected.delete(partyKey(1, 'phone'));
    selected.delete(claimKey(2));
    const { draft, applied } = applyProposals(emptyDraft(), p, selected);
    expect(draft.parties.map((x) => [x.role, x.name, x.phone])).toEqual([
      ['原告', '张建国', '13801234567'],
      ['被告', '王秀英', ''],
    ]);
    expect(draft.claims).toEqual([
      { text: '判令被告偿还原告借款本金100000元', amount: '100000' },
      { text: '判令被告支付自2023年7月1日起至实际清偿之日止按年利率6%计算的利息', amount: '' },
    ]);
    expect(applied).toBe(selected.size);
  });

  it('a value with a problem is not ticked by default, and a party already in the form is filled, not duplicated', () => {
    const p = extractProposals([read('c05-lease.txt')]);
    const selected = defaultSelection(p);
    expect(selected.has(partyKey(1, 'idNumber'))).toBe(false); // 校验位不正确
    const start = {
      ...emptyDraft(),
      parties: [{ role: '被告' as const, name: '林涛', kind: 'person' as const, idNumber: '', address: '', phone: '', agent: '' }],
    };
    const { draft } = applyProposals(start, p, selected);
    expect(draft.parties.filter((x) => x.name === '林涛')).toHaveLength(1);
    expect(draft.parties.find((x) => x.name === '林涛')!.idNumber).toBe('');
    expect(draft.parties.map((x) => x.name)).toEqual(['林涛', '杨淑华']);
  });

  it('nothing ticked changes nothing', () => {
    const start = emptyDraft();
    const { draft, applied } = applyProposals(start, extractProposals([read('c02-sales.txt')]), new Set());
    expect(applied).toBe(0);
    expect(draft.parties).toEqual(start.parties);
  });
});
