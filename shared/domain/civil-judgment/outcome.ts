import { findAmounts } from './amounts';
import type { CivilClaim } from './claims';
import { kindPattern } from './claim-kinds';

/** One item of the operative part (判决主文, after 判决如下). */
export interface JudgmentItem {
  text: string;
  /** grant: orders or declares something; rejectOther: 驳回…其他诉讼请求; rejectAll: 驳回 every claim or 不准离婚. */
  kind: 'grant' | 'rejectOther' | 'rejectAll';
}

export type ClaimOutcome = 'full' | 'partial' | 'rejected';
export const claimOutcomes: readonly ClaimOutcome[] = ['full', 'partial', 'rejected'];
export const claimOutcomeLabels: Record<ClaimOutcome, string> = { full: '全部支持', partial: '部分支持', rejected: '驳回' };

export interface ClaimResult {
  claim: CivilClaim;
  outcome: ClaimOutcome;
  /** awarded ÷ claimed in [0, 1]; 1 for full, 0 for rejected; null when partial without comparable sums. */
  share: number | null;
  awarded: number | null;
  /** The judgment item that answers the claim (null: answered by 驳回, or by nothing). */
  item: string | null;
}

export interface ParsedOutcome {
  /** first: a first-instance judgment with its own operative part; appeal: 驳回上诉/撤销/变更 (not used for labels). */
  instance: 'first' | 'appeal' | 'none';
  items: JudgmentItem[];
}

const operativeEnd = /如果?未按|如未按|负有金钱给付义务|案件受理费|本案受理费|受理费|诉讼费用?|本判决为终审判决|如不服本判决/u;
const itemSplit = /(?:^|[；;。])\s*(?=[一二三四五六七八九十]{1,2}[、．.]|[0-9]{1,2}[、．.])/gu;

export function parseOperative(text: string): ParsedOutcome {
  const at = text.lastIndexOf('判决如下');
  if (at < 0) return { instance: 'none', items: [] };
  let body = text.slice(at + 4).replace(/^[:：\s]+/u, '');
  const end = body.search(operativeEnd);
  if (end >= 0) body = body.slice(0, end);
  if (/驳回上诉|维持原判|撤销.{0,30}(?:法院|判决)|变更.{0,30}判决/u.test(body)) return { instance: 'appeal', items: [] };
  const pieces = body
    .split(itemSplit)
    .flatMap((p) => p.split(/[；;。]/u))
    .map((p) => p.replace(/^[一二三四五六七八九十0-9]{1,2}[、．.]\s*/u, '').trim())
    .filter((p) => p.length > 1);
  const items = pieces.map((p): JudgmentItem => {
    if (/驳回.{0,40}其[他它余]|驳回.{0,40}超出/u.test(p)) return { text: p, kind: 'rejectOther' };
    if (/^驳回|不准.{0,20}离婚|不予准许.{0,6}离婚/u.test(p)) return { text: p, kind: 'rejectAll' };
    return { text: p, kind: 'grant' };
  });
  return { instance: 'first', items };
}

/** The amount a grant item awards for a kind: the first sum after the kind's words, else the item's only sum. */
function awardedFor(item: string, claim: CivilClaim): number | null {
  const pattern = kindPattern(claim.kind);
  const amounts = findAmounts(item);
  if (amounts.length === 0) return null;
  const hit = pattern ? new RegExp(pattern.source, 'gu').exec(item) : null;
  if (hit) {
    const after = amounts.find((a) => a.start >= hit.index && a.start - hit.index <= 40);
    if (after) return after.value;
    const before = [...amounts].reverse().find((a) => a.end <= hit.index && hit.index - a.end <= 6);
    if (before) return before.value;
  }
  return amounts.length === 1 ? (amounts[0]?.value ?? null) : null;
}

/**
 * The grant item that answers a claim: one naming the claim's kind; with several (抚养费 每月 and
 * 返还已付抚养费), the one whose sum is nearest the claimed sum.
 */
