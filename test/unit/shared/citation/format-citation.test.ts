import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAW_ALIASES, articleLabel, formatCitation, normaliseCitationText, parseCitations } from '../../../../shared/domain/citation';

describe('formatCitation', () => {
  it('writes the standard form', () => {
    expect(formatCitation('中华人民共和国民法典', 667)).toBe('《中华人民共和国民法典》第六百六十七条');
    expect(formatCitation('中华人民共和国民法典', 667, 2)).toBe('《中华人民共和国民法典》第六百六十七条第二款');
    expect(formatCitation('中华人民共和国民事诉讼法', 177, 1, 3)).toBe('《中华人民共和国民事诉讼法》第一百七十七条第一款第三项');
    expect(formatCitation('中华人民共和国刑法', { article: 120, suffix: 1 })).toBe('《中华人民共和国刑法》第一百二十条之一');
    expect(formatCitation('中华人民共和国刑法', 10)).toBe('《中华人民共和国刑法》第十条');
  });

  it('nests inner title marks as 〈〉', () => {
    expect(formatCitation('最高人民法院关于适用《中华人民共和国民事诉讼法》的解释', 90)).toBe(
      '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条',
    );
  });

  it('labels articles as the statutes do', () => {
    expect(articleLabel(1260)).toBe('第一千二百六十条');
    expect(articleLabel(120, 1)).toBe('第一百二十条之一');
    expect(articleLabel(110)).toBe('第一百一十条');
  });

  it('parses back to the same law, article, paragraph and item (property)', () => {
    const titles = LAW_ALIASES.map((entry) => entry.title);
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.integer({ min: 1, max: 2000 }),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
        fc.constantFrom(['依照', '之规定'], ['', ''], ['根据', '的规定，判决如下：']),
        (title, article, suffix, paragraph, item, [before, after]) => {
          const written = formatCitation(title, { article, suffix }, paragraph, item);
          const text = `${before}${written}${after}`;
          const { citations, problems } = parseCitations(text);
          expect(problems).toEqual([]);
          expect(citations).toHaveLength(1);
          expect(citations[0]).toMatchObject({ canonicalTitle: title, raw: written, start: before.length });
          expect(citations[0]?.articles).toMatchObject([{ article, suffix, paragraph, item }]);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('normaliseCitationText', () => {
  it('spells numbers and titles in standard form and lists each change', () => {
    const { text, changes } = normaliseCitationText('依照《民法典》第679条第二款、刑法第264条之1的规定。');
    expect(text).toBe('依照《中华人民共和国民法典》第六百七十九条第二款、《中华人民共和国刑法》第二百六十四条之一的规定。');
    expect(changes).toEqual([
      { start: 2, end: 7, before: '《民法典》', after: '《中华人民共和国民法典》' },
      { start: 8, end: 11, before: '679', after: '六百七十九' },
      { start: 16, end: 18, before: '刑法', after: '《中华人民共和国刑法》' },
      { start: 19, end: 22, before: '264', after: '二百六十四' },
      { start: 24, end: 25, before: '1', after: '一' },
    ]);
  });

  it('fixes non-standard Chinese numerals and nested marks', () => {
    expect(normaliseCitationText('《刑法》第一十条').text).toBe('《中华人民共和国刑法》第十条');
    expect(normaliseCitationText('《最高人民法院关于适用<中华人民共和国民事诉讼法>的解释》第90条').text).toBe(
      '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条',
    );
  });

  it('leaves text that is already standard, and everything outside citations, untouched', () => {
    const standard = '本院认为，借款金额为100000元。依照《中华人民共和国民法典》第六百六十七条之规定，判决如下：';
    expect(normaliseCitationText(standard)).toEqual({ text: standard, changes: [] });
  });

  it('does not complete a law it does not know', () => {
    expect(normaliseCitationText('《某某市城管条例》第5条').text).toBe('《某某市城管条例》第五条');
  });
});
