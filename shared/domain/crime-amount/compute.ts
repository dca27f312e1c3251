import type { AmountKind } from './classify';
import { actKind, classifyAmount } from './classify';
import type { FactCount } from './counts';
import { splitCounts } from './counts';
import { findMoney, formatYuan } from './money';

/** One amount in the facts and what was done with it. */
export interface AmountItem {
  amount: number;
  /** The expression as written (人民币1.2万余元). */
  text: string;
  kind: AmountKind;
  /** UTF-16 offsets of the expression in the facts. */
  start: number;
  end: number;
  /** The sentence it stands in, with its offsets: the passage a judge checks. */
  passage: { start: number; end: number; text: string };
  /** The count (起) it belongs to: 0 = the opening passage. */
  count: number;
  counted: boolean;
  reason: string;
  approximate: boolean;
}

/** 涉案金额: the total with every amount itemised; 元, rounded to the fen. */
export interface CrimeAmount {
  total: number;
  currency: 'CNY';
  /** Some counted item was 余/多/许: the total is a floor. */
  approximate: boolean;
  /** The sum of the counted items, before any stated total is preferred. */
  itemsSum: number;
  items: AmountItem[];
  /** The total the facts themselves state (共计/合计/总计/累计), when they do. */
  statedTotal?: number;
  /** True when there is no stated total, or it equals the sum of the items. */
  consistent: boolean;
  notes: string[];
}

const CHARGE_KINDS: readonly [RegExp, AmountKind][] = [
  [/非国家工作人员受贿|受贿/u, '受贿'],
  [/行贿/u, '行贿'],
  [/贪污/u, '贪污'],
  [/职务侵占/u, '职务侵占'],
  [/挪用/u, '挪用'],
  [/吸收公众存款|集资/u, '吸收存款'],
  [/敲诈勒索/u, '敲诈勒索数额'],
  [/抢劫/u, '抢劫数额'],
  [/抢夺/u, '抢夺数额'],
  [/诈骗/u, '诈骗金额'],
  [/盗窃/u, '盗窃价值'],
];

function chargeKind(charge: string | undefined): AmountKind {
  if (charge) for (const [pattern, kind] of CHARGE_KINDS) if (pattern.test(charge)) return kind;
  return '涉案金额';
}

const SENTENCE_END = /[。；;！？!?\n]/u;
const CLAUSE_END = /[，,：:。；;！？!?\n、（(）)]/u;
/** A summary sentence (综上 / 以上 / 上述) speaks for the whole case, wherever it stands. */
const SUMMARY_OPENING = /^\s*(?:综上|以上|上述|合计|总计|累计|共计|经统计|经审计|经核算)/u;
/** A count done by others alone: 另案处理 and no 被告人 acting in it. */
const OTHERS_ONLY = /另案处理|另案起诉|另案|已判刑|已被判处|同案人.{0,10}单独|单独.{0,6}(?:实施|作案)/u;

function sentenceBounds(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start -= 1;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end += 1;
  return { start, end: Math.min(text.length, end + 1) };
}

