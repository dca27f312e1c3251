import { describe, expect, it } from 'vitest';
import { mergeSpans } from '../../../../main/inference/ner';
import type { NerSpan } from '../../../../main/inference/ner';
import { roleBefore } from '../../../../main/inference/ner-roles';

/** Person spans for every listed name in the text (first occurrence after the previous one). */
function persons(text: string, names: string[]): Array<{ start: number; end: number }> {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length };
  });
}

function roles(text: string, names: string[]) {
  const spans = persons(text, names);
  return spans.map((s) => roleBefore(text, s.start, spans));
}

describe('person role by the words before the name', () => {
  it.each([
    ['原告张某诉被告李某某民间借贷纠纷', ['张某', '李某某'], ['原告', '被告']],
    ['被告人林某某、徐某某贩卖毒品', ['林某某', '徐某某'], ['被告人', '被告人']],
    ['被害人王×1报警', ['王×1'], ['被害人']],
    ['委托诉讼代理人：赵某，律师', ['赵某'], ['代理人']],
    ['第三人孙某未到庭', ['孙某'], ['第三人']],
    ['附带民事诉讼原告人周某', ['周某'], ['原告']],
    ['被告人林某某向吸毒人员徐某某贩卖毒品', ['林某某', '徐某某'], ['被告人', null]],
    ['吴某在宾馆内', ['吴某'], [null]],
  ] as const)('%s', (text, names, expected) => {
    expect(roles(text, [...names])).toEqual(expected);
  });
});

describe('mergeSpans', () => {
  const model = (text: string, part: string, type: NerSpan['type']): NerSpan => {
    const start = text.indexOf(part);
    return { type, role: null, text: part, start, end: start + part.length, source: 'model', confidence: 0.9 };
  };

  it('keeps a checked identifier over a model span on the same characters, and gives persons their role', () => {
    const text = '被告张某，身份证号码420984197204129014，借款5万元';
    const merged = mergeSpans(text, [model(text, '张某', 'person'), model(text, '4209841972', 'amount'), model(text, '5万元', 'amount')]);
    expect(merged.map((s) => [s.type, s.source, s.text, s.role])).toEqual([
      ['person', 'model', '张某', '被告'],
      ['residentId', 'rule', '420984197204129014', null],
      ['amount', 'model', '5万元', null],
    ]);
    for (const span of merged) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
