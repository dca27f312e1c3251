import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../../shared/domain/canonical-json';
import { entryHash, genesisHash, verifyChain } from '../../../../../main/services/audit';
import type { Actor } from '../../../../../shared/contract/roles';
import type { TempWorkspace } from '../../../../helpers/audit';
import { entry, tempWorkspace } from '../../../../helpers/audit';
import { refusalOf } from '../../../../helpers/refusal';

describe('AuditLog.append', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = tempWorkspace();
  });
  afterEach(() => ws.cleanup());

  it('builds a hash chain: seq 1..n, genesis zeros, each prevHash is the previous hash', () => {
    const appended = Array.from({ length: 5 }, (_, i) => ws.audit.append(entry({ summary: `第${i + 1}条`, payload: { i } })));
    expect(appended.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(appended[0]!.prevHash).toBe(genesisHash);
    expect(genesisHash).toBe('0'.repeat(64));
    for (let i = 1; i < appended.length; i += 1) expect(appended[i]!.prevHash).toBe(appended[i - 1]!.hash);
    for (const e of appended) {
      const { hash, ...fields } = e;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(entryHash(fields)).toBe(hash);
    }
    expect(new Set(appended.map((e) => e.hash)).size).toBe(5);
    expect(ws.audit.head()).toEqual({ seq: 5, hash: appended[4]!.hash });
    expect(verifyChain(ws.audit)).toEqual({ intact: true, checked: 5, firstBroken: null });
  });

  it('stores what it returns: get(seq) reads back the same entry with canonical payload', () => {
    const written = ws.audit.append(
      entry({ kind: 'ai_output', feature: 'lawPush', caseId: '(2026)京0105民初123号', payload: { b: 1, a: { d: [1, 2], c: '中' } } }),
    );
    expect(ws.audit.get(1)).toEqual(written);
    expect(written.at).toBe('2026-11-26T02:00:00.000Z');
    const raw = ws.db.prepare('SELECT payload FROM audit_log WHERE seq = 1').pluck().get();
    expect(raw).toBe('{"a":{"c":"中","d":[1,2]},"b":1}');
    expect(ws.audit.get(2)).toBeNull();
  });

  it('drops undefined payload members and refuses NaN without writing anything', () => {
    ws.audit.append(entry({ payload: { keep: 1, drop: undefined } }));
    expect(ws.audit.get(1)!.payload).toEqual({ keep: 1 });
    expect(() => ws.audit.append(entry({ payload: { bad: Number.NaN } }))).toThrow();
    expect(ws.audit.head()!.seq).toBe(1);
    expect(ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
  });

  it('the hash covers every field: changing any one changes the hash', () => {
    const e = ws.audit.append(entry({ feature: 'lawPush', caseId: 'c1', payload: { x: 1 } }));
    const { hash, ...fields } = e;
    const variants = [
      { ...fields, seq: 2 },
      { ...fields, at: '2026-11-26T02:00:00.001Z' },
      { ...fields, actor: '李法官' },
      { ...fields, role: 'clerk' },
      { ...fields, kind: 'decision' },
      { ...fields, feature: null },
      { ...fields, caseId: 'c2' },
      { ...fields, summary: '测试事件 ' },
      { ...fields, payload: { x: 2 } },
      { ...fields, prevHash: '1'.repeat(64) },
    ];
    for (const v of variants) expect(entryHash(v), canonicalJson(v)).not.toBe(hash);
  });
});

