import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditFilter } from '../../../../../shared/contract/channels/audit';
import { queryAuditStats } from '../../../../../main/services/audit';
import type { TempWorkspace } from '../../../../helpers/audit';
import { entry, tempWorkspace } from '../../../../helpers/audit';

type NewEntry = Parameters<typeof entry>[0];

/** Runs each test on a fresh workspace with Node's clock in `zone`. */
function withZone(zone: string): { ws: () => TempWorkspace; add: (at: string, e?: NewEntry) => void } {
  let ws: TempWorkspace;
  let tz: string | undefined;
  beforeEach(() => {
    tz = process.env.TZ;
    process.env.TZ = zone;
    ws = tempWorkspace();
  });
  afterEach(() => {
    ws.cleanup();
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });
  return {
    ws: () => ws,
    add(at, e = {}) {
      ws.clock.now = new Date(at);
      ws.audit.append(entry(e));
    },
  };
}

const counts = (ai_output: number, decision: number, settings: number, system: number) => ({
  ai_output,
  decision,
  settings,
  system,
});

/** Every day's total must equal what the list finds when filtered to that single day. */
function expectDaysMatchList(ws: TempWorkspace, filter: AuditFilter) {
  const stats = queryAuditStats(ws.db, filter);
  let sum = 0;
  for (const { date, counts: c } of stats.days) {
    const dayTotal = c.ai_output + c.decision + c.settings + c.system;
    expect(dayTotal, date).toBeGreaterThan(0);
    expect(ws.audit.list({ ...filter, from: date, to: date }, 1, 0).total, date).toBe(dayTotal);
    sum += dayTotal;
  }
  expect(sum).toBe(ws.audit.list(filter, 1, 0).total);
}

describe('queryAuditStats on the court clock (Asia/Shanghai, UTC+8)', () => {
  const { ws, add } = withZone('Asia/Shanghai');

  beforeEach(() => {
    add('2026-11-24T10:00:00.000Z', { caseId: 'A', feature: 'lawPush', kind: 'ai_output' }); // 1: 11-24 18:00
    add('2026-11-24T11:00:00.000Z', { caseId: 'A', feature: 'lawPush', kind: 'decision', payload: { outputSeq: 1, decision: 'accepted' } }); // 2: 11-24
    add('2026-11-25T15:59:59.999Z', { caseId: 'A', feature: 'lawPush', kind: 'ai_output' }); // 3: 11-25 23:59:59.999
    add('2026-11-25T16:00:00.000Z', { caseId: 'B', feature: 'similarCases', kind: 'ai_output', actor: '李书记员', role: 'clerk' }); // 4: 11-26 00:00
    add('2026-11-25T16:30:00.000Z', {
      caseId: 'B',
      feature: 'similarCases',
      kind: 'decision',
      payload: { outputSeq: 4, decision: 'rejected' },
    }); // 5: 11-26
    add('2026-11-26T01:00:00.000Z', { caseId: 'A', feature: 'lawPush', kind: 'decision', payload: { outputSeq: 3, decision: 'edited' } }); // 6: 11-26
    add('2026-11-26T02:00:00.000Z', { feature: 'global', kind: 'settings' }); // 7: 11-26
    add('2026-11-26T15:59:59.999Z', { kind: 'system' }); // 8: 11-26 23:59:59.999
    add('2026-11-26T16:00:00.000Z', { kind: 'system' }); // 9: 11-27 00:00
    add('2026-11-29T03:00:00.000Z', {
      caseId: 'B',
      feature: 'similarCases',
      kind: 'decision',
      payload: { outputSeq: 4, decision: 'accepted' },
    }); // 10: 11-29
  });

  it('counts each kind per local day, oldest day first, skipping empty days', () => {
    expect(queryAuditStats(ws().db, {}).days).toEqual([
      { date: '2026-11-24', counts: counts(1, 1, 0, 0) },
      { date: '2026-11-25', counts: counts(1, 0, 0, 0) },
      { date: '2026-11-26', counts: counts(1, 2, 1, 1) },
      { date: '2026-11-27', counts: counts(0, 0, 0, 1) },
      { date: '2026-11-29', counts: counts(0, 1, 0, 0) },
    ]);
  });

  it('tallies decisions by outcome', () => {
    expect(queryAuditStats(ws().db, {}).decisions).toEqual({ accepted: 2, rejected: 1, edited: 1 });
  });

  it('applies the case, feature, actor and kind filters to days and decisions alike', () => {
    expect(queryAuditStats(ws().db, { caseId: 'A' })).toEqual({
      days: [
        { date: '2026-11-24', counts: counts(1, 1, 0, 0) },
        { date: '2026-11-25', counts: counts(1, 0, 0, 0) },
        { date: '2026-11-26', counts: counts(0, 1, 0, 0) },
      ],
      decisions: { accepted: 1, rejected: 0, edited: 1 },
    });
    expect(queryAuditStats(ws().db, { feature: 'similarCases' }).decisions).toEqual({ accepted: 1, rejected: 1, edited: 0 });
    expect(queryAuditStats(ws().db, { actor: '李书记员' })).toEqual({
      days: [{ date: '2026-11-26', counts: counts(1, 0, 0, 0) }],
      decisions: { accepted: 0, rejected: 0, edited: 0 },
    });
    expect(queryAuditStats(ws().db, { kind: 'system' })).toEqual({
      days: [
        { date: '2026-11-26', counts: counts(0, 0, 0, 1) },
        { date: '2026-11-27', counts: counts(0, 0, 0, 1) },
      ],
      decisions: { accepted: 0, rejected: 0, edited: 0 },
    });
    expect(queryAuditStats(ws().db, { kind: 'decision', caseId: 'B' }).decisions).toEqual({ accepted: 1, rejected: 1, edited: 0 });
    expect(queryAuditStats(ws().db, { caseId: 'nope' })).toEqual({ days: [], decisions: { accepted: 0, rejected: 0, edited: 0 } });
  });

  it('from/to cut at local midnight, both days inclusive, like the list', () => {
    expect(queryAuditStats(ws().db, { from: '2026-11-26', to: '2026-11-26' })).toEqual({
      days: [{ date: '2026-11-26', counts: counts(1, 2, 1, 1) }],
      decisions: { accepted: 0, rejected: 1, edited: 1 },
    });
    expect(queryAuditStats(ws().db, { to: '2026-11-25' }).days.map((d) => d.date)).toEqual(['2026-11-24', '2026-11-25']);
    expect(queryAuditStats(ws().db, { from: '2026-11-27' }).days.map((d) => d.date)).toEqual(['2026-11-27', '2026-11-29']);
    expect(queryAuditStats(ws().db, { from: '2026-11-27' }).decisions).toEqual({ accepted: 1, rejected: 0, edited: 0 });
    for (const filter of [{}, { caseId: 'A' }, { from: '2026-11-25', to: '2026-11-27' }, { kind: 'decision' as const }]) {
      expectDaysMatchList(ws(), filter);
    }
  });

  it('counts only real decision entries with a known outcome', () => {
    add('2026-11-29T04:00:00.000Z', { kind: 'system', payload: { decision: 'accepted' } });
    add('2026-11-29T05:00:00.000Z', { kind: 'decision', payload: { decision: 'maybe' } });
    add('2026-11-29T06:00:00.000Z', { kind: 'decision', payload: {} });
    const stats = queryAuditStats(ws().db, {});
    expect(stats.decisions).toEqual({ accepted: 2, rejected: 1, edited: 1 });
    expect(stats.days.at(-1)).toEqual({ date: '2026-11-29', counts: counts(0, 3, 0, 1) });
  });
});