function grantFor(items: JudgmentItem[], claim: CivilClaim): JudgmentItem | null {
  const pattern = kindPattern(claim.kind);
  if (!pattern) return null;
  const candidates = items.filter((i) => i.kind === 'grant' && pattern.test(i.text));
  if (candidates.length < 2 || claim.amount === null) return candidates[0] ?? null;
  const amount = claim.amount;
  const distance = (item: JudgmentItem) => {
    const awarded = awardedFor(item.text, claim);
    return awarded === null || awarded <= 0 ? Infinity : Math.abs(Math.log(awarded / amount));
  };
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/**
 * Each claim's outcome from the operative part. A claim answered by a grant item is full when the
 * award reaches the claimed sum (or no sums compare and nothing else was rejected), partial when
 * it falls short; a claim no grant item answers is rejected when the judgment rejects anything,
 * else unknown (left out). 驳回…的诉讼请求 without 其他 rejects every claim not granted.
 */
export function mapOutcomes(claims: CivilClaim[], parsed: ParsedOutcome): ClaimResult[] | null {
  if (parsed.instance !== 'first' || claims.length === 0 || parsed.items.length === 0) return null;
  const anyReject = parsed.items.some((i) => i.kind !== 'grant');
  const divorceRefused = parsed.items.some((i) => i.kind === 'rejectAll' && /离婚/u.test(i.text));
  const results: ClaimResult[] = [];
  for (const claim of claims) {
    const grant = divorceRefused ? null : grantFor(parsed.items, claim);
    if (claim.negative) {
      // Asking not to pay: rejected when the court orders the payment, granted otherwise.
      const ordersPayment = grant !== null && !/不(?:予|应|需|用)?(?:支付|承担|返还|偿还)|无需|无须/u.test(grant.text);
      results.push(
        ordersPayment && grant
          ? { claim, outcome: 'rejected', share: 0, awarded: null, item: grant.text }
          : { claim, outcome: 'full', share: 1, awarded: null, item: null },
      );
      continue;
    }
    if (!grant) {
      if (anyReject) results.push({ claim, outcome: 'rejected', share: 0, awarded: 0, item: null });
      continue;
    }
    if (otherSide(claim, grant.text)) {
      results.push({ claim, outcome: 'rejected', share: 0, awarded: 0, item: grant.text });
      continue;
    }
    const awarded = claim.amount !== null ? awardedFor(grant.text, claim) : null;
    if (claim.amount !== null && awarded !== null) {
      const share = Math.min(1, awarded / claim.amount);
      results.push({ claim, outcome: share >= 0.995 ? 'full' : 'partial', share: round(share), awarded, item: grant.text });
    } else {
      results.push({ claim, outcome: 'full', share: 1, awarded, item: grant.text });
    }
  }
  // 驳回其他诉讼请求 means something was not granted: when every claim came out full, the claims
  // without comparable sums (利息 by rate, 财产分割) are where the court cut back.
  if (parsed.items.some((i) => i.kind === 'rejectOther') && results.every((r) => r.outcome === 'full')) {
    for (const r of results)
      if (r.awarded === null && r.claim.amount === null && r.item !== null && !allOrNothing.has(r.claim.kind)) {
        r.outcome = 'partial';
        r.share = null;
      }
  }
  return results;
}

const round = (v: number) => Number(v.toFixed(4));

/** Kinds a court grants or refuses whole: never the place where 驳回其他 cut back. */
const allOrNothing = new Set<string>(['离婚', '抚养', '探望', '确认劳动关系', '解除合同', '担保责任']);

/**
 * Custody asked for one side and given to the other (婚生女随原告生活 / 由被告抚养): the item
 * answers the claim by refusing it.
 */
function otherSide(claim: CivilClaim, item: string): boolean {
  if (claim.kind !== '抚养') return false;
  const asked = /(?:由|随|归)(原告|被告|我)/u.exec(claim.text)?.[1];
  const given = /(?:由|随|归)(原告|被告)[^，。；]{0,12}(?:抚养|生活|监护)/u.exec(item)?.[1];
  if (!asked || !given) return false;
  return (asked === '我' ? '原告' : asked) !== given;
}