describe('AuditLog.list', () => {
  let ws: TempWorkspace;
  let tz: string | undefined;
  beforeEach(() => {
    tz = process.env.TZ;
    // Court clock: China Standard Time, UTC+8, no DST.
    process.env.TZ = 'Asia/Shanghai';
    ws = tempWorkspace();
    const add = (at: string, e: Parameters<typeof entry>[0]) => {
      ws.clock.now = new Date(at);
      ws.audit.append(entry(e));
    };
    add('2026-11-24T10:00:00.000Z', { caseId: 'A', feature: 'lawPush', kind: 'ai_output', actor: '张法官' }); // 1: 11-24 18:00 local
    add('2026-11-25T15:59:59.999Z', { caseId: 'A', feature: 'lawPush', kind: 'decision', actor: '张法官' }); // 2: 11-25 23:59 local
    add('2026-11-25T16:00:00.000Z', { caseId: 'B', feature: 'similarCases', kind: 'ai_output', actor: '李书记员', role: 'clerk' }); // 3: 11-26 00:00 local
    add('2026-11-26T15:59:59.999Z', { caseId: null, feature: 'global', kind: 'settings', actor: '张法官' }); // 4: 11-26 23:59 local
    add('2026-11-26T16:00:00.000Z', { caseId: 'B', feature: 'lawPush', kind: 'ai_output', actor: '李书记员', role: 'clerk' }); // 5: 11-27 00:00 local
  });
  afterEach(() => {
    ws.cleanup();
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  const seqs = (filter: Parameters<TempWorkspace['audit']['list']>[0], limit = 100, offset = 0) =>
    ws.audit.list(filter, limit, offset).entries.map((e) => e.seq);

  it('lists newest first with the total', () => {
    expect(ws.audit.list({}, 100, 0)).toMatchObject({ total: 5 });
    expect(seqs({})).toEqual([5, 4, 3, 2, 1]);
  });

  it('filters by caseId, feature, actor and kind, alone and combined', () => {
    expect(seqs({ caseId: 'A' })).toEqual([2, 1]);
    expect(seqs({ caseId: 'B' })).toEqual([5, 3]);
    expect(seqs({ feature: 'lawPush' })).toEqual([5, 2, 1]);
    expect(seqs({ feature: 'global' })).toEqual([4]);
    expect(seqs({ actor: '李书记员' })).toEqual([5, 3]);
    expect(seqs({ kind: 'ai_output' })).toEqual([5, 3, 1]);
    expect(seqs({ kind: 'settings' })).toEqual([4]);
    expect(seqs({ caseId: 'B', feature: 'lawPush', kind: 'ai_output' })).toEqual([5]);
    expect(seqs({ caseId: 'nope' })).toEqual([]);
    expect(ws.audit.list({ caseId: 'A' }, 100, 0).total).toBe(2);
  });

  it('from/to are whole days on the local clock, both inclusive', () => {
    expect(seqs({ from: '2026-11-26', to: '2026-11-26' })).toEqual([4, 3]);
    expect(seqs({ from: '2026-11-25', to: '2026-11-25' })).toEqual([2]);
    expect(seqs({ from: '2026-11-26' })).toEqual([5, 4, 3]);
    expect(seqs({ to: '2026-11-25' })).toEqual([2, 1]);
    expect(seqs({ from: '2026-11-27' })).toEqual([5]);
    expect(seqs({ from: '2026-11-28' })).toEqual([]);
    expect(seqs({ from: '2026-11-24', to: '2026-11-27', kind: 'ai_output' })).toEqual([5, 3, 1]);
  });

  it('paginates with limit and offset while total counts every match', () => {
    expect(ws.audit.list({}, 2, 0)).toMatchObject({ total: 5 });
    expect(seqs({}, 2, 0)).toEqual([5, 4]);
    expect(seqs({}, 2, 2)).toEqual([3, 2]);
    expect(seqs({}, 2, 4)).toEqual([1]);
    expect(seqs({}, 2, 6)).toEqual([]);
    expect(ws.audit.list({ feature: 'lawPush' }, 1, 1)).toMatchObject({ total: 3, entries: [{ seq: 2 }] });
  });

  it('iterate yields matches oldest first', () => {
    expect([...ws.audit.iterate({ caseId: 'B' })].map((e) => e.seq)).toEqual([3, 5]);
    expect([...ws.audit.iterate({})].map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('AuditLog.recordDecision, exportCsv, stats, verify', () => {
  let ws: TempWorkspace;
  const judge: Actor = { userId: 'zhang', displayName: '张法官', roles: ['judge', 'admin'], role: 'judge' };
  beforeEach(() => {
    ws = tempWorkspace();
  });
  afterEach(() => ws.cleanup());

  it("records the judge's decision on an AI output under the acting person, pointing back to it", () => {
    const output = ws.audit.append({
      actor: judge,
      kind: 'ai_output',
      feature: 'triage',
      caseId: 'c1',
      summary: '繁简分流：简',
      payload: {},
    });
    const decision = ws.audit.recordDecision(output.seq, 'edited', '改为繁', { ...judge, role: 'admin' });
    expect(decision).toMatchObject({
      seq: output.seq + 1,
      prevHash: output.hash,
      actor: '张法官',
      role: 'admin',
      kind: 'decision',
      feature: 'triage',
      caseId: 'c1',
      summary: '修改后采纳：繁简分流：简',
      payload: { outputSeq: output.seq, decision: 'edited', note: '改为繁' },
    });
    expect(ws.audit.recordDecision(output.seq, 'accepted', undefined, judge).payload).toEqual({
      outputSeq: output.seq,
      decision: 'accepted',
      note: '',
    });
  });

  it('refuses a decision on anything but an AI output, writing nothing', () => {
    const other = ws.audit.append(entry());
    expect(refusalOf(() => ws.audit.recordDecision(other.seq, 'accepted', undefined, judge))).toMatchObject({
      code: 'NOT_FOUND',
      message: `审计日志中没有第 ${other.seq} 条AI输出`,
    });
    expect(refusalOf(() => ws.audit.recordDecision(99, 'rejected', undefined, judge)).code).toBe('NOT_FOUND');
    expect(ws.audit.head()?.seq).toBe(other.seq);
  });

  it('exports the matching entries named by the log clock; counts and verifies the same chain', () => {
    ws.audit.append(entry({ kind: 'settings', summary: '设置' }));
    ws.audit.append(entry({ kind: 'system', summary: '系统' }));
    ws.clock.now = new Date(2026, 10, 26, 9, 5, 7);
    const exported = ws.audit.exportCsv({ kind: 'settings' });
    expect(exported.fileName).toBe('审计日志-20261126-090507.csv');
    expect(exported.rows).toBe(1);
    expect(exported.csv).toContain('设置');
    expect(exported.csv).not.toContain('系统');
    expect(
      ws.audit
        .stats({})
        .days.flatMap((d) => Object.values(d.counts))
        .reduce((a, b) => a + b, 0),
    ).toBe(2);
    expect(ws.audit.verify()).toEqual({ intact: true, checked: 2, firstBroken: null });
  });
});
