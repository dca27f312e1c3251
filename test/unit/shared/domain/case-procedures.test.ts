import { describe, expect, it } from 'vitest';
import {
  addDays,
  defaultTimeLimitDays,
  procedureInfo,
  procedures,
  timeLimitLevel,
  timeLimitStatus,
} from '../../../../shared/domain/case-procedures';
import { residentIdProblem } from '../../../../shared/domain/resident-id';

describe('审限', () => {
  it('defaults by procedure, each with its statutory basis', () => {
    expect(defaultTimeLimitDays('civil-ordinary')).toBe(180);
    expect(defaultTimeLimitDays('civil-simple')).toBe(90);
    expect(defaultTimeLimitDays('civil-small-claims')).toBe(60);
    expect(defaultTimeLimitDays('criminal-fast-track')).toBe(10);
    expect(defaultTimeLimitDays('retrial')).toBeNull();
    for (const p of procedures) expect(procedureInfo[p].basis).not.toBe('');
  });

  it('counts days left from the filing date, across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(timeLimitStatus('2024-03-01', 90, '2024-03-01')).toEqual({ deadline: '2024-05-30', daysLeft: 90 });
    expect(timeLimitStatus('2024-03-01', 90, '2024-05-30')).toEqual({ deadline: '2024-05-30', daysLeft: 0 });
    expect(timeLimitStatus('2024-03-01', 90, '2024-06-02')?.daysLeft).toBe(-3);
    expect(timeLimitStatus(null, 90, '2024-03-01')).toBeNull();
    expect(timeLimitStatus('2024-03-01', null, '2024-03-01')).toBeNull();
  });

  it('colours red when overdue or within 7 days, orange within 30, green beyond', () => {
    expect([-2, 0, 7, 8, 30, 31].map(timeLimitLevel)).toEqual(['red', 'red', 'red', 'orange', 'orange', 'green']);
  });
});

describe('公民身份号码', () => {
  it('accepts a valid number (X check character, either case) and names each problem', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
    expect(residentIdProblem('110105194912310021')).toContain('校验位不正确（末位应为X）');
    expect(residentIdProblem('1101051949123100')).toContain('应为18位');
    expect(residentIdProblem('110105194913310021')).toContain('出生日期');
  });
});
