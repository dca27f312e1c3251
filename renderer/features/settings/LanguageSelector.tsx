import { Radio } from 'antd';
import { locales, useI18n, type Locale } from '../../i18n';

export function LanguageSelector() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Radio.Group
      data-testid="language-select"
      optionType="button"
      value={locale}
      onChange={(event) => setLocale(event.target.value as Locale)}
      options={locales.map((value) => ({
        value,
        label: <span data-testid={`language-${value}`}>{t(`lang.${value}`)}</span>,
      }))}
    />
  );
}
