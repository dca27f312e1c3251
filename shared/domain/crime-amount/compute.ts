import type { AmountKind } from './classify';
import { actKind, classifyAmount } from './classify';
import type { FactCount } from './counts';
import { splitCounts } from './counts';
import { findMoney, formatYuan, parseAmountNumber } from './money';

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
const CLAUSE_END = /[，,：:。；;！？!?\n（(）)]/u;
/** A summary sentence (综上 / 以上 / 上述) speaks for the whole case, wherever it stands. */
const SUMMARY_OPENING = /^\s*(?:综上|以上|上述|合计|总计|累计|共计|经统计|经审计|经核算)/u;
/** The court's own findings: where the facts give both the 指控 and the 查明, the 查明 counts. */
const FINDINGS = /经审理查明|本院查明|经审查查明|法院审理查明|经本院审理查明/u;
/** An amount followed by 其中 / 具体如下 is the total of the items after it. */
const TOTAL_AFTER = /^[^。；]{0,16}?(?:其中|具体如下|分述如下|具体事实如下|具体情况如下|详见|如下)/u;

/** Where the evidence list starts: amounts there repeat the facts (证人证言证实…3000元). */
const EVIDENCE_START =
  /(?:上述|以上|前述)(?:犯罪)?事实[，,]?(?:有|被告人|在开庭)|证人[^。；，]{0,15}的?证言[，,：:]|(?:被告人|被害人)[^。；，]{0,12}的(?:供述|陈述)[，,：:]|下列证据|证据如下|证据有[：:]|予以证实[：:]|为证实上述(?:指控|事实)|公诉机关(?:提供|出示|当庭|针对)/gu;
/** A later mention of the same figure that points back at it (该款, 上述, 所骗): the same amount told twice. */
/** A new date or 又/再次 opens another act, so an equal figure there is not the same amount again. */
const NEW_EVENT = /\d{1,4}[年月日]|[次同当]日|又|再次|再/u;
/** 四人各4000元: the figure is per person. */
const EACH = /([一二两三四五六七八九十\d]{1,3})(?:名|个|位)?(?:被害人|人)各(?:现金|人民币)*$/u;
const BACK_REFERENCE = /该款|该笔|该钱|上述(?:款|钱|赃|财物)|前述|此款|这(?:笔)?(?:钱|款)?$|所骗|所得|所窃|赃款|其中|即/u;

/** A count done by others alone: 另案处理 and no 被告人 acting in it. */
const OTHERS_ONLY = /另案处理|另案起诉|另案|已判刑|已被判处|同案人.{0,10}单独|单独.{0,6}(?:实施|作案)/u;

/** A passage longer than this either way is cut: facts without punctuation must not cost n² work. */
const MAX_SENTENCE_REACH = 400;
/** More amounts than this in one text is not facts a judge wrote; the rest is left out with a note. */
const MAX_MENTIONS = 2000;

