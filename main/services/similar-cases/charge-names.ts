// Charge names differ by source: CAIL writes 盗窃 and [走私、贩卖、运输、制造]毒品, judgments and the
// charge list write 盗窃罪 and 走私、贩卖、运输、制造毒品罪, and a judgment convicting of one form of
// a 选择性罪名 writes only that form (贩卖毒品罪). Matching goes through these keys and forms.
import { normaliseCharge } from './judgment-sections';

/** The comparable core of a charge name: no brackets, spaces or trailing 罪. */
export function chargeKey(name: string): string {
  return name.replace(/[[\]［］【】\s]/g, '').replace(/罪$/, '');
}

/** [走私、贩卖]毒品 → 走私毒品, 贩卖毒品 (every bracket group is a choice). */
function bracketForms(name: string): string[] {
  let forms = [''];
  for (const part of name.replace(/罪$/, '').split(/(\[[^\]]*\])/)) {
    if (!part) continue;
    const choices = part.startsWith('[') ? part.slice(1, -1).split('、') : [part];
    forms = forms.flatMap((f) => choices.map((c) => f + c));
  }
  return forms;
}

/**
 * 走私、贩卖、运输、制造毒品 → 走私毒品 … 制造毒品: the listed verbs (all of one length) share the
 * object written after the last one. Names that do not have this shape keep only themselves.
 */
function listedForms(key: string): string[] {
  const parts = key.split('、');
  const last = parts.at(-1) ?? '';
  const heads = parts.slice(0, -1);
  const width = heads[0]?.length ?? 0;
  if (heads.length === 0 || heads.some((h) => h.length !== width) || last.length <= width) return [];
  const object = last.slice(width);
  return [...heads, last.slice(0, width)].map((verb) => verb + object);
}

/** Every name under which the corpus may record a conviction of this charge (keys, no 罪). */
export function chargeForms(name: string): Set<string> {
  const key = chargeKey(name);
  const forms = new Set([key]);
  if (/\[/.test(name)) for (const f of bracketForms(name.replace(/\s/g, ''))) forms.add(f);
  for (const f of listedForms(key)) forms.add(f);
  return forms;
}

/** The charge as the corpus stores it (with 罪, no brackets). */
export function chargeDisplayName(name: string): string {
  return normaliseCharge(name);
}

/**
 * How a case's charge stands to the predicted one: the same name (across conventions), one form
 * of it or the selective charge it is a form of (贩卖毒品罪 against 走私、贩卖、运输、制造毒品罪), or none.
 */
export function chargeRelation(caseCharge: string, predicted: string): 'same' | 'form' | null {
  if (chargeKey(caseCharge) === chargeKey(predicted)) return 'same';
  return chargeForms(caseCharge).has(chargeKey(predicted)) || chargeForms(predicted).has(chargeKey(caseCharge)) ? 'form' : null;
}

/** Whether a case's charge is the predicted one or one of its forms (or the other way round). */
export function sameCharge(caseCharge: string, predicted: string): boolean {
  return chargeRelation(caseCharge, predicted) !== null;
}

/** The corpus names (with 罪) a case convicted of the predicted charge may carry: the cause filter's list. */
export function chargeFilterNames(predicted: string): string[] {
  return [...chargeForms(predicted)].map((key) => `${key}罪`);
}
