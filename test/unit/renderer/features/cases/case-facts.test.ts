import { describe, expect, it } from 'vitest';
import { factsFromRecord, isCriminal, partyNames } from '../../../../../renderer/features/cases/case-facts';

const party = (name: string) => ({ role: '被告' as const, name, kind: 'person' as const, idNumber: '', address: '', phone: '', agent: '' });

describe('case facts for the case view’s AI panels', () => {
  it('composes 案由 and the claims when the dossier has no 起诉状', () => {
    expect(
      factsFromRecord({
        causeOfAction: '民间借贷纠纷',
        claims: [
          { text: '判令被告偿还借款8万元', amount: 80000 },
          { text: '诉讼费由被告负担', amount: null },
        ],
      }),
    ).toBe('案由：民间借贷纠纷\n判令被告偿还借款8万元\n诉讼费由被告负担');
  });

  it('passes each party name once, as the channels accept them (≤ 40 characters, ≤ 50 names)', () => {
    const long = '某'.repeat(41);
    const names = partyNames({
      parties: [party('周晓岚'), party(' 周晓岚 '), party(long), party(''), ...Array.from({ length: 60 }, (_, i) => party(`当事人${i}`))],
    });
    expect(names[0]).toBe('周晓岚');
    expect(names).not.toContain(long);
    expect(names).toHaveLength(50);
    expect(new Set(names).size).toBe(names.length);
  });

  it('offers 裁判辅助 for criminal procedures only', () => {
    expect(isCriminal({ procedure: 'criminal-simple' })).toBe(true);
    expect(isCriminal({ procedure: 'civil-simple' })).toBe(false);
  });
});
