import { Button, Checkbox, Col, Form, Row, Select } from 'antd';
import { useState } from 'react';
import { calculators, type ResponseOf } from '../../../shared/contract';
import { courtFeeKindLabels, courtFeeKinds, type CourtFeeKind } from '../../../shared/domain/calculators';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/translate';
import { CalculationView } from './CalculationView';
import { AmountInput, amountRules, cleanAmount } from './fields';

type Answer = ResponseOf<typeof calculators.calculatorsCourtFees>;

interface Values {
  kind: CourtFeeKind;
  amount?: string;
  perCaseFee?: string;
  trademarkPatentMaritime?: boolean;
  simpleProcedure?: boolean;
  mediatedOrWithdrawn?: boolean;
}

/** Kinds whose fee depends on an amount, and whether it must be given. */
const amountFor: Partial<Record<CourtFeeKind, 'required' | 'optional'>> = {
  property: 'required',
  divorce: 'optional',
  personality: 'optional',
  intellectualProperty: 'optional',
  execution: 'optional',
  preservation: 'optional',
};
/** Kinds the 办法 gives a per-case range for, which the province fixes. */
const rangedKinds: ReadonlySet<CourtFeeKind> = new Set([
  'divorce',
  'personality',
  'otherNonProperty',
  'intellectualProperty',
  'jurisdictionObjection',
  'execution',
]);
const halvableKinds: ReadonlySet<CourtFeeKind> = new Set([
  'property',
  'divorce',
  'personality',
  'otherNonProperty',
  'intellectualProperty',
  'labor',
  'administrative',
]);

/** 诉讼费: 案件受理费 by case type, 申请执行费, 申请保全费, with halving. */
export function CourtFeesTab() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'property';
  const [answer, setAnswer] = useState<Answer | null>(null);
  const { running, error, run } = useAction();

  const compute = async (values: Values) => {
    const request = {
      kind: values.kind,
      ...(amountFor[values.kind] && values.amount ? { amount: cleanAmount(values.amount) } : {}),
      ...(rangedKinds.has(values.kind) && values.perCaseFee ? { perCaseFee: cleanAmount(values.perCaseFee) } : {}),
      ...(values.kind === 'administrative' ? { trademarkPatentMaritime: !!values.trademarkPatentMaritime } : {}),
      ...(halvableKinds.has(values.kind)
        ? { simpleProcedure: !!values.simpleProcedure, mediatedOrWithdrawn: !!values.mediatedOrWithdrawn }
        : {}),
    };
    const value = await run(() => invoke(calculators.calculatorsCourtFees, request));
    setAnswer(value ?? null);
  };

  const amountLabel = t(`calculators.fees.amount.${kind}` as MessageKey);
  return (
    <Row gutter={24}>
      <Col xs={24} xl={9}>
        <Form form={form} layout="vertical" initialValues={{ kind: 'property' }} onFinish={(v) => void compute(v)} data-testid="fees-form">
          <Form.Item name="kind" label={t('calculators.fees.kind')}>
            <Select
              style={{ width: 260 }}
              options={courtFeeKinds.map((k) => ({ value: k, label: courtFeeKindLabels[k] }))}
              onChange={() => setAnswer(null)}
              data-testid="fees-kind"
            />
          </Form.Item>
          {amountFor[kind] ? (
            <Form.Item name="amount" label={amountLabel} rules={amountRules(t, amountLabel, amountFor[kind] === 'required')}>
              <AmountInput data-testid="fees-amount" />
            </Form.Item>
          ) : null}
          {rangedKinds.has(kind) ? (
            <Form.Item
              name="perCaseFee"
              label={t('calculators.fees.perCaseFee')}
              rules={amountRules(t, t('calculators.fees.perCaseFee'), false)}
            >
              <AmountInput data-testid="fees-per-case" />
            </Form.Item>
          ) : null}
          {kind === 'administrative' ? (
            <Form.Item name="trademarkPatentMaritime" valuePropName="checked">
              <Checkbox>{t('calculators.fees.special')}</Checkbox>
            </Form.Item>
          ) : null}
          {halvableKinds.has(kind) ? (
            <>
              <Form.Item name="simpleProcedure" valuePropName="checked" style={{ marginBottom: 4 }}>
                <Checkbox data-testid="fees-simple">{t('calculators.fees.simple')}</Checkbox>
              </Form.Item>
              <Form.Item name="mediatedOrWithdrawn" valuePropName="checked">
                <Checkbox data-testid="fees-mediated">{t('calculators.fees.mediated')}</Checkbox>
              </Form.Item>
            </>
          ) : null}
          <Button type="primary" htmlType="submit" loading={running} data-testid="fees-compute">
            {t('calculators.compute')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={15}>
        {error ? <ApiErrorAlert error={error} /> : null}
        {answer ? (
          <CalculationView
            testId="fees-result"
            title={`诉讼费计算：${courtFeeKindLabels[answer.result.kind]}`}
            summary={[{ label: courtFeeKindLabels[answer.result.kind], value: answer.result.display }]}
            calculation={answer}
          />
        ) : null}
      </Col>
    </Row>
  );
}
