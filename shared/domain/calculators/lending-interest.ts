// 民间借贷利息 under the caps by period. The 2020 规定 (法释〔2020〕17号) caps interest at four
// times the one-year LPR at contract formation (第二十五条, 第二十八条, 第二十九条); a case accepted
// after 2020-08-20 on a contract made before it counts interest up to 2020-08-19 under the 2015
// 规定 (24 % per year) and from 2020-08-20 under four times the LPR at filing (第三十一条第二款);
// a case accepted before 2020-08-20 stays under the 2015 规定 throughout (第三十一条第一款).
import { dayNumber, isoDay } from './dates';
import { applyRate, compareRatio, formatPercent, minRatio, mulRatio, percentRatio, ratio, type Ratio } from './exact';
import { cite, lawTitles, uniqueCitations } from './laws';
import { yuan, yuanToFen } from './money';
import { CalculatorInputError, roundingRule, type Calculation, type CalculationCitation, type CalculationStep } from './result';

export const rateBases = ['year', 'month', 'day'] as const;
export type RateBasis = (typeof rateBases)[number];
export const rateBasisLabels: Record<RateBasis, string> = { year: '年利率', month: '月利率', day: '日利率' };

export interface RateInput {
  basis: RateBasis;
  /** '24' for 年利率24%, '2' for 月息2分 (2 % a month), '0.05' for 日息万分之五. */
  percent: string;
}

export interface Repayment {
  date: string;
  /** 元. */
  amount: string;
}

export interface LendingInterestInput {
  /** 元. */
  principal: string;
  /** 借贷合同成立之日. */
  contractDate: string;
  /** 起诉（立案）之日. */
  filingDate: string;
  /** 起息日 (the first day that bears interest). */
  startDate: string;
  /** 计息截止日 (counted). */
  endDate: string;
  /** 借期届满之日; from the next day the overdue rate applies. */
  dueDate?: string | null;
  /** 借期内利率; absent when none was agreed (no interest, 第二十四条). */
  rate?: RateInput | null;
  /** 逾期利率; absent when none was agreed (第二十八条第二款). */
  overdueRate?: RateInput | null;
  repayments?: Repayment[];
  /** 民法典第五百六十一条: interest first unless the parties agreed otherwise. */
  allocation?: 'interestFirst' | 'principalFirst';
  /** Days in a year when a yearly or monthly rate becomes a daily one. */
  dayBasis?: 365 | 360;
}

export interface LprRate {
  percent: number | string;
  /** The announcement the rate comes from. */
  from: string;
  /** The date is after the table's last check. */
  stale: boolean;
}

/** The one-year LPR in force on a date; null before 2019-08-20. */
export type LprLookup = (date: string) => LprRate | null;

export interface LendingPeriod {
  from: string;
  to: string;
  days: number;
  principalFen: number;
  /** 借期内 / 逾期. */
  phase: '借期内' | '逾期';
  /** The rate applied before the cap, as a yearly percent ('24%'). */
  agreedRate: string;
  /** The cap, as a yearly percent, and what it is. */
  capRate: string;
  capBasis: string;
  /** Interest at the agreed rate, the part the cap supports, and the part it does not, 分. */
  agreedInterestFen: number;
  supportedInterestFen: number;
  excessInterestFen: number;
  /** A repayment on the period's last day, with how it was applied. */
  repayment: { amountFen: number; toInterestFen: number; toPrincipalFen: number; unappliedFen: number } | null;
}

export interface LendingInterestResult {
  periods: LendingPeriod[];
  supportedInterestFen: number;
  excessInterestFen: number;
  interestPaidFen: number;
  principalPaidFen: number;
  /** Repayments beyond all principal and supported interest, 分. */
  overpaidFen: number;
  outstandingPrincipalFen: number;
  outstandingInterestFen: number;
  /** 本金 + 利息 still owed at the end date. */
  outstandingTotalFen: number;
  /** The LPR figures used, for the judge to check against the announcement. */
  lprUsed: { date: string; percent: string; from: string; stale: boolean; why: string }[];
}

