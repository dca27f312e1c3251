import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { CallerContext } from '../../../../../main/api/caller';
import type { Services } from '../../../../../main/api/services';
import { buildServices } from '../../../../../main/app';
import { partiesLine } from '../../../../../main/services/cases';
import { openStores } from '../../../../../main/store/stores';
import type { Case, CaseInputDraft, CaseSummary } from '../../../../../shared/contract/channels/cases';
import { caseInputSchema } from '../../../../../shared/contract/channels/cases';
import type { Result } from '../../../../../shared/contract/result';
import type { Actor } from '../../../../../shared/contract/roles';
import type { TempApp } from '../../../../helpers/temp-app';
import { refusalOf } from '../../../../helpers/refusal';
import { openTempApp, tempDir } from '../../../../helpers/temp-app';

const caller = localCaller('web');
const adminOnly: CallerContext = { user: '管理员', roles: ['admin'], host: 'web' };

const loan: CaseInputDraft = {
  caseNumber: '(2024)京0105民初1234号',
  causeOfAction: '民间借贷纠纷',
  procedure: 'civil-simple',
  court: '北京市朝阳区人民法院',
  filedOn: '2024-03-01',
  panel: { presidingJudge: '张明', judges: [], assessors: [], clerk: '李静' },
  parties: [
    { role: '原告', name: '王建国', kind: 'person', idNumber: '11010519491231002X', phone: '13800000000' },
    { role: '被告', name: '北京某某商贸有限公司', kind: 'legal_person', address: '北京市朝阳区某路1号' },
  ],
  claims: [
    { text: '判令被告偿还借款本金100000元', amount: 100000 },
    { text: '本案诉讼费用由被告承担', amount: null },
  ],
};

