import { Button, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { calculators, type ResponseOf } from '../../../shared/contract';
import { yuan } from '../../../shared/domain/calculators';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n';
import { CalculationView } from './CalculationView';
import { AmountInput, amountRules, cleanAmount, cleanPayments, PaymentList, requiredRule, type PaymentRow } from './fields';

type Answer = ResponseOf<typeof calculators.calculatorsDelayInterest>;

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
  const [form] = Form.useForm<Values>();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const { running, error, run } = useAction();

  const compute = async (values: Values) => {
    const request = {
      debt: cleanAmount(values.debt)!,
      deadline: values.deadline,
      endDate: values.endDate,
      payments: cleanPayments(values.payments),
      ...(values.generalInterest ? { generalInterest: cleanAmount(values.generalInterest) } : {}),
    };
    const value = await run(() => invoke(calculators.calculatorsDelayInterest, request));
    setAnswer(value ?? null);
  };

  return (
    <Row gutter={24}>
      <Col xs={24} xl={9}>
        <Form form={form} layout="vertical" onFinish={(v) => void compute(v)} data-testid="delay-form">
          <Form.Item name="debt" label={t('calculators.delay.debt')} rules={amountRules(t, t('calculators.delay.debt'), true)}>
            <AmountInput data-testid="delay-debt" />
          </Form.Item>
          <Form.Item name="deadline" label={t('calculators.delay.deadline')} rules={[requiredRule(t, t('calculators.delay.deadline'))]}>
            <DateField data-testid="delay-deadline" />
          </Form.Item>
          <Form.Item name="endDate" label={t('calculators.delay.endDate')} rules={[requiredRule(t, t('calculators.delay.endDate'))]}>
            <DateField data-testid="delay-end" />
          </Form.Item>
          <Form.Item
            name="generalInterest"
            label={t('calculators.delay.generalInterest')}
            rules={amountRules(t, t('calculators.delay.generalInterest'), false)}
          >
            <AmountInput data-testid="delay-general" />
          </Form.Item>
          <PaymentList name="payments" label={t('calculators.delay.payments')} testId="delay-payments" />
          <Button type="primary" htmlType="submit" loading={running} data-testid="delay-compute">
            {t('calculators.compute')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={15}>
        {error ? <ApiErrorAlert error={error} /> : null}
        {answer ? (
          <CalculationView
            testId="delay-result"
            title="迟延履行期间的债务利息计算"
            summary={[
              { label: t('calculators.delay.total'), value: yuan(BigInt(answer.result.totalInterestFen)) },
              { label: t('calculators.delay.doubled'), value: yuan(BigInt(answer.result.doubledInterestFen)) },
              { label: t('calculators.delay.days'), value: `${answer.result.delayDays}天` },
            ]}
            calculation={answer}
          />
        ) : null}
      </Col>
    </Row>
  );
}
