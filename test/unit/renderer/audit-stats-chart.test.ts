import { describe, expect, it } from 'vitest';
import type { audit } from '../../../shared/contract';
import {
  auditKindColors,
  auditStatsChartOption,
  daySpan,
  decisionSummary,
  fillDays,
  formatRate,
  totalEntries,
} from '../../../renderer/features/audit/audit-stats-chart';

type Day = audit.AuditStats['days'][number];

const day = (date: string, ai_output = 0, decision = 0, settings = 0, system = 0): Day => ({
  date,
  counts: { ai_output, decision, settings, system },
});

const labels = { ai_output: 'AI输出', decision: '人工决定', settings: '设置变更', system: '系统事件' };

describe('fillDays', () => {
  it('fills the days without entries with zeros, across month and year ends', () => {
    expect(fillDays([day('2026-12-30', 1), day('2027-01-02', 0, 2)])).toEqual([
      day('2026-12-30', 1),
      day('2026-12-31'),
      day('2027-01-01'),
      day('2027-01-02', 0, 2),
    ]);
    expect(fillDays([day('2028-02-28', 1), day('2028-03-01', 1)]).map((d) => d.date)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('keeps nothing, one day and consecutive days as they are', () => {
    expect(fillDays([])).toEqual([]);
    expect(fillDays([day('2026-11-26', 3)])).toEqual([day('2026-11-26', 3)]);
    const run = [day('2026-11-26', 1), day('2026-11-27', 0, 1)];
    expect(fillDays(run)).toEqual(run);
  });

  it('does not fill a span longer than the limit', () => {
    const sparse = [day('2024-01-01', 1), day('2026-01-01', 1)];
    expect(fillDays(sparse)).toEqual(sparse);
    expect(fillDays([day('2026-01-01', 1), day('2026-01-05', 1)], 5)).toHaveLength(5);
    expect(fillDays([day('2026-01-01', 1), day('2026-01-06', 1)], 5)).toHaveLength(2);
  });
});

describe('daySpan', () => {
  it('counts both ends', () => {
    expect(daySpan([])).toBe(0);
    expect(daySpan([day('2026-11-26')])).toBe(1);
    expect(daySpan([day('2026-11-26'), day('2026-12-01')])).toBe(6);
    expect(daySpan([day('2026-01-01'), day('2027-01-01')])).toBe(366);
  });
});

describe('decisionSummary and formatRate', () => {
  it('rate = accepted / all decisions; edited does not count as accepted', () => {
    expect(decisionSummary({ accepted: 5, rejected: 2, edited: 1 })).toEqual({
      accepted: 5,
      rejected: 2,
      edited: 1,
      total: 8,
      rate: 0.625,
    });
    expect(decisionSummary({ accepted: 0, rejected: 0, edited: 3 }).rate).toBe(0);
    expect(decisionSummary({ accepted: 0, rejected: 0, edited: 0 })).toMatchObject({ total: 0, rate: null });
  });

  it('formats as a percentage with at most one decimal', () => {
    expect(formatRate(0.625)).toBe('62.5%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(0.99999)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('totalEntries', () => {
  it('adds every kind of every day', () => {
    expect(totalEntries([])).toBe(0);
    expect(totalEntries([day('2026-11-26', 1, 2, 3, 4), day('2026-11-28', 0, 0, 0, 5)])).toBe(15);
  });
});

describe('auditStatsChartOption', () => {
  const option = auditStatsChartOption([day('2026-11-26', 3, 1, 0, 2), day('2026-11-28', 1, 0, 1, 0)], labels);
  const series = option.series as Array<{ type: string; name: string; stack: string; data: number[] }>;

  it('has one stacked bar series per kind, in contract order, named by the labels', () => {
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'bar', 'bar']);
    expect(series.map((s) => s.name)).toEqual(['AI输出', '人工决定', '设置变更', '系统事件']);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    expect(series[0]!.stack).toBeTruthy();
    expect(option.color).toEqual([auditKindColors.ai_output, auditKindColors.decision, auditKindColors.settings, auditKindColors.system]);
    expect((option.legend as { data: string[] }).data).toEqual(['AI输出', '人工决定', '设置变更', '系统事件']);
  });

  it('puts one category per day, empty days included, with each kind’s count', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
    expect(series[0]!.data).toEqual([3, 0, 1]);
    expect(series[1]!.data).toEqual([1, 0, 0]);
    expect(series[2]!.data).toEqual([0, 0, 1]);
    expect(series[3]!.data).toEqual([2, 0, 0]);
  });

  it('counts on the value axis are whole numbers', () => {
    expect(option.yAxis).toMatchObject({ type: 'value', minInterval: 1 });
  });

  it('is plain data: no function anywhere, so it survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });
});
