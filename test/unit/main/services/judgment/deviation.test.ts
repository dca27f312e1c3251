import { describe, expect, it } from 'vitest';
import { sentenceDeviation } from '../../../../../main/services/judgment/deviation';

const estimate = { charges: ['盗窃'], termKind: 'fixed' as const, months: 10, interval: [6, 14] as [number, number] };

describe('sentenceDeviation', () => {
  it('says nothing when the judge has proposed nothing', () => {
    expect(sentenceDeviation(undefined, estimate)).toEqual({ level: 'none', messages: [] });
  });

  it('is within when the proposed charge and months fall inside the range (罪 suffix ignored)', () => {
    expect(sentenceDeviation({ charges: ['盗窃罪'], termKind: 'fixed', termMonths: 14 }, estimate)).toEqual({
      level: 'within',
      messages: [],
    });
    expect(sentenceDeviation({ charges: [], termKind: 'fixed', termMonths: 6 }, estimate).level).toBe('within');
  });

  it('warns above and below the interval with the figures', () => {
    const high = sentenceDeviation({ charges: [], termKind: 'fixed', termMonths: 28 }, estimate);
    expect(high.level).toBe('outside');
    expect(high.messages[0]).toContain('高于');
    expect(high.messages[0]).toContain('6–14');
    expect(high.messages[0]).toContain('200%');
    expect(sentenceDeviation({ charges: [], termKind: 'fixed', termMonths: 2 }, estimate).messages[0]).toContain('低于');
  });

  it('warns on a charge the model did not estimate and on another kind of penalty', () => {
    const result = sentenceDeviation({ charges: ['诈骗罪'], termKind: 'life' }, estimate);
    expect(result.level).toBe('outside');
    expect(result.messages).toHaveLength(2);
    expect(result.messages[0]).toContain('诈骗罪');
    expect(result.messages[1]).toContain('无期徒刑');
  });
});
