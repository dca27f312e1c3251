import { describe, expect, it } from 'vitest';
import { aiFeatures, audit } from '../../../shared/contract';
import {
  auditFeatureKey,
  auditFeatureOptions,
  buildAuditFilter,
  formatLocalTime,
  isDateRangeValid,
  pageRequest,
  shortHash,
} from '../../../renderer/features/audit/audit-filter';

describe('buildAuditFilter', () => {
  it('drops empty and blank fields', () => {
    expect(buildAuditFilter({})).toEqual({});
    expect(buildAuditFilter({ caseId: '  ', actor: '', feature: undefined, kind: '', from: '', to: '' })).toEqual({});
  });

  it('trims text and keeps valid values', () => {
    const filter = buildAuditFilter({
      caseId: ' (2025)京0105民初123号 ',
      actor: ' 张法官',
      feature: 'lawPush',
      kind: 'decision',
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(filter).toEqual({
      caseId: '(2025)京0105民初123号',
      actor: '张法官',
      feature: 'lawPush',
      kind: 'decision',
      from: '2025-01-01',
      to: '2025-01-31',
    });
    // What the form builds must be what the main side accepts.
    expect(audit.auditFilterSchema.parse(filter)).toEqual(filter);
  });

  it('drops an unknown kind and malformed dates instead of sending an invalid request', () => {
    expect(buildAuditFilter({ kind: 'hacked', from: '2025/01/01', to: '31.01.2025' })).toEqual({});
  });
});

describe('date range and paging', () => {
  it('accepts open and ordered ranges, refuses reversed ones', () => {
    expect(isDateRangeValid({})).toBe(true);
    expect(isDateRangeValid({ from: '2025-01-01' })).toBe(true);
    expect(isDateRangeValid({ from: '2025-01-01', to: '2025-01-01' })).toBe(true);
    expect(isDateRangeValid({ from: '2025-02-01', to: '2025-01-31' })).toBe(false);
  });

  it('turns page/pageSize into limit/offset within the contract bounds', () => {
    expect(pageRequest({ actor: 'a' }, 1, 50)).toEqual({ actor: 'a', limit: 50, offset: 0 });
    expect(pageRequest({}, 3, 20)).toEqual({ limit: 20, offset: 40 });
    expect(pageRequest({}, 0, 0)).toEqual({ limit: 1, offset: 0 });
    expect(pageRequest({}, 2, 10_000)).toEqual({ limit: 500, offset: 500 });
    expect(() => audit.auditList.request.parse(pageRequest({ kind: 'ai_output' }, 2, 100))).not.toThrow();
  });
});

describe('display helpers', () => {
  it('offers global, settings and every AI feature, each with a label key', () => {
    expect(auditFeatureOptions.slice(0, 2)).toEqual(['global', 'settings']);
    for (const f of aiFeatures) expect(auditFeatureOptions).toContain(f);
    expect(auditFeatureKey('lawPush')).toBe('feature.lawPush');
    expect(auditFeatureKey('global')).toBe('feature.global');
    expect(auditFeatureKey('somethingNew')).toBeNull();
    expect(auditFeatureKey(null)).toBeNull();
  });

  it('shortens hashes and leaves short strings alone', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789…');
    expect(shortHash('abc')).toBe('abc');
  });

  it('formats local time and shows unparseable values unchanged', () => {
    const local = new Date(2025, 0, 2, 3, 4, 5);
    expect(formatLocalTime(local.toISOString())).toBe('2025-01-02 03:04:05');
    expect(formatLocalTime('not a date')).toBe('not a date');
  });
});
