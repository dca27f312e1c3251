import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { audit } from '../../../shared/contract';

type AuditKind = audit.AuditKind;
type AuditStats = audit.AuditStats;
type StatsDay = AuditStats['days'][number];

export type AuditStatsChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** One colour per audit kind, fixed so a kind keeps its colour whatever the filter shows. */
export const auditKindColors: Record<AuditKind, string> = {
  ai_output: '#1677ff',
  decision: '#52c41a',
  settings: '#fa8c16',
  system: '#8c8c8c',
};

/** Longest span (in days) that is drawn day by day with empty days filled in. */
export const maxFilledDays = 366;

const DAY_MS = 86_400_000;
const zero = (): Record<AuditKind, number> => ({ ai_output: 0, decision: 0, settings: 0, system: 0 });

/** 'YYYY-MM-DD' as a day number; calendar arithmetic in UTC, free of any zone's DST. */
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from the first day to the last, both counted; 0 for none. */
export function daySpan(days: readonly StatsDay[]): number {
  if (!days.length) return 0;
  return dayNumber(days[days.length - 1]!.date) - dayNumber(days[0]!.date) + 1;
}

/**
 * The days from the first to the last, with the days in between that have no entries filled in
 * as zeros, so the axis is even. A span longer than `maxDays` is left as it is (only days with
 * entries), rather than drawing years of empty bars.
 */
export function fillDays(days: readonly StatsDay[], maxDays = maxFilledDays): StatsDay[] {
  const span = daySpan(days);
  if (days.length < 2 || !Number.isFinite(span) || span > maxDays) return [...days];
  const first = dayNumber(days[0]!.date);
  const last = dayNumber(days[days.length - 1]!.date);
  const byDate = new Map(days.map((d) => [d.date, d]));
  const filled: StatsDay[] = [];
  for (let n = first; n <= last; n += 1) {
    const date = dayString(n);
    filled.push(byDate.get(date) ?? { date, counts: zero() });
  }
  return filled;
}

export interface DecisionSummary {
  accepted: number;
  rejected: number;
  edited: number;
  total: number;
  /** accepted / all decisions, 0..1; null when there are no decisions. */
  rate: number | null;
}

export function decisionSummary(decisions: AuditStats['decisions']): DecisionSummary {
  const total = decisions.accepted + decisions.rejected + decisions.edited;
  return { ...decisions, total, rate: total ? decisions.accepted / total : null };
}

/** 0.625 → '62.5%'; no decisions → '—'. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  const percent = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** Total entries over all days and kinds. */
export function totalEntries(days: readonly StatsDay[]): number {
  return days.reduce((n, d) => n + audit.auditKinds.reduce((m, k) => m + d.counts[k], 0), 0);
}

/** The stacked bar chart: one bar per day, one stacked segment per kind. */
export function auditStatsChartOption(days: readonly StatsDay[], kindLabels: Record<AuditKind, string>): AuditStatsChartOption {
  const filled = fillDays(days);
  return {
    animation: false,
    color: audit.auditKinds.map((k) => auditKindColors[k]),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: audit.auditKinds.map((k) => kindLabels[k]) },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: filled.map((d) => d.date),
      axisTick: { alignWithLabel: true },
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: audit.auditKinds.map((kind): BarSeriesOption => ({
      type: 'bar',
      name: kindLabels[kind],
      stack: 'kinds',
      barMaxWidth: 40,
      emphasis: { focus: 'series' },
      data: filled.map((d) => d.counts[kind]),
    })),
  };
}
