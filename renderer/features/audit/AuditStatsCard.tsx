import { Collapse, Empty, Flex, Spin, Statistic, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { audit } from '../../../shared/contract';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';
import { daySpan, decisionSummary, formatRate, maxFilledDays, totalEntries } from './audit-stats-chart';

const AuditStatsChart = lazy(() => import('./AuditStatsChart'));

const openStorageKey = 'judgedesk.audit.statsOpen';

function readOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(openStorageKey) !== 'false';
  } catch {
    return true;
  }
}

/** 审计统计: entries per day by kind and the acceptance rate of AI suggestions, for `filter`. */
export function AuditStatsCard({ filter }: { filter: audit.AuditFilter }) {
  const t = useT();
  const [open, setOpen] = useState(readOpen);
  return (
    <Collapse
      data-testid="audit-stats"
      activeKey={open ? ['stats'] : []}
      onChange={(keys) => {
        const next = keys.includes('stats');
        setOpen(next);
        try {
          globalThis.localStorage?.setItem(openStorageKey, String(next));
        } catch {
          // no storage: the choice lasts for this page
        }
      }}
      items={[{ key: 'stats', label: t('audit.stats.title'), children: <AuditStatsBody filter={filter} /> }]}
    />
  );
}

/** Mounted only once the panel is opened, so a collapsed card asks for nothing. */
function AuditStatsBody({ filter }: { filter: audit.AuditFilter }) {
  const t = useT();
  const stats = useInvoke(audit.auditStats, filter, JSON.stringify(filter));
  const kindLabels = useMemo(
    () => Object.fromEntries(audit.auditKinds.map((k) => [k, t(`kind.${k}`)])) as Record<audit.AuditKind, string>,
    [t],
  );

  if (stats.error) return <ApiErrorAlert error={stats.error} onRetry={stats.reload} />;
  if (!stats.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;

  const { days } = stats.data;
  const decisions = decisionSummary(stats.data.decisions);
  const total = totalEntries(days);
  const sparse = daySpan(days) > maxFilledDays;

  return (
    <Spin spinning={stats.loading} delay={300}>
      <Flex gap={24} wrap align="stretch">
        <Flex vertical gap={8} style={{ width: 250 }} data-testid="audit-stats-summary">
          <Statistic
            title={t('audit.stats.acceptance')}
            value={formatRate(decisions.rate)}
            styles={{ content: { fontSize: 32 } }}
            data-testid="audit-stats-rate"
          />
          <Typography.Text type="secondary">{t('audit.stats.acceptanceHint')}</Typography.Text>
          <Typography.Text>
            {decisions.total
              ? t('audit.stats.decisions', {
                  accepted: decisions.accepted,
                  edited: decisions.edited,
                  rejected: decisions.rejected,
                })
              : t('audit.stats.noDecisions')}
          </Typography.Text>
          <Typography.Text type="secondary">{t('audit.stats.entries', { total, days: days.length })}</Typography.Text>
        </Flex>
        <div style={{ flex: '1 1 420px', minWidth: 0 }}>
          {days.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />
          ) : (
            <Suspense fallback={<Spin style={{ display: 'block', margin: '96px auto' }} />}>
              <AuditStatsChart days={days} kindLabels={kindLabels} label={t('audit.stats.chart')} />
              {sparse ? <Typography.Text type="secondary">{t('audit.stats.sparse')}</Typography.Text> : null}
            </Suspense>
          )}
        </div>
      </Flex>
    </Spin>
  );
}
