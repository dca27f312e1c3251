import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n';
import type { Translate } from '../../i18n/translate';

const YUAN = /^\d{1,13}(\.\d{1,2})?$/;

/** An amount in 元 typed as text (grouping commas allowed), so no float ever holds it. */
export function AmountInput({
  value,
  onChange,
  ...rest
}: {
  value?: string;
  onChange?: (value: string) => void;
  'data-testid'?: string;
  placeholder?: string;
  'aria-label'?: string;
}) {
  return (
    <Input {...rest} value={value} inputMode="decimal" suffix="元" style={{ width: 220 }} onChange={(e) => onChange?.(e.target.value)} />
  );
}

/** Required-ness and the 元 format, checked before the request goes out (the main side checks again). */
export function amountRules(t: Translate, field: string, required: boolean): Rule[] {
  return [
    { required, message: t('calculators.required', { field }) },
    {
      validator: (_rule, value: string | undefined) =>
        !value || YUAN.test(value.replace(/,/g, '').trim()) ? Promise.resolve() : Promise.reject(new Error(t('calculators.amountHint'))),
    },
  ];
}

/** A labelled 元 field of the form, with its rules. */
export function AmountItem({ name, label, required, testId }: { name: string; label: string; required: boolean; testId: string }) {
  const t = useT();
  return (
    <Form.Item name={name} label={label} rules={amountRules(t, label, required)}>
      <AmountInput data-testid={testId} />
    </Form.Item>
  );
}

export const requiredRule = (t: Translate, field: string): Rule => ({ required: true, message: t('calculators.required', { field }) });

export const cleanAmount = (value: string | undefined | null): string | null => (value ? value.replace(/,/g, '').trim() : null);

export interface PaymentRow {
  date?: string;
  amount?: string;
}

export const cleanPayments = (rows: PaymentRow[] | undefined) =>
  (rows ?? []).filter((r) => r.date && r.amount).map((r) => ({ date: r.date!, amount: cleanAmount(r.amount)! }));

/** Dated payments (还款 / 履行): a date and an amount per row, added and removed by the user. */
export function PaymentList({ name, label, testId }: { name: string; label: string; testId: string }) {
  const t = useT();
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {rows.map((row, index) => (
              <Space key={row.key} align="baseline" wrap>
                <Form.Item name={[row.name, 'date']} rules={[requiredRule(t, t('calculators.date'))]} noStyle>
                  <DateField aria-label={`${label} ${index + 1} ${t('calculators.date')}`} data-testid={`${testId}-date-${index}`} />
                </Form.Item>
                <Form.Item name={[row.name, 'amount']} rules={amountRules(t, t('calculators.amount'), true)} noStyle>
                  <AmountInput
                    aria-label={`${label} ${index + 1} ${t('calculators.amount')}`}
                    data-testid={`${testId}-amount-${index}`}
                    placeholder={t('calculators.amount')}
                  />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t('calculators.remove')} onClick={() => remove(row.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ date: '', amount: '' })} data-testid={`${testId}-add`}>
              {t('calculators.add')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
