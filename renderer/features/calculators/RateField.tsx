import { Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { parseRateText, rateBases, type RateBasis } from '../../../shared/domain/calculators';
import { useT } from '../../i18n';

export interface RateValue {
  basis: RateBasis;
  percent: string;
}

/**
 * A rate as a period and a percent, or typed as the IOU wrote it (月息2分, 年息1分5厘), which
 * fills the two; an empty percent means no rate was agreed.
 */
export function RateField({ value, onChange, testId }: { value?: RateValue; onChange?: (value: RateValue) => void; testId: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const current = value ?? { basis: 'year', percent: '' };
  const parsed = text.trim() ? parseRateText(text) : null;
  return (
    <Space orientation="vertical" size={4}>
      <Space.Compact>
        <Select
          style={{ width: 110 }}
          value={current.basis}
          options={rateBases.map((b) => ({ value: b, label: t(`calculators.lending.basis.${b}`) }))}
          onChange={(basis: RateBasis) => onChange?.({ ...current, basis })}
          data-testid={`${testId}-basis`}
        />
        <Input
          style={{ width: 120 }}
          inputMode="decimal"
          suffix="%"
          value={current.percent}
          onChange={(e) => onChange?.({ ...current, percent: e.target.value.trim() })}
          data-testid={`${testId}-percent`}
        />
      </Space.Compact>
      <Input
        style={{ width: 230 }}
        placeholder={t('calculators.lending.rateText')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const rate = parseRateText(e.target.value);
          if (rate) onChange?.(rate);
        }}
        data-testid={`${testId}-text`}
      />
      {text.trim() && !parsed ? (
        <Typography.Text type="warning">{t('calculators.lending.rateTextUnknown', { text })}</Typography.Text>
      ) : null}
    </Space>
  );
}