describe('queryAuditStats where local midnight is not on a UTC hour', () => {
  describe('Asia/Kolkata (UTC+5:30)', () => {
    const { ws, add } = withZone('Asia/Kolkata');

    it('splits a UTC hour that local midnight cuts through', () => {
      add('2026-11-26T18:00:00.000Z', { kind: 'ai_output' }); // 11-26 23:30
      add('2026-11-26T18:29:59.999Z', { kind: 'system' }); // 11-26 23:59:59.999
      add('2026-11-26T18:30:00.000Z', { kind: 'system' }); // 11-27 00:00
      add('2026-11-26T18:59:00.000Z', { kind: 'settings' }); // 11-27 00:29
      add('2026-11-26T19:00:00.000Z', { kind: 'settings' }); // 11-27 00:30, next UTC hour
      add('2026-11-27T06:00:00.000Z', { kind: 'decision', payload: { decision: 'accepted' } }); // 11-27 11:30
      expect(queryAuditStats(ws().db, {}).days).toEqual([
        { date: '2026-11-26', counts: counts(1, 0, 0, 1) },
        { date: '2026-11-27', counts: counts(0, 1, 2, 1) },
      ]);
      expect(queryAuditStats(ws().db, { kind: 'system' }).days).toEqual([
        { date: '2026-11-26', counts: counts(0, 0, 0, 1) },
        { date: '2026-11-27', counts: counts(0, 0, 0, 1) },
      ]);
      expect(queryAuditStats(ws().db, { from: '2026-11-27' }).days).toEqual([{ date: '2026-11-27', counts: counts(0, 1, 2, 1) }]);
      expectDaysMatchList(ws(), {});
    });

    it('stays exact on 100k entries over a year', () => {
      // Straight into the table (the hash chain is irrelevant here); one entry every ~5 minutes.
      const insert = ws().db.prepare(
        `INSERT INTO audit_log (seq, at, actor, role, kind, feature, case_id, summary, payload, prev_hash, hash)
         VALUES (?, ?, '张法官', 'judge', ?, NULL, ?, 's', ?, 'p', 'h')`,
      );
      const kinds = ['ai_output', 'decision', 'settings', 'system'] as const;
      const outcomes = ['accepted', 'rejected', 'edited'] as const;
      const start = Date.parse('2026-01-01T00:00:00.000Z');
      const expected = new Map<string, number>();
      const expectedDecisions = { accepted: 0, rejected: 0, edited: 0 };
      ws().db.transaction(() => {
        for (let i = 0; i < 100_000; i += 1) {
          const at = new Date(start + i * 313_337);
          const kind = kinds[i % 4]!;
          const decision = outcomes[i % 3]!;
          const local = new Date(at.getTime());
          const date = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
          expected.set(`${date} ${kind}`, (expected.get(`${date} ${kind}`) ?? 0) + 1);
          if (kind === 'decision') expectedDecisions[decision] += 1;
          insert.run(i + 1, at.toISOString(), kind, i % 2 ? 'A' : 'B', JSON.stringify(kind === 'decision' ? { decision } : {}));
        }
      })();

      const stats = queryAuditStats(ws().db, {});

      const got = new Map<string, number>();
      for (const { date, counts: c } of stats.days) {
        for (const kind of kinds) if (c[kind]) got.set(`${date} ${kind}`, c[kind]);
      }
      expect(got).toEqual(expected);
      expect(stats.days.length).toBeGreaterThan(360);
      expect(stats.decisions).toEqual(expectedDecisions);

      // With a case filter SQLite prefers the case index; the split hours must still be exact.
      const caseStats = queryAuditStats(ws().db, { caseId: 'A' });
      const caseTotal = caseStats.days.reduce(
        (n, d) => n + d.counts.ai_output + d.counts.decision + d.counts.settings + d.counts.system,
        0,
      );
      expect(caseTotal).toBe(50_000);
    });
  });

  describe('Australia/Lord_Howe (UTC+10:30, +11 in summer)', () => {
    const { ws, add } = withZone('Australia/Lord_Howe');

    it('follows the half-hour DST change', () => {
      // Summer (+11): local midnight of 01-15 is 2026-01-14T13:00Z, on the hour.
      add('2026-01-14T12:59:59.999Z', { kind: 'system' }); // 01-14 23:59:59.999
      add('2026-01-14T13:00:00.000Z', { kind: 'system' }); // 01-15 00:00
      // Winter (+10:30): local midnight of 07-15 is 2026-07-14T13:30Z, mid-hour.
      add('2026-07-14T13:29:59.999Z', { kind: 'ai_output' }); // 07-14 23:59:59.999
      add('2026-07-14T13:30:00.000Z', { kind: 'ai_output' }); // 07-15 00:00
      expect(queryAuditStats(ws().db, {}).days).toEqual([
        { date: '2026-01-14', counts: counts(0, 0, 0, 1) },
        { date: '2026-01-15', counts: counts(0, 0, 0, 1) },
        { date: '2026-07-14', counts: counts(1, 0, 0, 0) },
        { date: '2026-07-15', counts: counts(1, 0, 0, 0) },
      ]);
      expectDaysMatchList(ws(), {});
    });
  });

  describe('America/New_York (DST ends 2026-11-01)', () => {
    const { ws, add } = withZone('America/New_York');

    it('gives the 25-hour day all of its hours', () => {
      add('2026-11-01T03:59:59.999Z', { kind: 'system' }); // 10-31 23:59:59.999 EDT
      add('2026-11-01T04:00:00.000Z', { kind: 'system' }); // 11-01 00:00 EDT
      add('2026-11-01T05:30:00.000Z', { kind: 'system' }); // 11-01 01:30 EDT
      add('2026-11-01T06:30:00.000Z', { kind: 'system' }); // 11-01 01:30 EST (again)
      add('2026-11-02T04:59:59.999Z', { kind: 'system' }); // 11-01 23:59:59.999 EST
      add('2026-11-02T05:00:00.000Z', { kind: 'system' }); // 11-02 00:00 EST
      expect(queryAuditStats(ws().db, {}).days).toEqual([
        { date: '2026-10-31', counts: counts(0, 0, 0, 1) },
        { date: '2026-11-01', counts: counts(0, 0, 0, 4) },
        { date: '2026-11-02', counts: counts(0, 0, 0, 1) },
      ]);
      expectDaysMatchList(ws(), {});
    });
  });
});
