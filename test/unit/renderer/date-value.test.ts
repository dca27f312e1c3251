import { describe, expect, it } from 'vitest';
import { dateFormat, parseDate } from '../../../renderer/components/date-value';

describe('the date field value', () => {
  it('reads a YYYY-MM-DD string as that day and gives the same string back', () => {
    expect(parseDate('2026-03-01')?.format(dateFormat)).toBe('2026-03-01');
    expect(parseDate('2024-02-29')?.format(dateFormat)).toBe('2024-02-29');
  });

  it('shows no day for an empty, malformed or impossible date', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate('2026-3-1')).toBeNull();
    expect(parseDate('03/01/2026')).toBeNull();
    expect(parseDate('2024-02-30')).toBeNull();
    expect(parseDate('2023-02-29')).toBeNull();
  });
});
