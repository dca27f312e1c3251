/**
 * The check rules that apply to the identifiers courts handle. Each returns null when the number
 * passes, else a Chinese sentence for the user naming what is wrong.
 */
import { residentIdProblem } from '../resident-id';

export { residentIdProblem };

/** Luhn (ISO/IEC 7812): personal bank cards (银联 62…, Visa 4…, Mastercard 5…) carry it. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The Luhn check digit that completes `body` (for tests and generated examples). */
export function luhnCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d += 1) if (luhnValid(body + String(d))) return String(d);
  return '';
}

/** 15-digit 身份证 (issued before 1999): 6-digit area, YYMMDD birth date, 3-digit sequence; no check digit. */
export function oldResidentIdProblem(id: string): string | null {
  if (!/^\d{15}$/.test(id)) return '15位公民身份号码应全部为数字';
  const month = Number(id.slice(8, 10));
  const day = Number(id.slice(10, 12));
  if (month < 1 || month > 12 || day < 1 || day > 31) return `15位公民身份号码中的出生日期“19${id.slice(6, 12)}”无效`;
  return null;
}

/** 统一社会信用代码 (GB 32100-2015): 17 characters + a MOD 31 check character, no I O S V Z. */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CODE_CHARS.indexOf(first17[i] ?? '') * (CREDIT_WEIGHTS[i] ?? 0);
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31] ?? '';
}

export function creditCodeProblem(code: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return '统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return `统一社会信用代码校验位不正确（末位应为${expected}），请核对`;
  return null;
}

/** 11-digit mainland mobile number: 1 then 3–9. */
export function mobileProblem(digits: string): string | null {
  if (!/^1[3-9]\d{9}$/.test(digits)) return '手机号码应为11位，以13–19开头';
  return null;
}
