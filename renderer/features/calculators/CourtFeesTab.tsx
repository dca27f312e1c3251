import { Checkbox, Form, Select } from 'antd';
import { calculators } from '../../../shared/contract';
import { courtFeeKindLabels, courtFeeKinds, halvableCourtFeeKinds, type CourtFeeKind } from '../../../shared/domain/calculators';
import { invoke } from '../../api/client';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/translate';
import { CalculatorLayout } from './CalculatorLayout';
import { useCalculator } from './use-calculator';
import { AmountItem, cleanAmount } from './fields';

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

/** 诉讼费: 案件受理费 by case type, 申请执行费, 申请保全费, with halving. */
export function CourtFeesTab() {
  const t = useT();
  const { answer, setAnswer, layout } = useCalculator((values: Values) =>
    invoke(calculators.calculatorsCourtFees, {
      kind: values.kind,
      ...(amountFor[values.kind] && values.amount ? { amount: cleanAmount(values.amount) } : {}),
      ...(rangedKinds.has(values.kind) && values.perCaseFee ? { perCaseFee: cleanAmount(values.perCaseFee) } : {}),
      ...(values.kind === 'administrative' ? { trademarkPatentMaritime: !!values.trademarkPatentMaritime } : {}),
      ...(halvableCourtFeeKinds.has(values.kind)
        ? { simpleProcedure: !!values.simpleProcedure, mediatedOrWithdrawn: !!values.mediatedOrWithdrawn }
        : {}),
    }),
  );
  const kind = Form.useWatch('kind', layout.form) ?? 'property';

  const amountLabel = t(`calculators.fees.amount.${kind}` as MessageKey);
  return (
    <CalculatorLayout
      {...layout}
      initialValues={{ kind: 'property' }}
      result={
        answer
          ? {
              title: `诉讼费计算：${courtFeeKindLabels[answer.result.kind]}`,
              summary: [{ label: courtFeeKindLabels[answer.result.kind], value: answer.result.display }],
              calculation: answer,
            }
          : null
      }
      testIdPrefix="fees"
    >
      <Form.Item name="kind" label={t('calculators.fees.kind')}>
        <Select
          style={{ width: 260 }}
          options={courtFeeKinds.map((k) => ({ value: k, label: courtFeeKindLabels[k] }))}
          onChange={() => setAnswer(null)}
          data-testid="fees-kind"
        />
      </Form.Item>
      {amountFor[kind] ? (
        <AmountItem name="amount" label={amountLabel} required={amountFor[kind] === 'required'} testId="fees-amount" />
      ) : null}
      {rangedKinds.has(kind) ? (
        <AmountItem name="perCaseFee" label={t('calculators.fees.perCaseFee')} required={false} testId="fees-per-case" />
      ) : null}
      {kind === 'administrative' ? (
        <Form.Item name="trademarkPatentMaritime" valuePropName="checked">
          <Checkbox>{t('calculators.fees.special')}</Checkbox>
        </Form.Item>
      ) : null}
      {halvableCourtFeeKinds.has(kind) ? (
        <>
          <Form.Item name="simpleProcedure" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox data-testid="fees-simple">{t('calculators.fees.simple')}</Checkbox>
          </Form.Item>
          <Form.Item name="mediatedOrWithdrawn" valuePropName="checked">
            <Checkbox data-testid="fees-mediated">{t('calculators.fees.mediated')}</Checkbox>
          </Form.Item>
        </>
      ) : null}
    </CalculatorLayout>
  );
}
