import { Form, Radio, Space, Table } from 'antd';
import { calculators, type ResponseOf } from '../../../shared/contract';
import { yuan } from '../../../shared/domain/calculators';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n';
import { CalculatorLayout } from './CalculatorLayout';
import { useCalculator } from './use-calculator';
import { AmountItem, cleanAmount, cleanPayments, PaymentList, requiredRule, type PaymentRow } from './fields';
import { RateField, type RateValue } from './RateField';

type Answer = ResponseOf<typeof calculators.calculatorsLendingInterest>;
type Period = Answer['result']['periods'][number];

interface Values {
  principal: string;
  contractDate: string;
  filingDate: string;
  startDate: string;
  endDate: string;
  dueDate?: string;
  rate?: RateValue;
  overdueRate?: RateValue;
  repayments?: PaymentRow[];
  allocation: 'interestFirst' | 'principalFirst';
  dayBasis: 365 | 360;
}

const rateOrNull = (rate: RateValue | undefined) => (rate && rate.percent ? { basis: rate.basis, percent: rate.percent } : null);
const fen = (value: number) => yuan(BigInt(value));

/** 民间借贷利息 under the caps by period: supported, not supported, owed. */
export function LendingInterestTab() {
  const t = useT();
  const { answer, layout } = useCalculator((values: Values) =>
    invoke(calculators.calculatorsLendingInterest, {
      principal: cleanAmount(values.principal)!,
      contractDate: values.contractDate,
      filingDate: values.filingDate,
      startDate: values.startDate,
      endDate: values.endDate,
      dueDate: values.dueDate || null,
      rate: rateOrNull(values.rate),
      overdueRate: rateOrNull(values.overdueRate),
      repayments: cleanPayments(values.repayments),
      allocation: values.allocation,
      dayBasis: values.dayBasis,
    }),
  );

  const date = (name: keyof Values, label: string, required: boolean, testId: string) => (
    <Form.Item name={name} label={label} rules={required ? [requiredRule(t, label)] : []}>
      <DateField data-testid={testId} />
    </Form.Item>
  );

  return (
    <CalculatorLayout
      {...layout}
      initialValues={{
        allocation: 'interestFirst',
        dayBasis: 365,
        rate: { basis: 'year', percent: '' },
        overdueRate: { basis: 'year', percent: '' },
      }}
      result={
        answer
          ? {
              title: '民间借贷利息计算',
              summary: [
                { label: t('calculators.lending.supported'), value: fen(answer.result.supportedInterestFen) },
                { label: t('calculators.lending.excess'), value: fen(answer.result.excessInterestFen) },
                {
                  label: t('calculators.lending.outstanding'),
                  value: `${fen(answer.result.outstandingPrincipalFen)} + ${fen(answer.result.outstandingInterestFen)} = ${fen(answer.result.outstandingTotalFen)}`,
                },
              ],
              calculation: answer,
              details: <PeriodTable periods={answer.result.periods} />,
            }
          : null
      }
      testIdPrefix="lending"
    >
      <AmountItem name="principal" label={t('calculators.lending.principal')} required testId="lending-principal" />
      <Space wrap>
        {date('contractDate', t('calculators.lending.contractDate'), true, 'lending-contract')}
        {date('filingDate', t('calculators.lending.filingDate'), true, 'lending-filing')}
      </Space>
      <Space wrap>
        {date('startDate', t('calculators.lending.startDate'), true, 'lending-start')}
        {date('endDate', t('calculators.lending.endDate'), true, 'lending-end')}
        {date('dueDate', t('calculators.lending.dueDate'), false, 'lending-due')}
      </Space>
      <Form.Item name="rate" label={t('calculators.lending.rate')}>
        <RateField testId="lending-rate" />
      </Form.Item>
      <Form.Item name="overdueRate" label={t('calculators.lending.overdueRate')}>
        <RateField testId="lending-overdue" />
      </Form.Item>
      <PaymentList name="repayments" label={t('calculators.lending.repayments')} testId="lending-repayments" />
      <Form.Item name="allocation" label={t('calculators.lending.allocation')}>
        <Radio.Group
          options={[
            { value: 'interestFirst', label: t('calculators.lending.interestFirst') },
            { value: 'principalFirst', label: t('calculators.lending.principalFirst') },
          ]}
        />
      </Form.Item>
      <Form.Item name="dayBasis" label={t('calculators.lending.dayBasis')}>
        <Radio.Group options={[365, 360].map((d) => ({ value: d, label: String(d) }))} />
      </Form.Item>
    </CalculatorLayout>
  );
}

function PeriodTable({ periods }: { periods: Period[] }) {
  const t = useT();
  return (
    <Table<Period & { key: string }>
      style={{ marginTop: 16 }}
      size="small"
      pagination={false}
      title={() => t('calculators.lending.periods')}
      dataSource={periods.map((p) => ({ ...p, key: p.from }))}
      columns={[
        { title: t('calculators.lending.col.period'), render: (_, p) => `${p.from} 至 ${p.to}（${p.phase}）` },
        { title: t('calculators.lending.col.days'), dataIndex: 'days', align: 'right' },
        { title: t('calculators.lending.col.principal'), render: (_, p) => fen(p.principalFen), align: 'right' },
        { title: t('calculators.lending.col.rate'), dataIndex: 'agreedRate', align: 'right' },
        { title: t('calculators.lending.col.cap'), render: (_, p) => `${p.capRate}（${p.capBasis}）` },
        { title: t('calculators.lending.supported'), render: (_, p) => fen(p.supportedInterestFen), align: 'right' },
        { title: t('calculators.lending.excess'), render: (_, p) => fen(p.excessInterestFen), align: 'right' },
      ]}
      data-testid="lending-periods"
    />
  );
}
