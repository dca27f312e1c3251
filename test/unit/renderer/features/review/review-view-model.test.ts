import { describe, expect, it } from 'vitest';
import { afterFix, draftText, segments } from '../../../../../renderer/features/review/review-view-model';
import type { ReviewFinding } from '../../../../../shared/contract/channels/review';

const f = (id: string, start: number, end: number, severity: ReviewFinding['severity'] = 'warning'): ReviewFinding => ({
  id,
  family: 'wording',
  rule: 'r',
  severity,
  start,
  end,
  excerpt: '',
  message: '',
  fix: null,
});

describe('review view model', () => {
  it('segments cover the text once, each knowing its findings, most severe first', () => {
    const text = '甲乙丙丁戊';
    const parts = segments(text, [f('a', 1, 3), f('b', 2, 4, 'error')]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.map((p) => [p.text, p.findings.map((x) => x.id).join()])).toEqual([
      ['甲', ''],
      ['乙', 'a'],
      ['丙', 'b,a'],
      ['丁', 'b'],
      ['戊', ''],
    ]);
  });

  it('an empty-span finding (a missing section) marks one character', () => {
    expect(segments('甲乙', [f('m', 0, 0)]).map((p) => [p.text, p.findings.length])).toEqual([
      ['甲', 1],
      ['乙', 0],
    ]);
  });

  it('after a fix later findings move and overlapping ones go', () => {
    const applied = f('a', 2, 4);
    expect(afterFix([f('x', 0, 1), applied, f('y', 3, 5), f('z', 6, 7)], applied, 2).map((x) => [x.id, x.start, x.end])).toEqual([
      ['x', 0, 1],
      ['z', 8, 9],
    ]);
  });

  it('a draft joins non-empty sections with one newline, as the drafting service does', () => {
    expect(draftText([{ text: '首部' }, { text: '' }, { text: '主文' }])).toBe('首部\n主文');
  });
});
