import { useMemo } from 'react';
import type { audit } from '../../../shared/contract';
import { EChart } from '../../components/EChart';
import { auditStatsChartOption } from './audit-stats-chart';

const fontFamily =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif";

interface Props {
  days: audit.AuditStats['days'];
  kindLabels: Record<audit.AuditKind, string>;
  label: string;
}

/** The per-day stacked bars. Loaded on demand, so ECharts stays out of the first bundle. */
export default function AuditStatsChart({ days, kindLabels, label }: Props) {
  const option = useMemo(() => ({ ...auditStatsChartOption(days, kindLabels), textStyle: { fontFamily } }), [days, kindLabels]);
  return <EChart option={option} height={260} aria-label={label} data-testid="audit-stats-chart" />;
}
