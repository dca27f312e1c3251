import { Tabs, Typography } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { CourtFeesTab } from './CourtFeesTab';
import { DelayInterestTab } from './DelayInterestTab';
import { LendingInterestTab } from './LendingInterestTab';

/** 计算器: 诉讼费, 民间借贷利息, 迟延履行利息 — deterministic, each with its steps and articles. */
export function CalculatorsPage() {
  const t = useT();
  return (
    <div data-testid="calculators-page">
      <PageHeader title={t('calculators.title')} />
      <Typography.Paragraph type="secondary">{t('calculators.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'fees', label: t('calculators.tab.courtFees'), children: <CourtFeesTab /> },
          { key: 'lending', label: t('calculators.tab.lending'), children: <LendingInterestTab /> },
          { key: 'delay', label: t('calculators.tab.delay'), children: <DelayInterestTab /> },
        ]}
      />
    </div>
  );
}