function sentenceBounds(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE_REACH && !SENTENCE_END.test(text[start - 1] ?? '')) start -= 1;
  let end = at;
  while (end < text.length && end - at < MAX_SENTENCE_REACH && !SENTENCE_END.test(text[end] ?? '')) end += 1;
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
  const whole: FactCount = { index: 0, start: 0, end: facts.length, text: facts, marker: '' };
  // Counts are in text order: a binary search finds the one holding an offset.
  const countOf = (at: number): FactCount => {
    let low = 0;
    let high = counts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const count = counts[mid] as FactCount;
      if (at < count.start) high = mid - 1;
      else if (at >= count.end) low = mid + 1;
      else return count;
    }
    return counts[0] ?? whole;
  };
  const numbered = counts.some((c) => c.marker !== '') && counts.length > 1;
  const notes: string[] = [];

  type Draft = AmountItem & { appraised: boolean; statedTotal: boolean; isValue: boolean; global: boolean };
  const drafts: Draft[] = [];
  const countKinds = new Map(counts.map((c) => [c.index, actKind(c.text) ?? fallback]));
  const mentions = findMoney(facts);
  if (mentions.length > MAX_MENTIONS) notes.push(`事实中金额超过 ${MAX_MENTIONS} 处，只计算前 ${MAX_MENTIONS} 处`);
  for (const mention of mentions.slice(0, MAX_MENTIONS)) {
    const sentence = sentenceBounds(facts, mention.start);
    const count = countOf(mention.start);
    const clause = facts.slice(Math.max(sentence.start, count.start), mention.start);
    const near = facts.slice(clauseStart(facts, Math.max(sentence.start, count.start), mention.start), mention.end);
    const passage = { ...sentence, text: facts.slice(sentence.start, sentence.end) };
    const each = EACH.exec(near.slice(0, near.length - mention.text.length));
    const persons = each ? parseAmountNumber(each[1] ?? '') : null;
    const common = {
      amount: persons && persons > 1 ? Math.round(mention.value * persons * 100) / 100 : mention.value,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      passage,
      count: count.index,
      approximate: mention.approximate,
    };
    if (mention.currency !== 'CNY') {
      drafts.push({
        ...common,
        kind: '外币',
        counted: false,
        reason: '外币数额，未折算，不计入',
        appraised: false,
        statedTotal: false,
        isValue: false,
        global: false,
      });
      continue;
    }
    const after = facts.slice(mention.end, mention.end + 20).split(CLAUSE_END)[0] ?? '';
    const classified = classifyAmount(
      clause,
      near.slice(0, near.length - mention.text.length),
      countKinds.get(count.index) ?? fallback,
      after,
    );
    const summarySentence = SUMMARY_OPENING.test(passage.text);
    if (classified.counted && (summarySentence || TOTAL_AFTER.test(facts.slice(mention.end, mention.end + 30)))) {
      Object.assign(classified, {
        counted: false,
        statedTotal: true,
        reason: '所述总额（其后列明分项或为综述）：用于核对分项之和，不重复计入',
      });
    }
    const summary = summarySentence || !numbered || count.index === 0;
    if (persons && persons > 1 && classified.counted)
      classified.reason = `每人${formatYuan(mention.value)}，共${persons}人，计${formatYuan(common.amount)}`;
    drafts.push({ ...common, ...classified, global: classified.statedTotal && summary });
  }

  // Evidence lists repeat the facts' figures; a zone runs from its opening to the next findings.
  for (const match of facts.matchAll(EVIDENCE_START)) {
    const from = match.index ?? 0;
    const rest = facts.slice(from + match[0].length);
    const next = rest.search(/经审理查明|本院查明|另查明|经审查查明/u);
    const to = next < 0 ? facts.length : from + match[0].length + next;
    for (const d of drafts) {
      if (d.start >= from && d.start < to && (d.counted || d.statedTotal)) {
        Object.assign(d, { counted: false, statedTotal: false, global: false, reason: '证据部分复述的数额，不重复计入' });
      }
    }
  }

  // 指控 then 查明: the prosecution's figures are the court's to find; the findings are summed.
  const findingsAt = facts.search(FINDINGS);
  if (
    findingsAt > 0 &&
    /指控/u.test(facts.slice(0, findingsAt)) &&
    drafts.some((d) => d.start > findingsAt && (d.counted || d.statedTotal))
  ) {
    for (const d of drafts) {
      if (d.start < findingsAt && (d.counted || d.statedTotal)) {
        Object.assign(d, {
          counted: false,
          statedTotal: false,
          global: false,
          reason: '公诉机关指控的数额：以法院审理查明的事实为准，不重复计入',
        });
      }
    }
  }

  const byCount = new Map<number, Draft[]>();
  for (const d of drafts) byCount.set(d.count, [...(byCount.get(d.count) ?? []), d]);
  for (const [index, all] of byCount) {
    const count = counts[index] ?? whole;
    const inCount = all.filter((d) => d.counted);
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
      const clause = facts.slice(clauseStart(facts, d.passage.start, d.start), d.start);
      const pointsBack = BACK_REFERENCE.test(clause) || (actKind(clause) === null && !NEW_EVENT.test(between));
      if (earlier && !listed && pointsBack)
        Object.assign(d, { counted: false, reason: `与本起前文「${earlier.text}」为同一数额，不重复计入` });
      else seen.set(d.amount, d);
    }
  }

  // A 共计 inside a numbered count is that count's subtotal (its （1）（2） sub-items included): it
  // stands for the count when its items fall short.
  const groupOf = (index: number): number => {
    const count = counts[index];
    if (!count || !/^[（(]/u.test(count.marker)) return index;
    for (let i = index - 1; i >= 0; i -= 1) {
      const parent = counts[i];
      if (parent && parent.marker && !/^[（(]/u.test(parent.marker)) return i;
    }
    return index;
  };
  for (const subtotal of drafts.filter((d) => d.statedTotal && !d.global)) {
    const group = groupOf(subtotal.count);
    const items = drafts.filter((d) => groupOf(d.count) === group && d.counted && d.start !== subtotal.start);
    const sum = round(items.reduce((s, d) => s + d.amount, 0));
    if (Math.abs(sum - subtotal.amount) < 0.01) {
      subtotal.reason = '本起小计，与本起分项之和相符，不重复计入';
    } else if (sum < subtotal.amount) {
      for (const d of items) Object.assign(d, { counted: false, reason: '已含于本起小计' });
      Object.assign(subtotal, {
        counted: true,
        kind: items[0]?.kind ?? fallback,
        reason: `本起小计（分项之和${formatYuan(sum)}少于小计，以小计为准）`,
      });
    } else {
      subtotal.reason = `本起小计${formatYuan(subtotal.amount)}少于分项之和${formatYuan(sum)}，以分项计`;
    }
  }

  // A figure equal to the sum of two or more items told just before it restates them: it is a total
  // though no 共计 says so.
  let run: Draft[] = [];
  for (const d of drafts.filter((x) => x.counted)) {
    const sum = round(run.reduce((s, x) => s + x.amount, 0));
    if (run.length >= 2 && Math.abs(sum - d.amount) < 0.01) {
      Object.assign(d, {
        counted: false,
        statedTotal: true,
        global: true,
        kind: '总额',
        reason: '等于前列各项之和，为所述总额，不重复计入',
      });
      run = [];
    } else run.push(d);
  }

  // 先后三次共骗取甲X元 … 共骗取乙Y元: with no item told, totals of different acts are parts of the
  // whole, unless the largest is already the sum of the others (a summary).
  if (!drafts.some((d) => d.counted)) {
    const parts = drafts.filter((d) => d.statedTotal && !SUMMARY_OPENING.test(d.passage.text));
    const values = parts.map((p) => p.amount).sort((x, y) => y - x);
    const [largest = 0, ...others] = values;
    const distinct = new Set(values).size === values.length;
    if (parts.length >= 2 && distinct && Math.abs(largest - round(others.reduce((s, v) => s + v, 0))) >= 0.01) {
      for (const d of parts)
        Object.assign(d, {
          counted: true,
          statedTotal: false,
          global: false,
          kind: actKind(d.passage.text) ?? fallback,
          reason: '各起、各被害人的合计数，相加计入',
        });
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