describe('cases through the api (real workspace.db)', () => {
  let t: TempApp;
  beforeEach(() => {
    t = openTempApp();
  });
  afterEach(() => t.cleanup());

  const call = async <T>(channel: string, payload: unknown, who: CallerContext = caller) =>
    (await t.app.invoke(channel, payload, who)) as Result<T>;
  const value = async <T>(channel: string, payload: unknown): Promise<T> => {
    const r = await call<T>(channel, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  };

  it('creates a case with the number normalised, the default time limit, parties and claims', async () => {
    const created = await value<Case>('cases.create', loan);
    expect(created.caseNumber).toBe('（2024）京0105民初1234号');
    expect(created.version).toBe(1);
    expect(created.status).toBe('open');
    expect(created.timeLimitDays).toBe(90); // 简易程序 三个月
    expect(created.deadline).toBe('2024-05-30');
    expect(created.parties.map((p) => [p.role, p.name, p.kind])).toEqual([
      ['原告', '王建国', 'person'],
      ['被告', '北京某某商贸有限公司', 'legal_person'],
    ]);
    expect(created.claims).toEqual([
      { text: '判令被告偿还借款本金100000元', amount: 100000 },
      { text: '本案诉讼费用由被告承担', amount: null },
    ]);
    expect(await value<Case>('cases.get', { id: created.id })).toEqual(created);
  });

  it('refuses a malformed case number, a bad ID number and a hearing before filing, in Chinese', async () => {
    const bad = await call('cases.create', { ...loan, caseNumber: '（2024）京0105民1234号' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'VALIDATION' });
    expect(!bad.ok && bad.error.message).toContain('“民”不是已知的案件类型代字');

    const id = await call('cases.create', {
      ...loan,
      parties: [{ role: '原告', name: '王建国', kind: 'person', idNumber: '110105194912310021' }],
    });
    expect(!id.ok && id.error.message).toContain('校验位不正确');

    const dates = await call('cases.create', { ...loan, hearingOn: '2024-02-01' });
    expect(!dates.ok && dates.error.message).toContain('开庭日期不能早于立案日期');
    expect((await value<{ total: number }>('cases.list', {})).total).toBe(0);
  });

  it('refuses a second case with the same number (CONFLICT), also when typed with half-width parentheses', async () => {
    await value('cases.create', { ...loan, caseNumber: '（2024）京0105民初1234号' });
    const again = await call('cases.create', { ...loan, causeOfAction: '买卖合同纠纷' });
    expect(!again.ok && again.error).toEqual({
      code: 'CONFLICT',
      message: '案号（2024）京0105民初1234号已被另一件案件（民间借贷纠纷）使用',
    });
  });

  it('updates with optimistic concurrency: a stale version answers CONFLICT and changes nothing', async () => {
    const created = await value<Case>('cases.create', loan);
    const input = { ...loan, causeOfAction: '借款合同纠纷' };
    const updated = await value<Case>('cases.update', { id: created.id, expectedVersion: 1, case: input });
    expect(updated.version).toBe(2);
    expect(updated.causeOfAction).toBe('借款合同纠纷');

    const stale = await call('cases.update', { id: created.id, expectedVersion: 1, case: { ...loan, court: '别的法院' } });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    expect(!stale.ok && stale.error.message).toMatch(/已被本机用户于.*修改（当前第2版，您编辑的是第1版），请刷新后再改/);
    expect((await value<Case>('cases.get', { id: created.id })).court).toBe('北京市朝阳区人民法院');
  });

  it('saving an unchanged case makes no new version and no undo step', async () => {
    const created = await value<Case>('cases.create', loan);
    const same = await value<Case>('cases.update', { id: created.id, expectedVersion: 1, case: loan });
    expect(same.version).toBe(1);
    expect(same.undoable).toBe(0);
  });

  it('undoes the last edits one by one, each as a new version, and says when nothing is left', async () => {
    const c1 = await value<Case>('cases.create', loan);
    const c2 = await value<Case>('cases.update', { id: c1.id, expectedVersion: 1, case: { ...loan, causeOfAction: '借款合同纠纷' } });
    const c3 = await value<Case>('cases.update', {
      id: c1.id,
      expectedVersion: 2,
      case: {
        ...loan,
        causeOfAction: '借款合同纠纷',
        parties: [...(loan.parties ?? []), { role: '第三人', name: '赵某', kind: 'person' }],
      },
    });
    expect(c3.undoable).toBe(2);
    expect(c3.parties).toHaveLength(3);

    const u1 = await value<Case>('cases.undo', { id: c1.id, expectedVersion: 3 });
    expect(u1.version).toBe(4);
    expect(u1.parties).toEqual(c2.parties);
    expect(u1.causeOfAction).toBe('借款合同纠纷');
    const u2 = await value<Case>('cases.undo', { id: c1.id, expectedVersion: 4 });
    expect(u2.causeOfAction).toBe('民间借贷纠纷');
    expect(u2.undoable).toBe(0);
    const none = await call('cases.undo', { id: c1.id, expectedVersion: 5 });
    expect(!none.ok && none.error.message).toBe('没有可以撤销的修改');
    const stale = await call('cases.undo', { id: c1.id, expectedVersion: 3 });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
  });

  it('searches by case number (either parentheses), party name and cause; filters by procedure, status and filing date', async () => {
    const a = await value<Case>('cases.create', loan);
    await value('cases.create', {
      caseNumber: '（2024）京0105刑初88号',
      causeOfAction: '盗窃罪',
      procedure: 'criminal-fast-track',
      court: '北京市朝阳区人民法院',
      filedOn: '2024-06-10',
      parties: [
        { role: '公诉机关', name: '北京市朝阳区人民检察院', kind: 'legal_person' },
        { role: '被告人', name: '刘某某', kind: 'person' },
      ],
    });
    const numbers = async (payload: object) =>
      (await value<{ items: CaseSummary[] }>('cases.list', payload)).items.map((i) => i.caseNumber);
    expect(await numbers({ query: '王建国' })).toEqual([a.caseNumber]);
    expect(await numbers({ query: '(2024)京0105刑' })).toEqual(['（2024）京0105刑初88号']);
    expect(await numbers({ query: '借贷' })).toEqual([a.caseNumber]);
    expect(await numbers({ query: '某某' })).toHaveLength(2);
    expect(await numbers({ query: '100%' })).toEqual([]);
    expect(await numbers({ procedure: 'criminal-fast-track' })).toEqual(['（2024）京0105刑初88号']);
    expect(await numbers({ filedFrom: '2024-04-01' })).toEqual(['（2024）京0105刑初88号']);
    expect(await numbers({ filedTo: '2024-04-01' })).toEqual([a.caseNumber]);
    expect(await numbers({})).toEqual(['（2024）京0105刑初88号', a.caseNumber]);
    const list = await value<{ items: CaseSummary[] }>('cases.list', {});
    expect(list.items.map((i) => i.partiesLine)).toEqual(['刘某某', '王建国 诉 北京某某商贸有限公司']);
  });

  it('archives and removes only with confirmation; removed cases leave the list and free their number; undo restores', async () => {
    const c = await value<Case>('cases.create', loan);
    const unconfirmed = await call('cases.setStatus', { id: c.id, expectedVersion: 1, status: 'removed' });
    expect(!unconfirmed.ok && unconfirmed.error.message).toContain('请先确认此操作');
    const removed = await value<Case>('cases.setStatus', { id: c.id, expectedVersion: 1, status: 'removed', confirm: true });
    expect(removed.status).toBe('removed');
    expect((await value<{ total: number }>('cases.list', {})).total).toBe(0);
    expect((await value<{ total: number }>('cases.list', { status: 'removed' })).total).toBe(1);
    const editRemoved = await call('cases.update', { id: c.id, expectedVersion: 2, case: loan });
    expect(!editRemoved.ok && editRemoved.error.message).toContain('请先恢复为审理中');
    const back = await value<Case>('cases.undo', { id: c.id, expectedVersion: 2 });
    expect(back.status).toBe('open');
  });

  it('lets an administrator read but not write, and records every write in the audit log', async () => {
    const c = await value<Case>('cases.create', loan);
    expect((await call('cases.list', {}, adminOnly)).ok).toBe(true);
    const denied = await call('cases.create', { ...loan, caseNumber: '（2024）京0105民初1235号' }, adminOnly);
    expect(!denied.ok && denied.error).toEqual({ code: 'FORBIDDEN', message: '当前用户无权执行「新建案件」' });
    await value('cases.update', { id: c.id, expectedVersion: 1, case: { ...loan, court: '北京市东城区人民法院' } });
    const audit = await value<{ entries: Array<{ summary: string; kind: string; caseId: string }> }>('audit.list', {
      caseId: c.id,
    });
    expect(audit.entries.map((e) => e.summary)).toEqual([
      '修改案件（2024）京0105民初1234号：法院',
      '新建案件（2024）京0105民初1234号（民间借贷纠纷）',
    ]);
  });

  it('answers the two cause catalogues with their source', async () => {
    const causes = await value<{ civil: { origin: string; parts: unknown[] }; criminal: { origin: string } }>('cases.causes', {});
    expect(causes.civil.origin).toBe('maintained');
    expect(causes.civil.parts).toHaveLength(11);
    expect(['data-folder', 'maintained']).toContain(causes.criminal.origin);
  });
});

describe('CaseService', () => {
  let tmp: ReturnType<typeof tempDir>;
  let services: Services;
  const judge: Actor = { userId: 'zhang', displayName: '张明', roles: ['judge'], role: 'judge' };
  beforeEach(() => {
    tmp = tempDir();
    mkdirSync(join(tmp.dir, 'models'));
    services = buildServices({
      stores: openStores(join(tmp.dir, 'data')),
      dataDir: join(tmp.dir, 'data'),
      modelsDir: join(tmp.dir, 'models'),
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    void services.inference.close();
    services.stores.close();
    tmp.cleanup();
  });

  it('counts days left against today, and none once closed', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2024, 4, 25, 10));
    const created = services.cases.create(caseInputSchema.parse(loan), judge);
    expect(created.daysLeft).toBe(5);
    expect(created.createdBy).toBe('张明');
    const listed = services.cases.list({ query: '', limit: 10, offset: 0 });
    expect(listed.items[0]?.daysLeft).toBe(5);
    const closed = services.cases.update(
      created.id,
      1,
      caseInputSchema.parse({ ...loan, status: 'closed', closedOn: '2024-05-20' }),
      judge,
    );
    expect(closed.daysLeft).toBeNull();
    expect(services.audit.list({ feature: 'cases' }, 10, 0).entries.map((e) => [e.actor, e.role])).toEqual([
      ['张明', 'judge'],
      ['张明', 'judge'],
    ]);
  });

  it('refuses with the shared Refusal: an unknown case, a stale version', () => {
    const missing = refusalOf(() => services.cases.get('no-such-case'));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: '找不到该案件，可能已被移除' });
    const created = services.cases.create(caseInputSchema.parse(loan), judge);
    services.cases.update(created.id, 1, caseInputSchema.parse({ ...loan, court: '北京市海淀区人民法院' }), judge);
    const stale = refusalOf(() => services.cases.update(created.id, 1, caseInputSchema.parse(loan), judge));
    expect(stale).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/已被张明于.*修改（当前第2版，您编辑的是第1版）/) });
  });

  it('rolls the whole write back when it fails midway', () => {
    const db = services.stores.workspace;
    const input = caseInputSchema.parse(loan);
    db.exec("CREATE TRIGGER fail_claims BEFORE INSERT ON case_claims BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    expect(() => services.cases.create(input, judge)).toThrow('disk full');
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM case_parties').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE feature = 'cases'").pluck().get()).toBe(0);
  });

  it('names the parties by side', () => {
    expect(
      partiesLine([
        { role: '上诉人', name: '甲' },
        { role: '被上诉人', name: '乙' },
        { role: '原审第三人', name: '丙' },
      ]),
    ).toBe('甲 诉 乙');
    expect(
      partiesLine([
        { role: '原告', name: 'A' },
        { role: '原告', name: 'B' },
        { role: '原告', name: 'C' },
        { role: '原告', name: 'D' },
        { role: '被告', name: 'E' },
      ]),
    ).toBe('A、B、C等 诉 E');
  });
});
