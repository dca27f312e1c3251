// 迟延履行期间的债务利息 under 《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》
// (法释〔2014〕8号): 一般债务利息 as the judgment fixes it, plus 加倍部分债务利息 =
// 尚未清偿的金钱债务 × 日万分之一点七五 × 迟延履行期间.
import { dayNumber, isoDay } from './dates';
import { applyRate, ratio } from './exact';
import { cite, lawTitles, uniqueCitations } from './laws';
import { yuan, yuanToFen } from './money';
import { CalculatorInputError, roundingRule, type Calculation, type CalculationStep } from './result';

export interface DelayPayment {
  date: string;
  /** 元. */
  amount: string;
}

export interface DelayInterestInput {
  /** 元: the money debt the judgment fixes, without its 一般债务利息. */
  debt: string;
  /** 生效法律文书确定的履行期间届满之日; the delay runs from the next day. */
  deadline: string;
  /** 计算至 (履行完毕之日, or the day the figure is wanted). */
  endDate: string;
  /** 被执行人分次履行: each payment goes to the debt first, then to the doubled interest (第四条). */
  payments?: DelayPayment[];
  /** 元: 迟延履行期间的一般债务利息 as the judgment's own method gives it (第一条第二款); 0 when it fixes none. */
  generalInterest?: string | null;
}

export interface DelayInterestResult {
  /** 加倍部分债务利息 accrued over the whole period, 分. */
  doubledInterestFen: number;
  /** What the payments covered of it, 分. */
  doubledInterestPaidFen: number;
  generalInterestFen: number;
  /** 一般债务利息 + 加倍部分债务利息, 分. */
  totalInterestFen: number;
  /** Debt left unpaid at the end date, 分. */
  remainingDebtFen: number;
  /** Doubled interest left unpaid at the end date, 分. */
  remainingDoubledInterestFen: number;
  delayDays: number;
  periods: DelayPeriod[];
}

export interface DelayPeriod {
  from: string;
  to: string;
  days: number;
  debtFen: number;
  interestFen: number;
}

/** 日万分之一点七五. */
export const delayDailyRate = ratio(175n, 1_000_000n);

export function delayInterest(input: DelayInterestInput): Calculation<DelayInterestResult> {
  const debt = yuanToFen(input.debt);
  if (debt <= 0n) throw new CalculatorInputError('未履行的金钱债务须大于0', 'debt');
  const start = dayNumber(input.deadline) + 1;
  const end = dayNumber(input.endDate);
  if (end < start - 1) throw new CalculatorInputError('计算截止日不能早于履行期间届满之日', 'endDate');
  const payments = [...(input.payments ?? [])].map((p, index) => ({ ...p, index, fen: yuanToFen(p.amount), day: dayNumber(p.date) }));
  for (const p of payments) {
    if (p.fen <= 0n) throw new CalculatorInputError(`第${p.index + 1}笔履行金额须大于0`, `payments.${p.index}.amount`);
    if (p.day > end) throw new CalculatorInputError(`第${p.index + 1}笔履行日期${p.date}晚于计算截止日`, `payments.${p.index}.date`);
  }
  payments.sort((a, b) => a.day - b.day || a.index - b.index);

  const steps: CalculationStep[] = [];
  const periods: DelayPeriod[] = [];
  let balance = debt;
  let doubled = 0n;
  let doubledPaid = 0n;
  let cursor = start; // first day not yet counted
  const accrue = (lastDay: number) => {
    if (lastDay < cursor || balance === 0n) {
      cursor = Math.max(cursor, lastDay + 1);
      return;
    }
    const days = lastDay - cursor + 1;
    const interest = applyRate(balance * BigInt(days), delayDailyRate);
    const from = isoDay(cursor);
    const to = isoDay(lastDay);
    periods.push({ from, to, days, debtFen: Number(balance), interestFen: Number(interest) });
    steps.push({ label: `加倍部分债务利息 ${from} 至 ${to}`, formula: `${yuan(balance)} × 1.75/10000 × ${days}天`, value: yuan(interest) });
    doubled += interest;
    cursor = lastDay + 1;
  };

  for (const p of payments) {
    // The debt paid on a day still bears that day's interest (第三条: 计算至每次履行完毕之日).
    accrue(p.day);
    const toDebt = p.fen < balance ? p.fen : balance;
    balance -= toDebt;
    const rest = p.fen - toDebt;
    const owed = doubled - doubledPaid;
    const toInterest = rest < owed ? rest : owed;
    doubledPaid += toInterest;
    steps.push({
      label: `${p.date} 履行${yuan(p.fen)}`,
      formula: `先抵金钱债务${yuan(toDebt)}${toInterest > 0n ? `，再抵加倍部分债务利息${yuan(toInterest)}` : ''}${rest > toInterest ? `，余${yuan(rest - toInterest)}未抵` : ''}；剩余债务${yuan(balance)}`,
      value: yuan(balance),
    });
  }
  accrue(end);

  const general = input.generalInterest ? yuanToFen(input.generalInterest) : 0n;
  steps.push({
    label: '加倍部分债务利息合计',
    formula: periods.length ? periods.map((p) => yuan(BigInt(p.interestFen))).join(' + ') : '无迟延履行期间',
    value: yuan(doubled),
  });
  steps.push({
    label: '一般债务利息',
    formula: general > 0n ? '按生效法律文书确定的方法计算（由使用者填入）' : '生效法律文书未确定给付该利息的，不予计算',
    value: yuan(general),
  });
  steps.push({ label: '迟延履行期间的债务利息', formula: `${yuan(general)} + ${yuan(doubled)}`, value: yuan(general + doubled) });

  const citations = [
    cite(lawTitles.delayInterest, 1, '一般债务利息与加倍部分债务利息；日万分之一点七五'),
    cite(lawTitles.delayInterest, 2, '自履行期间届满之日起计算'),
    cite(lawTitles.delayInterest, 3, '计算至履行完毕之日，分次履行的计算至每次履行完毕之日'),
  ];
  if (payments.length) citations.push(cite(lawTitles.delayInterest, 4, '先清偿金钱债务，再清偿加倍部分债务利息'));
  return {
    result: {
      doubledInterestFen: Number(doubled),
      doubledInterestPaidFen: Number(doubledPaid),
      generalInterestFen: Number(general),
      totalInterestFen: Number(general + doubled),
      remainingDebtFen: Number(balance),
      remainingDoubledInterestFen: Number(doubled - doubledPaid),
      delayDays: Math.max(0, end - start + 1),
      periods,
    },
    steps,
    citations: uniqueCitations(citations),
    rules: [
      '迟延履行期间自履行期间届满之日的次日起算，计算至截止日（含当日）；履行当日仍按履行前的债务计息。',
      '分次履行的，先抵充金钱债务，再抵充加倍部分债务利息（当事人另有约定的除外）。',
      '未扣除因审查生效法律文书或再审而中止、暂缓执行的期间（第三条第三款），如有请调整截止日分段计算。',
      roundingRule,
    ],
  };
}