/** The day the 2020 规定's LPR caps take over (第三十一条第二款). */
export const lprRegimeStart = '2020-08-20';
const OLD_CAP = percentRatio('24');
const OLD_VOID_ABOVE = percentRatio('36');
const OLD_DEFAULT_OVERDUE = percentRatio('6');

/** The 2015 规定 (24 %), four times the LPR at contract formation, or four times the LPR at filing. */
export type LendingRegime = 'old2015' | 'lprAtContract' | 'lprAtFiling';
type Regime = LendingRegime;

/** Which rules cap the interest accrued on `day` (ISO): 第三十一条第一款、第二款 and 第二十五条. */
export function lendingRegimeOn(contractDate: string, filingDate: string, day: string): LendingRegime {
  if (filingDate < lprRegimeStart) return 'old2015';
  if (contractDate >= lprRegimeStart) return 'lprAtContract';
  return day < lprRegimeStart ? 'old2015' : 'lprAtFiling';
}

export interface LendingCap {
  regime: LendingRegime;
  /** The yearly cap as a fraction of 1. */
  rate: Ratio;
  /** The cap as a yearly percent: 14.8 (for comparing with rates read from a text) and '14.8%'. */
  percent: number;
  percentText: string;
  /** 合同成立时一年期LPR 3.7% × 4. */
  basis: string;
  /** The LPR the cap is four times, the date it was read for and why; null under the 2015 规定. */
  lpr: { date: string; rate: LprRate; why: '合同成立时' | '起诉时' } | null;
}

/**
 * The cap on interest accrued on `day` (the filing date when omitted, i.e. the period the case is
 * decided in) for a loan contract made on `contractDate` and sued on at `filingDate`.
 */
export function lendingCapRule(contractDate: string, filingDate: string, lpr: LprLookup, day: string = filingDate): LendingCap {
  const regime = lendingRegimeOn(contractDate, filingDate, day);
  const of = (rate: Ratio, basis: string, used: LendingCap['lpr']): LendingCap => ({
    regime,
    rate,
    percent: (Number(rate.n) * 100) / Number(rate.d),
    percentText: formatPercent(rate),
    basis,
    lpr: used,
  });
  if (regime === 'old2015') return of(OLD_CAP, '年利率24%（2015年规定）', null);
  const [date, why] = regime === 'lprAtContract' ? [contractDate, '合同成立时' as const] : [filingDate, '起诉时' as const];
  const found = lpr(date);
  if (!found) throw new CalculatorInputError(`${date}尚无一年期贷款市场报价利率（2019年8月20日起发布）`, 'contractDate');
  const l = percentRatio(String(found.percent));
  return of(mulRatio(l, ratio(4n)), `${why}一年期LPR ${formatPercent(l)} × 4`, { date, rate: found, why });
}

function annual(rate: RateInput, dayBasis: number): Ratio {
  const r = percentRatio(rate.percent);
  if (rate.basis === 'year') return r;
  if (rate.basis === 'month') return mulRatio(r, ratio(12n));
  return mulRatio(r, ratio(BigInt(dayBasis)));
}

function describeRate(rate: RateInput, dayBasis: number): string {
  const yearly = formatPercent(annual(rate, dayBasis));
  if (rate.basis === 'year') return `年利率${yearly}`;
  if (rate.basis === 'month') return `月利率${rate.percent}%（年${yearly}）`;
  return `日利率${rate.percent}%（按每年${dayBasis}天折合年${yearly}）`;
}

