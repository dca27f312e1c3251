// 诉讼费 under 《诉讼费用交纳办法》 (国务院令第481号): 案件受理费 (第十三条), 申请费 (第十四条),
// halving (第十五条, 第十六条). Where the 办法 gives a range (离婚 50–300 元 …) the province sets
// the figure (第十三条末款): the user may give it, else the answer is the range.
import { applyRate, percentRatio, type Ratio } from './exact';
import { cite, lawTitles, uniqueCitations } from './laws';
import { yuan, yuanToFen } from './money';
import { CalculatorInputError, roundingRule, type Calculation, type CalculationCitation, type CalculationStep } from './result';

/** Only 案件受理费 is halved (第十五条、第十六条), never 申请费 or the 管辖权异议 fee. */
const halvableKinds = [
  'property',
  'divorce',
  'personality',
  'otherNonProperty',
  'intellectualProperty',
  'labor',
  'administrative',
] as const;

export const courtFeeKinds = [...halvableKinds, 'jurisdictionObjection', 'execution', 'preservation'] as const;
export type CourtFeeKind = (typeof courtFeeKinds)[number];

export const courtFeeKindLabels: Record<CourtFeeKind, string> = {
  property: '财产案件',
  divorce: '离婚案件',
  personality: '人格权案件',
  otherNonProperty: '其他非财产案件',
  intellectualProperty: '知识产权民事案件',
  labor: '劳动争议案件',
  administrative: '行政案件',
  jurisdictionObjection: '管辖权异议（异议不成立）',
  execution: '申请执行费',
  preservation: '申请保全费',
};

export interface CourtFeeInput {
  kind: CourtFeeKind;
  /** 元: the claim (财产/知识产权), the property to divide (离婚), damages (人格权), the amount to enforce or preserve. */
  amount?: string | null;
  /** 元: the province's per-case figure where the 办法 gives a range. */
  perCaseFee?: string | null;
  /** 行政: 商标、专利、海事行政案件 (100 元) rather than other 行政 cases (50 元). */
  trademarkPatentMaritime?: boolean;
  /** 第十六条: 适用简易程序. */
  simpleProcedure?: boolean;
  /** 第十五条: 调解结案或者申请撤诉. */
  mediatedOrWithdrawn?: boolean;
}

export interface CourtFeeResult {
  kind: CourtFeeKind;
  /** The fee in 分; min = max unless the 办法 leaves a range the user did not fill. */
  minFen: number;
  maxFen: number;
  halved: boolean;
  /** 2,300.00元, or 550.00元至800.00元. */
  display: string;
}

interface Tier {
  /** Upper bound of the tier in 分; null for the open last tier. */
  upTo: bigint | null;
  /** The percent of the part in this tier, or a fixed fee for the first tier. */
  percent?: string;
  fixedFen?: bigint;
}

const WAN = 1_000_000n; // 1万元 in 分

/** 第十三条第(一)项. */
const propertyTiers: Tier[] = [
  { upTo: WAN, fixedFen: 5_000n },
  { upTo: 10n * WAN, percent: '2.5' },
  { upTo: 20n * WAN, percent: '2' },
  { upTo: 50n * WAN, percent: '1.5' },
  { upTo: 100n * WAN, percent: '1' },
  { upTo: 200n * WAN, percent: '0.9' },
  { upTo: 500n * WAN, percent: '0.8' },
  { upTo: 1000n * WAN, percent: '0.7' },
  { upTo: 2000n * WAN, percent: '0.6' },
  { upTo: null, percent: '0.5' },
];

/** 第十四条第(一)项第2目. */
const executionTiers: Tier[] = [
  { upTo: WAN, fixedFen: 5_000n },
  { upTo: 50n * WAN, percent: '1.5' },
  { upTo: 500n * WAN, percent: '1' },
  { upTo: 1000n * WAN, percent: '0.5' },
  { upTo: null, percent: '0.1' },
];

/** 第十四条第(二)项 (before the 5000 元 cap). */
const preservationTiers: Tier[] = [
  { upTo: 100_000n, fixedFen: 3_000n },
  { upTo: 10n * WAN, percent: '1' },
  { upTo: null, percent: '0.5' },
];

const PRESERVATION_CAP = 500_000n;

interface Range {
  min: bigint;
  max: bigint;
}

function bound(fen: bigint): string {
  if (fen % WAN === 0n) return `${fen / WAN}万元`;
  return `${fen / 100n}元`;
}

