import { Form } from 'antd';
import { calculators } from '../../../shared/contract';
import { yuan } from '../../../shared/domain/calculators';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n';
import { CalculatorLayout } from './CalculatorLayout';
import { useCalculator } from './use-calculator';
import { AmountItem, cleanAmount, cleanPayments, PaymentList, requiredRule, type PaymentRow } from './fields';

interface Values {
  debt: string;
  deadline: string;
  endDate: string;
  generalInterest?: string;
  payments?: PaymentRow[];
}

/** 迟延履行期间的债务利息: 加倍部分 at 日万分之一点七五, with 分次履行. */
export function DelayInterestTab() {
  const t = useT();
  const { answer, layout } = useCalculator((values: Values) =>
    invoke(calculators.calculatorsDelayInterest, {
      debt: cleanAmount(values.debt)!,
      deadline: values.deadline,
      endDate: values.endDate,
      payments: cleanPayments(values.payments),
      ...(values.generalInterest ? { generalInterest: cleanAmount(values.generalInterest) } : {}),
    }),
  );

  return (
    <CalculatorLayout
      {...layout}
      result={
        answer
          ? {
              title: '迟延履行期间的债务利息计算',
              summary: [
                { label: t('calculators.delay.total'), value: yuan(BigInt(answer.result.totalInterestFen)) },
                { label: t('calculators.delay.doubled'), value: yuan(BigInt(answer.result.doubledInterestFen)) },
                { label: t('calculators.delay.days'), value: `${answer.result.delayDays}天` },
              ],
              calculation: answer,
            }
          : null
      }
      testIdPrefix="delay"
    >
      <AmountItem name="debt" label={t('calculators.delay.debt')} required testId="delay-debt" />
      <Form.Item name="deadline" label={t('calculators.delay.deadline')} rules={[requiredRule(t, t('calculators.delay.deadline'))]}>
        <DateField data-testid="delay-deadline" />
      </Form.Item>
      <Form.Item name="endDate" label={t('calculators.delay.endDate')} rules={[requiredRule(t, t('calculators.delay.endDate'))]}>
        <DateField data-testid="delay-end" />
      </Form.Item>
      <AmountItem name="generalInterest" label={t('calculators.delay.generalInterest')} required={false} testId="delay-general" />
      <PaymentList name="payments" label={t('calculators.delay.payments')} testId="delay-payments" />
    </CalculatorLayout>
  );
}
