import { z } from 'zod';
import { defineChannel } from '../channel';
import { courtFeeKinds } from '../../domain/calculators/court-fees';
import { isIsoDay } from '../../domain/calculators/dates';
import { rateBases } from '../../domain/calculators/lending-interest';
import { isYuanText } from '../../domain/calculators/money';
import type { Role } from '../roles';

// 计算器: deterministic tools, not AI — no 仅供参考, no AI switch, no audit entry (like 引注核对).

/** Who uses the calculators: judges and clerks (法官助理 act in the clerk role until accounts exist). */
const calculatorRoles: readonly Role[] = ['judge', 'clerk'];

/** An amount in 元, typed or sent as a number; kept as text so no float touches it. */
const yuanAmount = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim().replace(/,/g, '')))
  .refine((v) => !v.startsWith('-'), '金额不能为负数')
  .refine((v) => isYuanText(v), '金额须为数字，最多两位小数，不超过万亿元');

const isoDate = z.string().refine(isIsoDay, '日期须为有效的 YYYY-MM-DD');

const percent = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim().replace(/%$/, '')))
  .refine((v) => !v.startsWith('-'), '利率不能为负数')
  .refine((v) => /^\d{1,4}(?:\.\d{1,6})?$/.test(v), '利率须为百分数，如 24 或 3.45');

const rate = z.object({ basis: z.enum(rateBases, { message: '利率期间须为年、月或日' }), percent }).strict();

const step = z.object({ label: z.string(), formula: z.string(), value: z.string() });
const citation = z.object({
  law: z.string(),
  article: z.number().int(),
  articleLabel: z.string(),
  note: z.string(),
  text: z.string().nullable().optional(),
});
const calculation = <R extends z.ZodType>(result: R) =>
  z.object({ result, steps: z.array(step), citations: z.array(citation), rules: z.array(z.string()) });

const fen = z.number().int();

export const lendingInterestRequest = z
  .object({
    principal: yuanAmount,
    contractDate: isoDate,
    filingDate: isoDate,
    startDate: isoDate,
    endDate: isoDate,
    dueDate: isoDate.nullable().optional(),
    rate: rate.nullable().optional(),
    overdueRate: rate.nullable().optional(),
    repayments: z
      .array(z.object({ date: isoDate, amount: yuanAmount }).strict())
      .max(500, '还款记录最多500笔')
      .optional(),
    allocation: z.enum(['interestFirst', 'principalFirst']).optional(),
    dayBasis: z.union([z.literal(365), z.literal(360)], { message: '每年天数须为365或360' }).optional(),
  })
  .strict();

export const lendingInterestResponse = calculation(
  z.object({
    periods: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        days: z.number().int(),
        principalFen: fen,
        phase: z.enum(['借期内', '逾期']),
        agreedRate: z.string(),
        capRate: z.string(),
        capBasis: z.string(),
        agreedInterestFen: fen,
        supportedInterestFen: fen,
        excessInterestFen: fen,
        repayment: z.object({ amountFen: fen, toInterestFen: fen, toPrincipalFen: fen, unappliedFen: fen }).nullable(),
      }),
    ),
    supportedInterestFen: fen,
    excessInterestFen: fen,
    interestPaidFen: fen,
    principalPaidFen: fen,
    overpaidFen: fen,
    outstandingPrincipalFen: fen,
    outstandingInterestFen: fen,
    outstandingTotalFen: fen,
    lprUsed: z.array(z.object({ date: z.string(), percent: z.string(), from: z.string(), stale: z.boolean(), why: z.string() })),
  }),
);

export const calculatorsLendingInterest = defineChannel({
  name: 'calculators.lendingInterest',
  title: '民间借贷利息计算',
  request: lendingInterestRequest,
  response: lendingInterestResponse,
  roles: calculatorRoles,
});

export const delayInterestRequest = z
  .object({
    debt: yuanAmount,
    deadline: isoDate,
    endDate: isoDate,
    payments: z
      .array(z.object({ date: isoDate, amount: yuanAmount }).strict())
      .max(500, '履行记录最多500笔')
      .optional(),
    generalInterest: yuanAmount.nullable().optional(),
  })
  .strict();

export const calculatorsDelayInterest = defineChannel({
  name: 'calculators.delayInterest',
  title: '迟延履行期间债务利息计算',
  request: delayInterestRequest,
  response: calculation(
    z.object({
      doubledInterestFen: fen,
      doubledInterestPaidFen: fen,
      generalInterestFen: fen,
      totalInterestFen: fen,
      remainingDebtFen: fen,
      remainingDoubledInterestFen: fen,
      delayDays: z.number().int(),
      periods: z.array(z.object({ from: z.string(), to: z.string(), days: z.number().int(), debtFen: fen, interestFen: fen })),
    }),
  ),
  roles: calculatorRoles,
});

export const courtFeesRequest = z
  .object({
    kind: z.enum(courtFeeKinds, { message: '未知的案件类型' }),
    amount: yuanAmount.nullable().optional(),
    perCaseFee: yuanAmount.nullable().optional(),
    trademarkPatentMaritime: z.boolean().optional(),
    simpleProcedure: z.boolean().optional(),
    mediatedOrWithdrawn: z.boolean().optional(),
  })
  .strict();

export const calculatorsCourtFees = defineChannel({
  name: 'calculators.courtFees',
  title: '诉讼费计算',
  request: courtFeesRequest,
  response: calculation(z.object({ kind: z.enum(courtFeeKinds), minFen: fen, maxFen: fen, halved: z.boolean(), display: z.string() })),
  roles: calculatorRoles,
});

export type LendingInterestRequest = z.input<typeof lendingInterestRequest>;
export type DelayInterestRequest = z.input<typeof delayInterestRequest>;
export type CourtFeesRequest = z.input<typeof courtFeesRequest>;