/** Cumulative tiered fee: each tier the amount reaches adds its part, one step per tier. */
function tiered(amountFen: bigint, tiers: Tier[], steps: CalculationStep[], what: string): bigint {
  let total = 0n;
  let lower = 0n;
  tiers.forEach((tier, index) => {
    if (index > 0 && amountFen <= lower) return;
    const upper = tier.upTo === null || amountFen < tier.upTo ? amountFen : tier.upTo;
    const range =
      index === 0
        ? `不超过${bound(tier.upTo!)}`
        : tier.upTo === null
          ? `超过${bound(lower)}的部分`
          : `超过${bound(lower)}至${bound(tier.upTo)}的部分`;
    if (tier.fixedFen !== undefined) {
      total += tier.fixedFen;
      steps.push({ label: `${what}第${index + 1}段：${range}`, formula: `每件${yuan(tier.fixedFen)}`, value: yuan(tier.fixedFen) });
    } else {
      const part = upper - lower;
      const fee = applyRate(part, percentRatio(tier.percent!));
      total += fee;
      const partText = lower === 0n ? yuan(upper) : `(${yuan(upper)} − ${yuan(lower)})`;
      steps.push({ label: `${what}第${index + 1}段：${range}`, formula: `${partText} × ${tier.percent}%`, value: yuan(fee) });
    }
    if (tier.upTo !== null) lower = tier.upTo;
  });
  return total;
}

/** A per-case fee the 办法 gives as a range: the user's figure when it lies in it, else the range. */
function perCase(input: CourtFeeInput, minFen: bigint, maxFen: bigint, label: string, steps: CalculationStep[]): Range {
  const given = input.perCaseFee ? yuanToFen(input.perCaseFee) : null;
  if (given !== null && (given < minFen || given > maxFen)) {
    throw new CalculatorInputError(`${label}为${yuan(minFen)}至${yuan(maxFen)}，所填${yuan(given)}不在此幅度内`, 'perCaseFee');
  }
  if (given !== null) {
    steps.push({ label, formula: `本地标准每件${yuan(given)}（幅度${yuan(minFen)}至${yuan(maxFen)}）`, value: yuan(given) });
    return { min: given, max: given };
  }
  if (minFen === maxFen) {
    steps.push({ label, formula: `每件${yuan(minFen)}`, value: yuan(minFen) });
    return { min: minFen, max: minFen };
  }
  steps.push({
    label,
    formula: `每件${yuan(minFen)}至${yuan(maxFen)}，具体标准由省、自治区、直辖市人民政府制定（可填写本地标准）`,
    value: `${yuan(minFen)}至${yuan(maxFen)}`,
  });
  return { min: minFen, max: maxFen };
}

const add = (range: Range, fen: bigint): Range => ({ min: range.min + fen, max: range.max + fen });

function amountOf(input: CourtFeeInput, required: boolean, label: string): bigint | null {
  if (!input.amount) {
    if (required) throw new CalculatorInputError(`请填写${label}`, 'amount');
    return null;
  }
  const fen = yuanToFen(input.amount);
  if (required && fen <= 0n) throw new CalculatorInputError(`${label}须大于0`, 'amount');
  return fen;
}

