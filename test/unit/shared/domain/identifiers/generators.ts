/** fast-check generators of well-formed identifiers (check characters computed, never hard-coded). */
import fc from 'fast-check';
import { creditCodeCheckChar, luhnCheckDigit } from '../../../../../shared/domain/identifiers';
import { CREDIT_CODE_CHARS } from '../../../../../shared/domain/identifiers/checksums';
import { residentIdCheckChar } from '../../../../../shared/domain/resident-id';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const residentId18 = fc
  .tuple(
    fc.integer({ min: 110000, max: 659999 }),
    fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
    digits(3),
  )
  .map(([area, birth, seq]) => {
    const first17 = `${area}${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}${seq}`;
    return first17 + residentIdCheckChar(first17);
  });

export const residentId15 = fc
  .tuple(
    fc.integer({ min: 110000, max: 659999 }),
    fc.date({ min: new Date('1930-01-01'), max: new Date('1999-12-31'), noInvalidDate: true }),
    digits(3),
  )
  .map(
    ([area, birth, seq]) =>
      `${area}${pad(birth.getUTCFullYear() % 100, 2)}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}${seq}`,
  );

export const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);

/** 银联 card: 62 + body, Luhn digit appended; 16–19 digits long. */
/**
 * UnionPay card numbers (62…, Luhn). An 18-digit one whose digits 7–14 read as a birth date
 * (1900–2099) is shaped like a resident ID and, without a keyword, is read as one by design
 * (classify.ts), so the generator leaves those out.
 */
export const unionPayCard = fc
  .integer({ min: 16, max: 19 })
  .chain((length) => digits(length - 3))
  .map((body) => `62${body}` + luhnCheckDigit(`62${body}`))
  .filter((card) => card.length !== 18 || !/^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(card.slice(6, 14)));

export const creditCode = fc
  .tuple(
    fc.constantFrom('9', '1', '5', 'Y'),
    fc.constantFrom('1', '2', '3'),
    fc.integer({ min: 110000, max: 659999 }),
    fc.array(fc.constantFrom(...CREDIT_CODE_CHARS), { minLength: 9, maxLength: 9 }),
  )
  .filter(([, , , body]) => body.some((c) => /[A-Z]/.test(c) && c !== 'X'))
  .map(([a, b, area, body]) => {
    const first17 = `${a}${b}${area}${body.join('')}`;
    return first17 + creditCodeCheckChar(first17);
  });

/** Chinese filler that contains no digit or Latin letter, so the only number is the one inserted. */
export const chineseFiller = fc
  .array(fc.constantFrom(...'被告人张某于二〇一七年借款给原告，约定利息。并称'), { maxLength: 12 })
  .map((c) => c.join(''));

/** Full-width form of digits and letters (０-９, Ａ-Ｚ): same UTF-16 length. */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** The same number with one digit changed (position and new digit chosen by the test). */
export function changeOneDigit(s: string, position: number, delta: number): string {
  const i = position % s.length;
  const ch = s[i] ?? '0';
  const changed = /\d/.test(ch) ? String((Number(ch) + 1 + (delta % 9)) % 10) : '0';
  return s.slice(0, i) + changed + s.slice(i + 1);
}
