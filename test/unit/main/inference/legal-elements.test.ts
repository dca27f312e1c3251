import { describe, expect, it } from 'vitest';
import { sentences } from '../../../../main/inference/legal-elements';

describe('legal element sentences', () => {
  it('cuts after 。！？；and line ends, skips blank pieces, and keeps offsets into the text', () => {
    const text = '原告向被告借款5万元。被告出具借条；至今未还！\n\n是否还款？最后一句无标点';
    const ranges = sentences(text);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual([
      '原告向被告借款5万元。',
      '被告出具借条；',
      '至今未还！',
      '是否还款？',
      '最后一句无标点',
    ]);
    ranges.forEach((range, i) => expect(range.start).toBeGreaterThanOrEqual(ranges[i - 1]?.end ?? 0));
  });
});