function clauseStart(text: string, from: number, at: number): number {
  let start = at;
  while (start > from && !CLAUSE_END.test(text[start - 1] ?? '')) start -= 1;
  return start;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The amount involved in the facts (涉案金额), itemised. What is not summed and why: stated totals
 * (checked against the sum, and preferred when an item is missing), values stated twice (an
 * appraisal replaces the value first stated; the same figure again in one count), acts by others
 * alone (另案处理), 分赃/销赃 shares of the same loot, refunds (listed, not subtracted), fines,
 * prices and loans that are not the criminal amount, civil claims and foreign currency.
 */
export function computeCrimeAmount(facts: string, charge?: string): CrimeAmount {
  const fallback = chargeKind(charge);
  const counts = splitCounts(facts);
  const countOf = (at: number): FactCount => counts.find((c) => at >= c.start && at < c.end) ?? counts[0] ?? { index: 0, start: 0, end: facts.length, text: facts, marker: '' };
  const numbered = counts.some((c) => c.marker !== '') && counts.length > 1;
  const notes: string[] = [];

  type Draft = AmountItem & { appraised: boolean; statedTotal: boolean; isValue: boolean; global: boolean };
  const drafts: Draft[] = [];
  for (const mention of findMoney(facts)) {
    const sentence = sentenceBounds(facts, mention.start);
    const count = countOf(mention.start);
    const clause = facts.slice(Math.max(sentence.start, count.start), mention.start);
    const near = facts.slice(clauseStart(facts, Math.max(sentence.start, count.start), mention.start), mention.end);
    const passage = { ...sentence, text: facts.slice(sentence.start, sentence.end) };
    const common = { amount: mention.value, text: mention.text, start: mention.start, end: mention.end, passage, count: count.index, approximate: mention.approximate };
    if (mention.currency !== 'CNY') {
      drafts.push({ ...common, kind: '外币', counted: false, reason: '外币数额，未折算，不计入', appraised: false, statedTotal: false, isValue: false, global: false });
      continue;
    }
    const after = facts.slice(mention.end, mention.end + 20).split(CLAUSE_END)[0] ?? '';
    const classified = classifyAmount(clause, near.slice(0, near.length - mention.text.length), actKind(count.text) ?? fallback, after);
    const summary = SUMMARY_OPENING.test(passage.text) || !numbered || count.index === 0;
    drafts.push({ ...common, ...classified, global: classified.statedTotal && summary });
  }

  for (const count of counts) {
    const inCount = drafts.filter((d) => d.count === count.index && d.counted);
    if (!inCount.length) continue;
    // Acts that only others did (另案处理) are not this defendant's amount.
    if (OTHERS_ONLY.test(count.text) && !/被告人/u.test(count.text)) {
      for (const d of inCount) Object.assign(d, { counted: false, reason: '他人单独实施、另案处理的行为，不计入本案被告人的数额' });
      continue;
    }
    // 价值… then 经鉴定价值…: the appraisal replaces the value first stated.
    const firstAppraised = inCount.find((d) => d.appraised);
    if (firstAppraised) {
      for (const d of inCount) {
        if (!d.appraised && d.isValue && d.start < firstAppraised.start) {
          Object.assign(d, { counted: false, reason: '同一财物先述价值、后经鉴定或认定：以鉴定（认定）价值计，先述价值不重复计入' });
        }
      }
    }
    // The same figure twice in one count is one amount told twice (被盗…后…该款).
    const seen = new Map<number, Draft>();
    for (const d of inCount) {
      if (!d.counted) continue;
      const earlier = seen.get(d.amount);
      const between = earlier ? facts.slice(earlier.end, d.start) : '';
      // 价值分别为1000元、1000元: two things of equal value, listed side by side.
      const listed = between.length <= 12 && /[、和及与]/u.test(between);
      if (earlier && !listed) Object.assign(d, { counted: false, reason: `与本起前文「${earlier.text}」为同一数额，不重复计入` });
      else seen.set(d.amount, d);
    }
  }

  // A 共计 inside a numbered count is that count's subtotal: it stands for the count when its items fall short.
  for (const subtotal of drafts.filter((d) => d.statedTotal && !d.global)) {
    const items = drafts.filter((d) => d.count === subtotal.count && d.counted && d.start !== subtotal.start);
    const sum = round(items.reduce((s, d) => s + d.amount, 0));
    if (Math.abs(sum - subtotal.amount) < 0.01) {
      subtotal.reason = '本起小计，与本起分项之和相符，不重复计入';
    } else if (sum < subtotal.amount) {
      for (const d of items) Object.assign(d, { counted: false, reason: '已含于本起小计' });
      Object.assign(subtotal, { counted: true, kind: items[0]?.kind ?? fallback, reason: `本起小计（分项之和${formatYuan(sum)}少于小计，以小计为准）` });
    } else {
      subtotal.reason = `本起小计${formatYuan(subtotal.amount)}少于分项之和${formatYuan(sum)}，以分项计`;
    }
  }

  const counted = drafts.filter((d) => d.counted);
  const itemsSum = round(counted.reduce((s, d) => s + d.amount, 0));
  const statedTotals = drafts.filter((d) => d.global);
  const stated = statedTotals.find((d) => Math.abs(d.amount - itemsSum) < 0.01) ?? [...statedTotals].sort((a, b) => b.amount - a.amount)[0];
  let total = itemsSum;
  let consistent = true;
  if (stated) {
    consistent = Math.abs(stated.amount - itemsSum) < 0.01;
    if (!consistent) {
      total = stated.amount;
      notes.push(
        itemsSum < stated.amount
          ? `分项之和${formatYuan(itemsSum)}少于事实所述总额${formatYuan(stated.amount)}，可能有分项未写明数额，以所述总额为准`
          : `分项之和${formatYuan(itemsSum)}多于事实所述总额${formatYuan(stated.amount)}，请核对是否有重复计算的分项；以所述总额为准`,
      );
    }
  }
  if (counted.length === 0 && !stated) notes.push('事实中未找到可计入的犯罪数额');
  const approximate = (stated && !consistent ? stated.approximate : counted.some((d) => d.approximate)) ?? false;
  if (approximate) notes.push('含“余/多/许”等约数，总额为下限');
  if (drafts.some((d) => d.kind === '外币')) notes.push('外币数额未折算人民币，未计入');

  const items: AmountItem[] = drafts.map(({ appraised: _a, statedTotal: _s, isValue: _v, global: _g, ...item }) => item);
  return {
    total: round(total),
    currency: 'CNY',
    approximate,
    itemsSum,
    items,
    ...(stated ? { statedTotal: stated.amount } : {}),
    consistent,
    notes,
  };
}