export function lendingInterest(input: LendingInterestInput, lpr: LprLookup): Calculation<LendingInterestResult> {
  const dayBasis = input.dayBasis ?? 365;
  const allocation = input.allocation ?? 'interestFirst';
  const principal = yuanToFen(input.principal);
  if (principal <= 0n) throw new CalculatorInputError('借款本金须大于0', 'principal');
  const start = dayNumber(input.startDate);
  const end = dayNumber(input.endDate);
  if (end < start) throw new CalculatorInputError('计息截止日不能早于起息日', 'endDate');
  if (dayNumber(input.filingDate) < dayNumber(input.contractDate)) throw new CalculatorInputError('起诉日不能早于合同成立日', 'filingDate');
  if (start < dayNumber(input.contractDate)) throw new CalculatorInputError('起息日不能早于合同成立日', 'startDate');
  const due = input.dueDate ? dayNumber(input.dueDate) : null;
  if (due !== null && due < dayNumber(input.contractDate)) throw new CalculatorInputError('借期届满日不能早于合同成立日', 'dueDate');
  const repayments = [...(input.repayments ?? [])].map((r, index) => ({ ...r, index, fen: yuanToFen(r.amount), day: dayNumber(r.date) }));
  for (const r of repayments) {
    if (r.fen <= 0n) throw new CalculatorInputError(`第${r.index + 1}笔还款金额须大于0`, `repayments.${r.index}.amount`);
    if (r.day < start || r.day > end)
      throw new CalculatorInputError(`第${r.index + 1}笔还款日期${r.date}不在计息期间内`, `repayments.${r.index}.date`);
  }
  repayments.sort((a, b) => a.day - b.day || a.index - b.index);

  const citations: CalculationCitation[] = [];
  const lprUsed: LendingInterestResult['lprUsed'] = [];
  const lprOn = (date: string, why: string): Ratio => {
    const found = lpr(date);
    if (!found) throw new CalculatorInputError(`${date}尚无一年期贷款市场报价利率（2019年8月20日起发布）`, 'contractDate');
    if (!lprUsed.some((u) => u.date === date && u.why === why))
      lprUsed.push({ date, percent: `${found.percent}%`, from: found.from, stale: found.stale, why });
    return percentRatio(String(found.percent));
  };

  const filedBeforeNewRules = input.filingDate < lprRegimeStart;
  const contractBeforeNewRules = input.contractDate < lprRegimeStart;
  const capOn = (day: number) => {
    const cap = lendingCapRule(input.contractDate, input.filingDate, lpr, isoDay(day));
    const used = cap.lpr;
    if (used && !lprUsed.some((u) => u.date === used.date && u.why === used.why))
      lprUsed.push({ date: used.date, percent: `${used.rate.percent}%`, from: used.rate.from, stale: used.rate.stale, why: used.why });
    return cap;
  };

  // The rate a day bears before the cap, and why.
  const rateOn = (day: number, regime: Regime): { rate: Ratio; why: string; phase: '借期内' | '逾期' } => {
    const overdue = due !== null && day > due;
    if (!overdue)
      return input.rate
        ? { rate: annual(input.rate, dayBasis), why: `约定${describeRate(input.rate, dayBasis)}`, phase: '借期内' }
        : { rate: ratio(0n), why: '未约定借期内利息', phase: '借期内' };
    if (input.overdueRate)
      return { rate: annual(input.overdueRate, dayBasis), why: `约定逾期${describeRate(input.overdueRate, dayBasis)}`, phase: '逾期' };
    if (input.rate)
      return { rate: annual(input.rate, dayBasis), why: `未约定逾期利率，按借期内${describeRate(input.rate, dayBasis)}`, phase: '逾期' };
    if (regime === 'old2015') return { rate: OLD_DEFAULT_OVERDUE, why: '未约定利率，逾期按年利率6%（2015年规定）', phase: '逾期' };
    const firstOverdue = isoDay(Math.max(due! + 1, dayNumber(lprRegimeStart)));
    const l = lprOn(firstOverdue, '逾期还款之日');
    return { rate: l, why: `未约定利率，逾期参照当时一年期LPR ${formatPercent(l)}`, phase: '逾期' };
  };

  // Period boundaries: the first day of each stretch with one principal, one rate and one cap.
  const breaks = new Set<number>([start]);
  if (due !== null && due + 1 > start && due + 1 <= end) breaks.add(due + 1);
  const split = dayNumber(lprRegimeStart);
  if (!filedBeforeNewRules && contractBeforeNewRules && split > start && split <= end) breaks.add(split);
  for (const r of repayments) if (r.day + 1 <= end) breaks.add(r.day + 1);
  const firsts = [...breaks].sort((a, b) => a - b);

  const steps: CalculationStep[] = [];
  const periods: LendingPeriod[] = [];
  let balance = principal;
  let accrued = 0n; // supported interest not yet paid
  let supportedTotal = 0n;
  let excessTotal = 0n;
  let interestPaid = 0n;
  let principalPaid = 0n;
  let overpaid = 0n;
  const regimesSeen = new Set<Regime>();
  const phasesSeen = new Set<string>();
  let voidAbove36 = false;

  firsts.forEach((first, i) => {
    const last = (firsts[i + 1] ?? end + 1) - 1;
    const days = last - first + 1;
    const cap = capOn(first);
    const regime = cap.regime;
    regimesSeen.add(regime);
    const applied = rateOn(first, regime);
    phasesSeen.add(applied.why);
    const supportedRate = minRatio(applied.rate, cap.rate);
    const yearDays = BigInt(dayBasis);
    const agreedInterest = applyRate(balance * BigInt(days), { n: applied.rate.n, d: applied.rate.d * yearDays });
    const supported = applyRate(balance * BigInt(days), { n: supportedRate.n, d: supportedRate.d * yearDays });
    const excess = agreedInterest - supported;
    if (regime === 'old2015' && compareRatio(applied.rate, OLD_VOID_ABOVE) > 0) voidAbove36 = true;
    supportedTotal += supported;
    excessTotal += excess;
    accrued += supported;
    const periodPrincipal = balance;
    const from = isoDay(first);
    const to = isoDay(last);
    const capped = compareRatio(applied.rate, cap.rate) > 0;
    steps.push({
      label: `${from} 至 ${to}（${applied.phase}，${days}天）`,
      formula: `${yuan(balance)} × ${formatPercent(supportedRate)} ÷ ${dayBasis} × ${days}天${capped ? `（${applied.why}，超过上限${formatPercent(cap.rate)}：${cap.basis}）` : `（${applied.why}；上限${formatPercent(cap.rate)}：${cap.basis}）`}`,
      value: capped ? `支持${yuan(supported)}，不支持${yuan(excess)}` : yuan(supported),
    });

    let repayment: LendingPeriod['repayment'] = null;
    const paidToday = repayments.filter((r) => r.day === last);
    if (paidToday.length) {
      const amount = paidToday.reduce((sum, r) => sum + r.fen, 0n);
      let rest = amount;
      const payInterest = () => {
        const x = rest < accrued ? rest : accrued;
        accrued -= x;
        rest -= x;
        return x;
      };
      const payPrincipal = () => {
        const x = rest < balance ? rest : balance;
        balance -= x;
        rest -= x;
        return x;
      };
      let toInterest: bigint;
      let toPrincipal: bigint;
      if (allocation === 'interestFirst') {
        toInterest = payInterest();
        toPrincipal = payPrincipal();
      } else {
        toPrincipal = payPrincipal();
        toInterest = payInterest();
      }
      interestPaid += toInterest;
      principalPaid += toPrincipal;
      overpaid += rest;
      repayment = {
        amountFen: Number(amount),
        toInterestFen: Number(toInterest),
        toPrincipalFen: Number(toPrincipal),
        unappliedFen: Number(rest),
      };
      steps.push({
        label: `${to} 还款${yuan(amount)}`,
        formula: `${allocation === 'interestFirst' ? '先抵利息' : '按约定先抵本金'}：利息${yuan(toInterest)}，本金${yuan(toPrincipal)}${rest > 0n ? `，多付${yuan(rest)}` : ''}；剩余本金${yuan(balance)}`,
        value: yuan(balance),
      });
    }
    periods.push({
      from,
      to,
      days,
      principalFen: Number(periodPrincipal),
      phase: applied.phase,
      agreedRate: formatPercent(applied.rate),
      capRate: formatPercent(cap.rate),
      capBasis: cap.basis,
      agreedInterestFen: Number(agreedInterest),
      supportedInterestFen: Number(supported),
      excessInterestFen: Number(excess),
      repayment,
    });
  });

  steps.push({
    label: '支持的利息合计',
    formula: periods.map((p) => yuan(BigInt(p.supportedInterestFen))).join(' + '),
    value: yuan(supportedTotal),
  });
  steps.push({
    label: '超过上限不予支持的利息合计',
    formula: periods.map((p) => yuan(BigInt(p.excessInterestFen))).join(' + '),
    value: yuan(excessTotal),
  });
  steps.push({ label: '尚欠本金 + 尚欠利息', formula: `${yuan(balance)} + ${yuan(accrued)}`, value: yuan(balance + accrued) });

  citeRegimes(citations, regimesSeen, {
    overdue: due !== null && due < end,
    noRate: !input.rate,
    noRateAtAll: !input.rate && !input.overdueRate,
  });
  if (repayments.length) {
    citations.push(
      cite(
        lawTitles.civilCode,
        561,
        allocation === 'interestFirst' ? '还款不足以清偿全部债务的，先抵利息后抵本金' : '当事人另有约定的，按约定顺序抵充',
      ),
    );
  }
  const rules = [
    `计息天数含起止日；年利率、月利率按每年${dayBasis}天、每年12个月折算为日利率。`,
    '还款当日仍按还款前本金计息，次日起按剩余本金计息；利息不计复利。',
    roundingRule,
  ];
  if (voidAbove36)
    rules.push('2015年规定第二十六条：超过年利率36%部分的利息约定无效；24%至36%之间已自愿支付的，借款人请求返还的不予支持。');
  if (lprUsed.some((u) => u.stale)) rules.push('所用日期晚于LPR表最后核对日，请核对此后是否有新的报价。');
  return {
    result: {
      periods,
      supportedInterestFen: Number(supportedTotal),
      excessInterestFen: Number(excessTotal),
      interestPaidFen: Number(interestPaid),
      principalPaidFen: Number(principalPaid),
      overpaidFen: Number(overpaid),
      outstandingPrincipalFen: Number(balance),
      outstandingInterestFen: Number(accrued),
      outstandingTotalFen: Number(balance + accrued),
      lprUsed,
    },
    steps,
    citations: uniqueCitations(citations),
    rules,
  };
}

