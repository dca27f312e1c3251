import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseTypeCodes, formatCaseNumber, parseCaseNumber, provinceAbbreviations } from '../../../../shared/domain/case-number';
import type { CaseNumber } from '../../../../shared/domain/case-number';

describe('parseCaseNumber', () => {
  // Real case numbers as they appear in the judgments of the team data folder (shared/data).
  it.each([
    ['（2024）京0105民初1234号', { year: 2024, court: '京0105', typeCode: '民初', sequence: 1234 }],
    ['（2018）京0119民初7665号', { year: 2018, court: '京0119', typeCode: '民初', sequence: 7665 }],
    ['（2017）沪民申437号', { year: 2017, court: '沪', typeCode: '民申', sequence: 437 }],
    ['（2016）粤04破1号', { year: 2016, court: '粤04', typeCode: '破', sequence: 1 }],
    ['（2017）京0116执943号', { year: 2017, court: '京0116', typeCode: '执', sequence: 943 }],
    ['（2018）京0116执异82号', { year: 2018, court: '京0116', typeCode: '执异', sequence: 82 }],
    ['（2020）京03刑终218号', { year: 2020, court: '京03', typeCode: '刑终', sequence: 218 }],
    ['（2018）沪0120刑初1403号', { year: 2018, court: '沪0120', typeCode: '刑初', sequence: 1403 }],
    ['（2016）鄂0114刑再1号', { year: 2016, court: '鄂0114', typeCode: '刑再', sequence: 1 }],
    ['（2016）最高法民再98号', { year: 2016, court: '最高法', typeCode: '民再', sequence: 98 }],
    ['（2017）最高法民辖终81号', { year: 2017, court: '最高法', typeCode: '民辖终', sequence: 81 }],
    ['（2016）粤1302财保1016-1号', { year: 2016, court: '粤1302', typeCode: '财保', sequence: 1016, subNumber: 1 }],
  ])('reads %s', (text, expected) => {
    const parsed = parseCaseNumber(text);
    expect(parsed).toEqual({ ok: true, value: expected, normalized: text });
  });

  it('normalises half-width parentheses, full-width digits and spaces to the standard form', () => {
    for (const text of ['(2018)苏0585民初6588号', '（2018) 苏0585民初6588号', '（２０１８）苏０５８５民初６５８８号']) {
      const parsed = parseCaseNumber(text);
      expect(parsed.ok && parsed.normalized).toBe('（2018）苏0585民初6588号');
    }
  });

  it.each([
    ['', 'empty', '请填写案号'],
    ['   ', 'empty', '请填写案号'],
    ['2024京0105民初1234号', 'year', '括号中的收案年度开头'],
    ['（2024京0105民初1234号', 'year', '缺少右括号'],
    ['（24）京0105民初1234号', 'year', '四位数字'],
    ['（二〇二四）京0105民初1234号', 'year', '四位数字'],
    ['（2015）京0105民初1234号', 'year', '早于2016年'],
    ['（2024）', 'court', '缺少法院代字'],
    ['（2024）北0105民初1234号', 'court', '“北”不是省级简称'],
    ['（2024）京015民初1234号', 'court', '2位（中级法院'],
    ['（2024）京0105民1234号', 'type', '“民”不是已知的案件类型代字'],
    ['（2024）京01051234号', 'court', '2位'],
    ['（2024）京0105民初号', 'sequence', '缺少案件编号'],
    ['（2024）京0105民初01234号', 'sequence', '不应以0开头'],
    ['（2024）京0105民初1234', 'suffix', '以“号”字结尾'],
    ['（2024）京0105民初1234号之一', 'suffix', '“号”之后不应再有其他字符'],
    ['（2024）京0105民初1234第号', 'sequence', '应直接是“号”'],
    ['（2015）沪一中民一（民）终字第1673号', 'type', '旧式案号'],
    ['（2014）闵民一（民）初字第19153号', 'type', '旧式案号'],
  ])('refuses %j at the %s part with a Chinese message', (text, part, message) => {
    const parsed = parseCaseNumber(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.part).toBe(part);
    expect(parsed.message).toContain(message);
  });

  it('refuses a year after maxYear', () => {
    const parsed = parseCaseNumber('（2031）京0105民初1号', { maxYear: 2026 });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain('晚于2026年');
  });

  it('has no type code that could be read as part of a court code', () => {
    const courtChars = new Set<string>([...provinceAbbreviations, '最']);
    for (const t of caseTypeCodes) expect(courtChars.has(t.code.charAt(0))).toBe(false);
    expect(new Set(caseTypeCodes.map((t) => t.code)).size).toBe(caseTypeCodes.length);
  });

  it('round-trips format → parse for any well-formed number', () => {
    const court = fc.oneof(
      fc.constant('最高法'),
      fc
        .tuple(fc.constantFrom(...provinceAbbreviations), fc.constantFrom(0, 2, 4), fc.nat(9999))
        .map(([p, width, n]) => p + (width === 0 ? '' : String(n % 10 ** width).padStart(width, '0'))),
    );
    const caseNumber: fc.Arbitrary<CaseNumber> = fc
      .record({
        year: fc.integer({ min: 2016, max: 2100 }),
        court,
        typeCode: fc.constantFrom(...caseTypeCodes.map((t) => t.code)),
        sequence: fc.integer({ min: 1, max: 9_999_999 }),
        subNumber: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
      })
      .map(({ subNumber, ...rest }) => (subNumber === undefined ? rest : { ...rest, subNumber }));
    fc.assert(
      fc.property(caseNumber, (n) => {
        const text = formatCaseNumber(n);
        expect(parseCaseNumber(text)).toEqual({ ok: true, value: n, normalized: text });
        const halfWidth = text.replace('（', '(').replace('）', ')');
        expect(parseCaseNumber(halfWidth)).toEqual({ ok: true, value: n, normalized: text });
      }),
      { numRuns: 500 },
    );
  });
});
