import { normaliseCharge } from './judgment-sections';

/**
 * Charges or causes the query names itself (…犯盗窃罪, 构成诈骗罪, 涉嫌… , 民间借贷纠纷) plus those the
 * user filters on. Only what is written counts: a plain fact text names none.
 */
export function queryCauses(text: string, filterCauses: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:犯|构成|涉嫌|以)([\u4e00-\u9fa5、]{2,20}?罪)/g)) {
    const charge = m[1] ?? '';
    if (!/^(?:罪|犯罪)$/.test(charge) && !charge.endsWith('犯罪')) out.add(charge);
  }
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,10}纠纷)/g)) out.add((m[1] ?? '').replace(/^(?:因|系|为|的|属)/, ''));
  for (const cause of filterCauses) out.add(/纠纷$/.test(cause) ? cause : normaliseCharge(cause));
  return [...out];
}