function citeRegimes(
  citations: CalculationCitation[],
  regimes: Set<Regime>,
  { overdue, noRate, noRateAtAll }: { overdue: boolean; noRate: boolean; noRateAtAll: boolean },
) {
  const l2020 = lawTitles.lending2020;
  if (noRate) citations.push(cite(l2020, 24, '没有约定利息的，不予支持借期内利息'));
  if (regimes.has('lprAtContract')) {
    citations.push(cite(l2020, 25, '约定利率超过合同成立时一年期LPR四倍的部分不予支持'));
    if (overdue)
      citations.push(cite(l2020, 28, noRateAtAll ? '未约定利率的，逾期参照当时一年期LPR' : '逾期利率以合同成立时一年期LPR四倍为限'));
  }
  if (regimes.has('lprAtFiling')) {
    citations.push(cite(l2020, 31, '2020年8月20日前成立的合同：此前的利息适用当时的司法解释，此后适用起诉时的利率保护标准', 2));
    if (overdue) citations.push(cite(l2020, 28, '未约定逾期利率的处理'));
  }
  if (regimes.has('old2015')) {
    if (!regimes.has('lprAtFiling') && !regimes.has('lprAtContract'))
      citations.push(cite(l2020, 31, '本规定施行前受理的案件不适用本规定', 1));
    // The store holds only the text in force now, whose articles are numbered differently: no look-up.
    citations.push({ ...cite(lawTitles.lending2015, 26, '年利率24%以内的利息予以支持，超过36%部分的约定无效'), text: null });
    if (overdue)
      citations.push({ ...cite(lawTitles.lending2015, 29, '逾期利率以不超过年利率24%为限；未约定利率的，逾期按年利率6%'), text: null });
  }
  citations.push({
    ...cite(
      lawTitles.lendingScopeReply,
      1,
      '小额贷款公司等七类地方金融组织从事相关金融业务引发的纠纷，不适用民间借贷司法解释（请先确认出借人不属于此类）',
    ),
    articleLabel: '一、关于适用范围问题',
  });
}
