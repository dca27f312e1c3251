import { findAmounts } from './amounts';
import { kindOf, type ClaimKind } from './claim-kinds';

/** One claim of a civil complaint (诉讼请求): its words, what it asks for and the sum, if any. */
export interface CivilClaim {
  text: string;
  kind: ClaimKind;
  /** Yuan; null when the claim states no sum (利息 by a rate, 离婚, 抚养 …). */
  amount: number | null;
  /** 请求确认不支付 … (an employer suing over an award): granted when the court orders nothing. */
  negative: boolean;
}

/** Where the claims start: 诉讼请求：, 请求判令, 起诉要求 … */
const claimStart =
  /(?:诉讼请求|诉请|请求(?:法院|人民法院|贵院|本院)?(?:依法)?(?:判令|判决|确认)|请求[:：]|要求(?:法院|本院)?(?:依法)?(?:判令|判决|确认)|起诉要求|诉至(?:法院|本院)[，,]?(?:要求|请求))[:：，,]?/gu;
/** Where they end: the reasons, the defence, the court's findings. */
const claimEnd =
  /事实(?:和|与|及)理由|理由如下|被告.{0,20}辩称|本院认为|本院确认|本院查明|经审理|审理查明|另查明|庭审中|综上|证据[一二三四五六七八九十0-9有]|提交.{0,10}证据|未作答辩|未答辩|到庭/u;
const enumerator = /(?:^|[；;。，,\s])\s*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）、．.]|第[一二三四五六七八九十]项)/gu;
const costs = /诉讼费|受理费|案件费用|本案费用|诉讼费用/u;
const negativeWords = /不(?:予|应|需|用)?(?:支付|承担|返还|偿还)|无需|无须/u;

function splitItems(segment: string): string[] {
  const cuts = [0];
  for (const m of segment.matchAll(enumerator)) if (m.index > 0) cuts.push(m.index + 1);
  cuts.push(segment.length);
  const items: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    for (const piece of segment.slice(cuts[i], cuts[i + 1]).split(/[；;。]/u)) if (piece.trim()) items.push(piece.trim());
  }
  return items;
}

/** A claim item naming several kinds (本金80000元及利息; 离婚，子女由原告抚养) becomes one claim per kind. */
function splitKinds(item: string): string[] {
  const parts = item
    .split(/[，,]|及(?=[^，,。]{0,12}(?:利息|违约金|罚息|滞纳金|律师费))|并(?=支付|承担|赔偿|给付)/u)
    .filter((p) => p.trim());
  const out: string[] = [];
  let previousKind: ClaimKind | null = null;
  for (const part of parts) {
    const kind = kindOf(part);
    if (out.length > 0 && (kind === '其他' || kind === previousKind)) out[out.length - 1] += `，${part}`;
    else {
      out.push(part);
      previousKind = kind;
    }
  }
  return out;
}

function cleanClaim(text: string): string {
  return text.replace(/^[\s（(]*[0-9０-９一二三四五六七八九十]{0,2}[)）、．.]?\s*/u, '').trim();
}

/**
 * The claims end with the first sentence that neither starts a numbered item nor asks for
 * anything: after the list comes the story (2003年，原告与被告…), which is not a claim.
 */
function listedClaims(segment: string): string {
  const sentences = segment.split(/(?<=。)/u);
  const kept = [sentences[0] ?? ''];
  for (const sentence of sentences.slice(1)) {
    if (!/^\s*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）、．.]|请求|判令|要求)/u.test(sentence)) break;
    kept.push(sentence);
  }
  return kept.join('');
}

/** The first stretch of the text that lists claims, up to where the reasons start. */
export function claimSegment(text: string): string | null {
  // Only what the parties said: 请求 in the court's reasoning or decision is not a claim.
  const courtStart = text.search(/本院认为|判决如下/u);
  const head = courtStart >= 0 ? text.slice(0, courtStart) : text;
  for (const m of head.matchAll(claimStart)) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 600);
    // 请求 in the defence (请求驳回原告诉讼请求) or the court's words is not a list of claims.
    if (/^[^。]{0,6}驳回/u.test(after) || /辩称|本院认为/u.test(head.slice(Math.max(0, m.index - 20), m.index))) continue;
    const end = after.search(claimEnd);
    const segment = listedClaims(end >= 0 ? after.slice(0, end) : after);
    if (segment.trim().length >= 4) return segment;
  }
  return null;
}

export function extractClaims(text: string): CivilClaim[] {
  const segment = claimSegment(text);
  if (!segment) return [];
  const claims: CivilClaim[] = [];
  for (const item of splitItems(segment)) {
    if (costs.test(item) && findAmounts(item).length === 0 && !/利息|本金|工资|离婚/u.test(item)) continue;
    for (const part of splitKinds(item)) {
      const text = cleanClaim(part);
      const kind = kindOf(text);
      // Words that name nothing to award (证据, 答辩) are not a claim.
      if (kind === '其他' || /证据|证明|答辩|辩称/u.test(text)) continue;
      const amounts = findAmounts(text);
      claims.push({ text, kind, amount: amounts.length ? (amounts[0]?.value ?? null) : null, negative: negativeWords.test(text) });
    }
  }
  return claims.slice(0, 12);
}
