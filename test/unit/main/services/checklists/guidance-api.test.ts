// 证据指引, 回填, 繁简分流 and 送达地址 through the real api on a real workspace, over the demo
// 民间借贷 dossier (resources/demo/sources, imported as TXT and catalogued by the dossier rules).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { CallerContext } from '../../../../../main/api/caller';
import type { Result } from '../../../../../shared/contract/result';
import { demoLoanCaseInput, importDemoDossier } from '../../../../helpers/demo-dossier';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';

const caller = localCaller('web');
const clerkOnly: CallerContext = { user: '李书记员', roles: ['clerk'], host: 'web' };

/* eslint-disable @typescript-eslint/no-explicit-any -- responses are checked field by field below */
describe('case guidance over the demo dossier (real workspace, real api)', () => {
  let t: TempApp;
  let caseId: string;
  const call = async (channel: string, payload: unknown, who: CallerContext = caller) =>
    (await t.app.invoke(channel, payload, who)) as Result<any>;
  const value = async (channel: string, payload: unknown, who: CallerContext = caller) => {
    const r = await call(channel, payload, who);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  };

  beforeAll(async () => {
    t = openTempApp();
    const created = await value('cases.create', demoLoanCaseInput());
    caseId = created.id;
    const { outcomes } = await importDemoDossier((channel, payload) => value(channel, payload, clerkOnly), caseId);
    expect(outcomes.filter((o: any) => o.status !== 'imported').map((o: any) => `${o.fileName}: ${o.message}`)).toEqual([]);
  }, 60_000);
  afterAll(() => t?.cleanup());

  it('suggests each 民间借贷 item from the dossier with the supporting document, labelled 仅供参考 and audited', async () => {
    const g = await value('checklists.forCase', { caseId });
    expect(g.checklist).toMatchObject({ id: 'private-lending', cause: '民间借贷纠纷' });
    expect(g.reason).toContain('民间借贷纠纷');
    expect(g.ai.notice).toBe('仅供参考');
    const item = (id: string) => g.items.find((i: any) => i.id === id);
    // The 借条 itself first; then where it is only named (证据目录, 起诉状).
    expect(item('agreement').suggestion).toBe('found');
    expect(item('agreement').evidence.map((e: any) => [e.fileName, e.keyword])).toEqual([
      ['06-借条.txt', '借条'],
      ['05-证据目录.txt', '借条'],
      ['01-民事起诉状.txt', '借条'],
    ]);
    expect(item('delivery').suggestion).toBe('found');
    expect(item('parties').evidence[0]).toMatchObject({ category: '身份证明' });
    expect(item('guarantee').suggestion).toBe('none');
    const audit = await value('audit.list', { caseId, kind: 'ai_output' });
    expect(audit.entries[0]).toMatchObject({ feature: 'evidenceGuidance', seq: g.ai.auditSeq });
  });

  it('the judge marks an item and dismisses a prompt: both stored, both audited as decisions, flags follow', async () => {
    const before = await value('checklists.forCase', { caseId });
    const term = before.items.find((i: any) => i.id === 'term');
    await value('checklists.mark', {
      caseId,
      checklistId: 'private-lending',
      itemId: 'delivery',
      status: 'missing',
      note: '转账凭证与借条金额不符',
    });
    const afterMark = await value('checklists.forCase', { caseId });
    const delivery = afterMark.items.find((i: any) => i.id === 'delivery');
    expect(delivery).toMatchObject({ mark: { status: 'missing', note: '转账凭证与借条金额不符' }, flagged: true });
    await value('checklists.dismiss', { caseId, checklistId: 'private-lending', itemId: 'delivery', reason: '当庭补交' });
    const afterDismiss = await value('checklists.forCase', { caseId });
    expect(afterDismiss.items.find((i: any) => i.id === 'delivery')).toMatchObject({ flagged: false, dismissed: true });
    expect(afterDismiss.flaggedCount).toBe(afterMark.flaggedCount - 1);
    expect(term.required).toBe(true);
    const decisions = await value('audit.list', { caseId, kind: 'decision', feature: 'evidenceGuidance' });
    expect(decisions.entries.map((e: any) => e.summary)).toEqual([
      expect.stringContaining('忽略证据缺失提示'),
      expect.stringContaining('标记为缺失'),
    ]);
  });

  it('refuses an unknown item in Chinese, and an administrator-only caller may not mark', async () => {
    const r = await call('checklists.mark', { caseId, checklistId: 'private-lending', itemId: 'nope', status: 'satisfied' });
    expect(!r.ok && r.error).toMatchObject({ code: 'NOT_FOUND', message: '清单「民间借贷纠纷」中没有条目「nope」' });
    const admin = await call(
      'checklists.mark',
      { caseId, checklistId: 'private-lending', itemId: 'term', status: 'satisfied' },
      { user: '管理员', roles: ['admin'], host: 'web' },
    );
    expect(!admin.ok && admin.error.code).toBe('FORBIDDEN');
  });

  it('switched off, evidence guidance answers AI_DISABLED and marks still work', async () => {
    await value('settings.ai.set', { scope: 'evidenceGuidance', enabled: false });
    const r = await call('checklists.forCase', { caseId });
    expect(!r.ok && r.error.code).toBe('AI_DISABLED');
    await value('checklists.mark', { caseId, checklistId: 'private-lending', itemId: 'term', status: 'satisfied' });
    await value('settings.ai.set', { scope: 'evidenceGuidance', enabled: true });
  });

  it("backfill proposes the complaint's parties and claims with spans, the ID number from the identity copy", async () => {
    const r = await value('backfill.propose', { caseId });
    const zhou = r.proposals.parties.find((p: any) => p.name.value === '周晓岚');
    expect(zhou).toMatchObject({
      role: { value: '原告' },
      gender: { value: '女' },
      birthDate: { value: '1986-03-12' },
      idNumber: { value: '110105198603120028', problem: null },
    });
    const idSource = r.texts.find((x: any) => x.documentId === zhou.idNumber.source.documentId);
    expect(idSource.text.slice(zhou.idNumber.source.start, zhou.idNumber.source.end)).toBe('110105198603120028');
    expect(r.proposals.claims[0]).toMatchObject({ amount: { value: 80000 } });
    expect(r.ai).toMatchObject({ modelId: 'backfill-rules', notice: '仅供参考' });
    const unchanged = await value('cases.get', { id: caseId });
    expect(unchanged.version).toBe(1); // nothing saved until the user confirms in the form
  });

  it('each AI switch governs its own output; a bad request is refused in Chinese and nothing is written', async () => {
    await value('settings.ai.set', { scope: 'backfill', enabled: false });
    expect(await call('backfill.propose', { caseId })).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    expect(await call('serviceAddress.recommend', { caseId })).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    await value('settings.ai.set', { scope: 'backfill', enabled: true });
    await value('settings.ai.set', { scope: 'triage', enabled: false });
    expect(await call('triage.assess', { caseId })).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    await value('settings.ai.set', { scope: 'triage', enabled: true });

    const before = (await value('audit.list', {})).total;
    const both = await call('backfill.propose', { caseId, documents: [] });
    expect(!both.ok && both.error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('请给出案件编号或待识别的文书之一'),
    });
    const badConfig = await call('triage.config.set', { config: { threshold: -1 } });
    expect(!badConfig.ok && badConfig.error.code).toBe('VALIDATION');
    const missingCase = await call('triage.assess', { caseId: 'no-such-case' });
    expect(!missingCase.ok && missingCase.error.code).toBe('NOT_FOUND');
    expect((await value('audit.list', {})).total).toBe(before);
  });

  it('service addresses: the party-confirmed 送达地址确认书 first, with source, date and reason', async () => {
    const r = await value('serviceAddress.recommend', { caseId });
    const first = r.candidates[0];
    expect(first).toMatchObject({ kind: 'address', party: '周晓岚', sourceKind: 'confirmation', date: '2026-01-08', rank: 1 });
    expect(first.reason).toContain('送达地址确认书');
    expect(r.candidates.some((c: any) => c.kind === 'phone' && c.value === '13900005678' && c.party === '吴建平')).toBe(true);
    // The same address on her ID card adds nothing to try: listed once, where it ranks highest.
    expect(r.candidates.filter((c: any) => c.kind === 'address' && c.party === '周晓岚')).toHaveLength(1);
  });

  it('triage: 简 with every reason shown; the administrator lowers the threshold and the same case becomes 繁', async () => {
    const r = await value('triage.assess', { caseId });
    expect(r.track).toBe('简');
    // The demo defence says the claimed sum 有误: a contested fact, shown with its document.
    expect(r.reasons.find((x: any) => x.feature === 'contestedFacts')).toMatchObject({
      points: 2,
      source: { fileName: '08-民事答辩状.txt' },
    });
    expect(r.reasons.map((x: any) => x.feature)).toEqual([
      'parties',
      'claimAmount',
      'cause',
      'counterclaim',
      'evidenceVolume',
      'contestedFacts',
      'foreignElement',
      'unknownWhereabouts',
    ]);
    const config = await value('triage.config.get', {});
    const refused = await call('triage.config.set', { config: { ...config, threshold: 0 } }, clerkOnly);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    await value('triage.config.set', { config: { ...config, threshold: r.score } });
    expect((await value('triage.assess', { caseId })).track).toBe('繁');
    const settings = await value('audit.list', { kind: 'settings', feature: 'triage' });
    expect(settings.entries[0].summary).toContain(`繁案门槛 5 → ${r.score}`);
    await value('triage.config.set', { config });
  });
});
