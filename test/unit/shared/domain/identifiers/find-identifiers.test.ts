import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../../shared/domain/identifiers';
import { halfWidthView } from '../../../../../shared/domain/identifiers/normalise';
import { changeOneDigit, chineseFiller, creditCode, mobile, residentId15, residentId18, toFullWidth, unionPayCard } from './generators';

function only(text: string) {
  const spans = findIdentifiers(text);
  expect(spans, JSON.stringify(spans)).toHaveLength(1);
  return spans[0]!;
}

describe('findIdentifiers on written examples', () => {
  it.each([
    ['身份证号码420984197204129014。', 'residentId', '420984197204129014', true],
    ['联系电话：０７５５－１２３４５６７', 'landline', '07551234567', true],
    ['手机13812345678，', 'mobile', '13812345678', true],
    ['账号：20321108100100000124001，开户行', 'bankAccount', '20321108100100000124001', true],
    ['（卡号：6221732001000091141）', 'bankAccount', '6221732001000091141', false],
    ['卡号为62309018180*****', 'bankAccount', '62309018180*****', false],
    ['身份证号码23100520140904xxxx。', 'residentId', '23100520140904****', false],
    ['电话188××××6366', 'mobile', '188****6366', false],
    ['统一社会信用代码91350100M000100Y43', 'creditCode', '91350100M000100Y43', true],
  ] as const)('%s → %s', (text, type, value, valid) => {
    const span = only(text);
    expect(span).toMatchObject({ type, value, valid });
    if (valid) expect(span.reason).toBeNull();
    else expect(span.reason).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('leaves amounts, dates, case and document numbers and masked names alone', () => {
    for (const text of [
      '借款13812345678元',
      '￥6221732001000091141',
      '2017-05-06 10:00 郭x10',
      '（2019）京0105民初12345号',
      '共计1.5万元',
      '重量为13812345678.5克',
      '交认字（2015）第230203201502200016号',
    ]) {
      expect(findIdentifiers(text), text).toEqual([]);
    }
  });

  it('a one-digit slip in a 身份证 is reported with its expected check character', () => {
    const span = only('身份证号码420984197204129015');
    expect(span.valid).toBe(false);
    expect(span.reason).toContain('末位应为4');
  });

  it('the nearest keyword decides: a number after 电话 is not typed by an earlier 身份证', () => {
    const spans = findIdentifiers('身份证号码420984197204129014，电话02087654321');
    expect(spans.map((s) => s.type)).toEqual(['residentId', 'landline']);
  });
});

describe('findIdentifiers properties', () => {
  const wrap = (prefix: string) =>
    fc
      .tuple(chineseFiller, chineseFiller, fc.boolean())
      .map(([before, after, fullWidth]) => ({ before: before + prefix, after, fullWidth }));

  const cases = [
    ['residentId', residentId18, '身份证号码'],
    ['residentId', residentId15, '身份证号码'],
    ['mobile', mobile, '，'],
    ['bankAccount', unionPayCard, '卡号：'],
    ['creditCode', creditCode, '统一社会信用代码：'],
  ] as const;

  it.each(cases)('a well-formed %s anywhere, half- or full-width, is found valid at its exact offsets', (type, generator, prefix) => {
    fc.assert(
      fc.property(generator, wrap(prefix), (number, { before, after, fullWidth }) => {
        const written = fullWidth ? toFullWidth(number) : number;
        const text = `${before}${written}${after}`;
        const span = only(text);
        expect(span).toMatchObject({ type, valid: true, reason: null, masked: false, value: number, start: before.length });
        expect(halfWidthView(text.slice(span.start, span.end))).toBe(number);
      }),
      { numRuns: 150 },
    );
  });

  it.each([cases[0], cases[3], cases[4]])('a %s with one digit changed is reported invalid with a reason', (type, generator, prefix) => {
    fc.assert(
      fc.property(generator, fc.nat(), fc.nat(), (number, position, delta) => {
        const slipped = changeOneDigit(number, 2 + (position % (number.length - 2)), delta); // 62… must stay a card BIN
        fc.pre(slipped !== number);
        const span = only(`${prefix}${slipped}。`);
        expect(span.type).toBe(type);
        expect(span.valid).toBe(false);
        expect(span.reason).toMatch(/[\u4e00-\u9fa5]/);
      }),
      { numRuns: 200 },
    );
  });

  it('a card number without any keyword is found only when Luhn holds', () => {
    fc.assert(
      fc.property(unionPayCard, fc.nat(), fc.nat(), (card, position, delta) => {
        expect(only(`转入${card}。`).type).toBe('bankAccount');
        const slipped = changeOneDigit(card, position, delta);
        fc.pre(slipped !== card);
        expect(findIdentifiers(`转入${slipped}。`).filter((s) => s.type === 'bankAccount')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('on any text: spans are sorted, inside the text, never overlapping, value = canonical text', () => {
    const alphabet = fc.constantFrom(...'0123456789０１２３４５６７８９Xx×*＊- 身份证号码账卡电话手机元。，信用代码AB.');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((c) => c.join('')),
        (text) => {
          const spans = findIdentifiers(text);
          let last = 0;
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(last);
            expect(span.end).toBeLessThanOrEqual(text.length);
            const written = halfWidthView(text.slice(span.start, span.end)).replace(/[- ]/g, '');
            expect(span.masked ? written.replace(/X/g, '*') : written).toBe(span.value);
            last = span.end;
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('findIdentifiers on wrong lengths', () => {
  it('a 19-digit number after 身份证号码 is an ID number reported as the wrong length', () => {
    const span = only('身份证号码：3503221971042580518借款日期');
    expect(span).toMatchObject({ type: 'residentId', valid: false });
    expect(span.reason).toContain('18位');
  });
});
