/**
 * Decides what one run of digits (possibly with masks '*' / 'X' and '-' / ' ' separators) is,
 * from its shape and the words before it. Returns null for numbers that are none of ours (amounts,
 * dates, case numbers …): a wrong identifier is worse than a missed one for backfill, and the
 * shapes below still catch every well-formed ID / mobile / card number for redaction.
 */
import type { NumberContext } from './context';
import { luhnValid, mobileProblem, oldResidentIdProblem, residentIdProblem } from './checksums';
import type { IdentifierType } from './types';

export interface Classified {
  type: IdentifierType;
  valid: boolean;
  reason: string | null;
  masked: boolean;
}

const MASKED_REASON = '号码已部分遮蔽（脱敏），无法校验';

function result(type: IdentifierType, problem: string | null): Classified {
  return { type, valid: problem === null, reason: problem, masked: false };
}

function masked(type: IdentifierType): Classified {
  return { type, valid: false, reason: MASKED_REASON, masked: true };
}

/** YYYYMMDD at positions 6–13 of an 18-digit ID looks like a birth date (1900–2099). */
function looksLikeBirthDate18(digits: string): boolean {
  return /^[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/.test(digits);
}

function looksLikeOldId(digits: string): boolean {
  return /^[1-8]\d{5}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}$/.test(digits);
}

/** Card BINs that carry a Luhn digit: 银联 62, Visa 4, Mastercard 5, Amex/JCB 3. */
function isCardLike(digits: string): boolean {
  return /^(62|[345])/.test(digits) && digits.length >= 16 && digits.length <= 19;
}

function bankAccount(digits: string): Classified {
  if (!isCardLike(digits)) return result('bankAccount', null);
  return result('bankAccount', luhnValid(digits) ? null : '银行卡号未通过Luhn校验：如为个人银行卡请核对（对公账号不适用此校验）');
}

function classifyMasked(core: string, context: NumberContext): Classified | null {
  if (context === 'id' && core.length >= 6) return masked('residentId');
  if (context === 'bank' && core.length >= 6) return masked('bankAccount');
  if (context === 'phone' && core.length >= 7) return masked(core.startsWith('0') ? 'landline' : 'mobile');
  if (context === 'none' && /^1[3-9]\d\*{4}\d{4}$/.test(core)) return masked('mobile');
  return null;
}

function classifyDigits(core: string, separated: string, context: NumberContext): Classified | null {
  const length = core.length;
  if (/^0\d{2,3}-\d{7,8}(-\d{1,5})?$/.test(separated)) return result('landline', null);
  if (length === 18 && /^\d{17}[\dX]$/.test(core)) {
    if (context === 'bank' && /^\d{18}$/.test(core)) return bankAccount(core);
    if (context === 'id' || looksLikeBirthDate18(core)) return result('residentId', residentIdProblem(core));
  }
  // A digit too many or too few after 身份证号码 is still an ID number, reported as wrong (a real
  // judgment has 3503221971042580518, 19 digits).
  if (context === 'id' && /^\d{13,19}X?$/.test(core)) {
    return result('residentId', length === 15 ? oldResidentIdProblem(core) : residentIdProblem(core));
  }
  if (!/^\d+$/.test(core)) return null;
  if (length === 11 && (/^1[3-9]/.test(core) || (context === 'phone' && core.startsWith('1')))) {
    return result('mobile', mobileProblem(core));
  }
  if (context === 'bank' && length >= 10 && length <= 25) return bankAccount(core);
  if (length === 15 && context === 'none' && looksLikeOldId(core)) {
    return result('residentId', oldResidentIdProblem(core));
  }
  if (length === 13 && /^861[3-9]/.test(core)) return result('mobile', mobileProblem(core.slice(2)));
  if (context === 'phone' && /^0\d{9,11}$/.test(core)) return result('landline', null);
  if (context === 'phone' && /^[2-9]\d{6,7}$/.test(core)) return result('landline', null);
  if (context === 'none' && isCardLike(core) && luhnValid(core)) return result('bankAccount', null);
  return null;
}

/** `separated` keeps '-' between groups (landline shape); `core` has separators removed. */
export function classifyRun(separated: string, context: NumberContext): Classified | null {
  const core = separated.replace(/[- ]/g, '');
  const hasMask = core.includes('*') || (core.includes('X') && !/^\d{17}X$/.test(core));
  if (hasMask) return classifyMasked(core.replace(/X/g, '*'), context);
  return classifyDigits(core, separated.replace(/ /g, ''), context);
}