/** The fee before halving, with its steps and the 第十三条/第十四条 items it applies. */
function baseFee(input: CourtFeeInput, steps: CalculationStep[], citations: CalculationCitation[]): Range {
  const article13 = (item: string) => citations.push(cite(lawTitles.courtFees, 13, `案件受理费标准：${item}`));
  switch (input.kind) {
    case 'property': {
      article13('第(一)项 财产案件分段累计');
      const fee = tiered(amountOf(input, true, '诉讼请求金额')!, propertyTiers, steps, '');
      return { min: fee, max: fee };
    }
    case 'divorce': {
      article13('第(二)项第1目 离婚案件');
      let range = perCase(input, 5_000n, 30_000n, '离婚案件每件', steps);
      const property = amountOf(input, false, '财产总额');
      if (property !== null) {
        const threshold = 20n * WAN;
        const extra = property > threshold ? applyRate(property - threshold, percentRatio('0.5')) : 0n;
        steps.push({
          label: '财产分割：超过20万元的部分',
          formula:
            property > threshold ? `(${yuan(property)} − ${yuan(threshold)}) × 0.5%` : `财产总额${yuan(property)}不超过20万元，不另行交纳`,
          value: yuan(extra),
        });
        range = add(range, extra);
      }
      return range;
    }
    case 'personality': {
      article13('第(二)项第2目 人格权案件');
      let range = perCase(input, 10_000n, 50_000n, '人格权案件每件', steps);
      const damages = amountOf(input, false, '赔偿金额');
      if (damages !== null) {
        const five = 5n * WAN;
        const ten = 10n * WAN;
        const middle = damages > five ? applyRate((damages < ten ? damages : ten) - five, percentRatio('1')) : 0n;
        const top = damages > ten ? applyRate(damages - ten, percentRatio('0.5')) : 0n;
        if (damages <= five) steps.push({ label: '损害赔偿', formula: `赔偿金额${yuan(damages)}不超过5万元，不另行交纳`, value: yuan(0n) });
        if (damages > five) {
          const upper = damages < ten ? damages : ten;
          steps.push({ label: '损害赔偿：超过5万元至10万元的部分', formula: `(${yuan(upper)} − ${yuan(five)}) × 1%`, value: yuan(middle) });
        }
        if (damages > ten)
          steps.push({ label: '损害赔偿：超过10万元的部分', formula: `(${yuan(damages)} − ${yuan(ten)}) × 0.5%`, value: yuan(top) });
        range = add(range, middle + top);
      }
      return range;
    }
    case 'otherNonProperty':
      article13('第(二)项第3目 其他非财产案件');
      return perCase(input, 5_000n, 10_000n, '其他非财产案件每件', steps);
    case 'intellectualProperty': {
      const amount = amountOf(input, false, '争议金额');
      if (amount !== null && amount > 0n) {
        article13('第(三)项 知识产权民事案件有争议金额的，按财产案件标准');
        citations.push(cite(lawTitles.courtFees, 13, '案件受理费标准：第(一)项 财产案件分段累计'));
        const fee = tiered(amount, propertyTiers, steps, '');
        return { min: fee, max: fee };
      }
      article13('第(三)项 知识产权民事案件没有争议金额');
      return perCase(input, 50_000n, 100_000n, '知识产权民事案件（无争议金额）每件', steps);
    }
    case 'labor':
      article13('第(四)项 劳动争议案件');
      return perCase(input, 1_000n, 1_000n, '劳动争议案件每件', steps);
    case 'administrative':
      article13('第(五)项 行政案件');
      return input.trademarkPatentMaritime
        ? perCase(input, 10_000n, 10_000n, '商标、专利、海事行政案件每件', steps)
        : perCase(input, 5_000n, 5_000n, '其他行政案件每件', steps);
    case 'jurisdictionObjection':
      article13('第(六)项 管辖权异议不成立');
      return perCase(input, 5_000n, 10_000n, '管辖权异议（异议不成立）每件', steps);
    case 'execution': {
      citations.push(cite(lawTitles.courtFees, 14, '申请费标准：第(一)项 申请执行'));
      const amount = amountOf(input, false, '执行金额');
      if (amount === null || amount === 0n) return perCase(input, 5_000n, 50_000n, '没有执行金额或者价额的，每件', steps);
      const fee = tiered(amount, executionTiers, steps, '');
      return { min: fee, max: fee };
    }
    case 'preservation': {
      citations.push(cite(lawTitles.courtFees, 14, '申请费标准：第(二)项 申请保全，最多不超过5000元'));
      const amount = amountOf(input, false, '保全财产数额') ?? 0n;
      const fee = tiered(amount, preservationTiers, steps, '');
      if (fee <= PRESERVATION_CAP) return { min: fee, max: fee };
      steps.push({
        label: '保全费上限',
        formula: `${yuan(fee)}超过上限，按最多${yuan(PRESERVATION_CAP)}交纳`,
        value: yuan(PRESERVATION_CAP),
      });
      return { min: PRESERVATION_CAP, max: PRESERVATION_CAP };
    }
  }
}

export const halvableCourtFeeKinds: ReadonlySet<CourtFeeKind> = new Set(halvableKinds);

const half: Ratio = { n: 1n, d: 2n };

export function courtFee(input: CourtFeeInput): Calculation<CourtFeeResult> {
  const steps: CalculationStep[] = [];
  const citations: CalculationCitation[] = [];
  let range = baseFee(input, steps, citations);
  const grounds: string[] = [];
  if (input.simpleProcedure) grounds.push('适用简易程序');
  if (input.mediatedOrWithdrawn) grounds.push('调解结案或者申请撤诉');
  if (grounds.length && !halvableCourtFeeKinds.has(input.kind)) {
    throw new CalculatorInputError(`减半交纳只适用于案件受理费，${courtFeeKindLabels[input.kind]}不减半`, 'simpleProcedure');
  }
  const halved = grounds.length > 0;
  if (halved) {
    if (input.simpleProcedure) citations.push(cite(lawTitles.courtFees, 16, '适用简易程序审理的案件减半交纳案件受理费'));
    if (input.mediatedOrWithdrawn) citations.push(cite(lawTitles.courtFees, 15, '以调解方式结案或者当事人申请撤诉的，减半交纳案件受理费'));
    const before = range;
    range = { min: applyRate(range.min, half), max: applyRate(range.max, half) };
    steps.push({
      label: `减半交纳（${grounds.join('、')}）`,
      formula: before.min === before.max ? `${yuan(before.min)} ÷ 2` : `(${yuan(before.min)}至${yuan(before.max)}) ÷ 2`,
      value: display(range),
    });
  }
  steps.push({ label: '合计', formula: `${courtFeeKindLabels[input.kind]}${halved ? '（减半后）' : ''}`, value: display(range) });
  const rules = [roundingRule];
  if (grounds.length > 1) rules.push('同时具有简易程序与调解、撤诉情形的，只减半一次。');
  return {
    result: { kind: input.kind, minFen: Number(range.min), maxFen: Number(range.max), halved, display: display(range) },
    steps,
    citations: uniqueCitations(citations),
    rules,
  };
}

const display = (range: Range): string => (range.min === range.max ? yuan(range.min) : `${yuan(range.min)}至${yuan(range.max)}`);
