/**
 * Rule-based identifiers in court texts — findIdentifiers(text) → IdentifierSpan[].
 *
 * Used by case-information backfill (fill 身份证/电话/账号 fields) and by privacy redaction; the
 * NER model (main/inference/ner.ts) adds persons, places, dates and amounts around these spans.
 * Pure TypeScript: runs in the renderer, the main process and workers alike.
 *
 * API (stable):
 *   findIdentifiers(text: string): IdentifierSpan[]   — sorted by start, never overlapping
 *   IdentifierSpan = { type, start, end, value, valid, reason, masked }   (see types.ts)
 *   IDENTIFIER_LABELS[type]                            — Chinese name of each type
 *
 * Types and what `valid` means for each:
 *   residentId   18-digit 公民身份号码: birth date + ISO 7064 MOD 11-2 check character
 *                (shared/domain/resident-id.ts); 15-digit old form: birth date only (it has no
 *                check digit).
 *   mobile       11 digits 1[3-9]…, optionally +86/86 in front.
 *   landline     0AA(A)-NNNNNNN(N) with or without '-' (format only; needs 电话/传真… before it when
 *                written without '-'); 7–8 digit local numbers only after such a word.
 *   bankAccount  after 账号/卡号/开户行/账户/银行卡…: 10–25 digits; card-like numbers (62/3/4/5…,
 *                16–19 digits) must pass Luhn, others (对公账号) have no public check rule and are
 *                format only. Without such a word only a Luhn-valid 16–19 digit card number counts.
 *   creditCode   18-character 统一社会信用代码, GB 32100-2015 MOD 31 check character.
 * Masked numbers (620***1234, 身份证号码XXXXXXXXXXXXXXXXXX, 23100520140904xxxx) are reported when the
 * words before them say what they are (or a 138****5678 mobile shape), with masked=true, valid=false.
 *
 * Offsets are UTF-16 code units into the text as given; full-width digits and letters (１３８，Ｘ)
 * are read as half-width without changing any offset. `value` is the canonical half-width form.
 */
import { CREDIT_CODE_CHARS, creditCodeProblem } from './checksums';
import { classifyRun } from './classify';
import { contextBefore } from './context';
import { halfWidthView } from './normalise';
import type { IdentifierSpan } from './types';

export { IDENTIFIER_LABELS } from './types';
export type { IdentifierSpan, IdentifierType } from './types';
export { creditCodeCheckChar, luhnCheckDigit, luhnValid } from './checksums';

const CREDIT_CHAR = `[${CREDIT_CODE_CHARS}]`;
const CREDIT_CODE = new RegExp(`(?<![0-9A-Z])${CREDIT_CHAR}{2}\\d{6}${CREDIT_CHAR}{10}(?![0-9A-Z])`, 'g');
/** Digits and masks, with single '-' or ' ' between groups (0755-1234567, 6222 0000 …). */
const NUMBER_RUN = /[0-9X*]+(?:[- ][0-9X*]+)*/g;

function creditCodes(view: string): IdentifierSpan[] {
  const spans: IdentifierSpan[] = [];
  for (const match of view.matchAll(CREDIT_CODE)) {
    const code = match[0];
    const start = match.index;
    const namedAsCode = contextBefore(view, start) === 'credit';
    // Digits and X only is a 身份证 (or a masked one: 23100520140904XXXX) unless the words before
    // call it a credit code.
    if (!namedAsCode && /^[\dX]{18}$/.test(code)) continue;
    const problem = creditCodeProblem(code);
    spans.push({ type: 'creditCode', start, end: start + 18, value: code, valid: problem === null, reason: problem, masked: false });
  }
  return spans;
}

function canonical(run: string, masked: boolean): string {
  const digits = run.replace(/[- ]/g, '');
  return masked ? digits.replace(/X/g, '*') : digits;
}

/** The run itself or, when the whole run is nothing, each of its space-separated groups. */
function runSpans(view: string, runStart: number, run: string): IdentifierSpan[] {
  const whole = classifyRun(run, contextBefore(view, runStart));
  if (whole) return [{ ...whole, start: runStart, end: runStart + run.length, value: canonical(run, whole.masked) }];
  if (!/[ -]/.test(run)) return [];
  const spans: IdentifierSpan[] = [];
  for (const group of run.matchAll(/[0-9X*]+/g)) {
    const start = runStart + group.index;
    const found = classifyRun(group[0], contextBefore(view, start));
    if (found) spans.push({ ...found, start, end: start + group[0].length, value: canonical(group[0], found.masked) });
  }
  return spans;
}

/**
 * Letters, a decimal point, a currency sign or a unit glued to a run mean it is part of a code or
 * an amount (A123, 1.5, ¥13800000000, 13812345678元), not an identifier; 第…号 is a document
 * number (交认字（2015）第230203201502200016号 in a real judgment looks like a 身份证).
 */
function isGlued(view: string, start: number, end: number): boolean {
  const before = view[start - 1] ?? '';
  const after = view[end] ?? '';
  if (/[A-Z.¥￥$]/.test(before) || /[A-Z元万亿千百余多克吨]/.test(after)) return true;
  if (before === '第' && after === '号') return true;
  return after === '.' && /\d/.test(view[end + 1] ?? '');
}

export function findIdentifiers(text: string): IdentifierSpan[] {
  const view = halfWidthView(text);
  const spans = creditCodes(view);
  const taken = (start: number, end: number) => spans.some((s) => s.start < end && start < s.end);
  const found: IdentifierSpan[] = [];
  for (const match of view.matchAll(NUMBER_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken(start, end) || isGlued(view, start, end)) continue;
    found.push(...runSpans(view, start, match[0]));
  }
  return [...spans, ...found].sort((a, b) => a.start - b.start);
}
