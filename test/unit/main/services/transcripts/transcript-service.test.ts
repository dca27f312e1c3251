import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { CallerContext } from '../../../../../main/api/caller';
import { verifyChain } from '../../../../../main/services/audit/verify-chain';
import type { TranscriptService } from '../../../../../main/services/transcripts';
import type { Transcript, TranscriptOp } from '../../../../../shared/contract/channels/transcripts';
import { applyOpToContent } from '../../../../../shared/domain/transcript-editing';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';
import type { TempServices } from '../../../../helpers/temp-services';
import { actorFor, openTempServices } from '../../../../helpers/temp-services';
import { civilHeader } from './transcript-fixtures';

const web = localCaller('web');
const caseId = 'case-1';

async function call<T>(t: TempApp, channel: string, payload: unknown, caller: CallerContext = web): Promise<T> {
  const result = await t.app.invoke(channel, payload, caller);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('transcripts through the api on a real workspace', () => {
  let t: TempApp;
  let doc: Transcript;
  beforeEach(async () => {
    t = openTempApp();
    doc = await call<Transcript>(t, 'transcripts.create', { caseId, procedure: 'civil-first-ordinary', header: civilHeader });
  });
  afterEach(() => t.cleanup());

  const firstSection = () => doc.sections[0]!;
  const lastTurnId = () => firstSection().turns.at(-1)!.id;

  it('creates the 民事一审普通程序 transcript with its ten sections, notices and names filled in', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      '核对当事人身份',
      '宣布法庭纪律',
      '告知诉讼权利义务',
      '询问是否申请回避',
      '法庭调查',
      '举证质证',
      '法庭辩论',
      '最后陈述',
      '调解意愿',
      '宣判/休庭',
    ]);
    const opening = firstSection().turns[1]!;
    expect(opening).toMatchObject({ role: '审判长', name: '王明' });
    expect(opening.text).toContain('北京市朝阳区人民法院');
    expect(opening.text).toContain('原告张三诉被告李四民间借贷纠纷一案');
    expect(doc.sections[1]!.turns[0]!.text).toMatch(/^现在宣布法庭纪律/);
    expect(doc.sections[2]!.turns[0]!.text).toContain('审判长王明、审判员赵丽、人民陪审员钱进组成合议庭');
    expect(JSON.stringify(doc)).not.toMatch(/\{[^}]*\}"/);
    expect(doc).toMatchObject({ status: 'draft', version: 0, lock: null, amendments: [], caseId });
  });

  it('criminal and simplified templates name their own roles; a missing name shows （未填写）', async () => {
    const criminal = await call<Transcript>(t, 'transcripts.create', {
      caseId,
      procedure: 'criminal-first-public',
      header: {
        ...civilHeader,
        attendees: [
          { role: '公诉人', name: '周检' },
          { role: '被告人', name: '吴某' },
        ],
      },
    });
    const all = criminal.sections.flatMap((s) => s.turns.map((u) => u.text)).join('');
    expect(all).toContain('被告人吴某犯民间借贷一案');
    expect(all).toContain('辩护人（未填写）出庭');
    const simple = await call<Transcript>(t, 'transcripts.create', {
      caseId,
      procedure: 'civil-simplified',
      header: { ...civilHeader, panel: [{ role: '审判员', name: '王明' }] },
    });
    expect(simple.sections[2]!.turns[0]!.text).toContain('由审判员王明独任审理');
    const list = await call<{ transcripts: Array<{ procedure: string }> }>(t, 'transcripts.list', { caseId });
    expect(list.transcripts.map((x) => x.procedure).sort()).toEqual(['civil-first-ordinary', 'civil-simplified', 'criminal-first-public']);
  });

  it('applies a batch of ops in order, journals each, and the editor copy agrees with the stored text', async () => {
    const ops: TranscriptOp[] = [
      { type: 'insertTurn', turnId: 'u1', sectionId: 's1', afterTurnId: lastTurnId(), role: '原告', name: '张三', text: '我', at: 'x' },
      { type: 'updateTurnText', turnId: 'u1', text: '我叫张三〔听不清〕' },
      { type: 'insertTurn', turnId: 'u0', sectionId: 's1', afterTurnId: null, role: '书记员', name: '孙书', text: '开场', at: 'x' },
      { type: 'setSpeaker', turnId: 'u1', role: '被告', name: '李四' },
      { type: 'deleteTurn', turnId: firstSection().turns[2]!.id },
      { type: 'insertSection', sectionId: 'sx', afterSectionId: 's5', title: '补充调查' },
      { type: 'insertTurn', turnId: 'u2', sectionId: 'sx', afterTurnId: null, role: '审判长', name: '王明', text: '补充', at: 'x' },
      { type: 'renameSection', sectionId: 'sx', title: '补充法庭调查' },
      { type: 'updateHeader', header: { place: '第五法庭' } },
    ];
    const reply = await call<{ version: number; applied: number }>(t, 'transcripts.applyOps', {
      transcriptId: doc.id,
      clientId: 'c1',
      ops: ops.map((op, i) => ({ clientSeq: i + 1, op })),
    });
    expect(reply).toMatchObject({ version: ops.length, applied: ops.length, ackedClientSeq: ops.length, duplicates: 0 });
    const stored = await call<Transcript>(t, 'transcripts.get', { transcriptId: doc.id });
    const local = ops.reduce(applyOpToContent, { header: doc.header, sections: doc.sections });
    expect({ header: stored.header, sections: stored.sections }).toEqual(local);
    expect(stored.sections[5]!.title).toBe('补充法庭调查');
    expect(stored.sections[0]!.turns[0]!.text).toBe('开场');
    expect(stored.version).toBe(ops.length);
    const history = await call<{ ops: Array<{ seq: number; summary: string }> }>(t, 'transcripts.history', { transcriptId: doc.id });
    expect(history.ops.map((o) => o.seq)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(history.ops.at(-1)!.summary).toBe('新增发言（原告）');
  });

  it('is idempotent by (transcript, client, clientSeq): a resent batch is not applied twice', async () => {
    const batch = {
      transcriptId: doc.id,
      clientId: 'c1',
      ops: [
        {
          clientSeq: 1,
          op: { type: 'insertTurn', turnId: 'u1', sectionId: 's1', afterTurnId: null, role: '原告', name: '', text: 'a', at: 'x' },
        },
        { clientSeq: 2, op: { type: 'updateTurnText', turnId: 'u1', text: 'ab' } },
      ],
    };
    await call(t, 'transcripts.applyOps', batch);
    const again = await call(t, 'transcripts.applyOps', {
      ...batch,
      ops: [...batch.ops, { clientSeq: 3, op: { type: 'updateTurnText', turnId: 'u1', text: 'abc' } }],
    });
    expect(again).toEqual({ version: 3, ackedClientSeq: 3, applied: 1, duplicates: 2 });
    const stored = await call<Transcript>(t, 'transcripts.get', { transcriptId: doc.id });
    expect(stored.sections[0]!.turns.filter((u) => u.id === 'u1')).toHaveLength(1);
    expect(stored.sections[0]!.turns[0]!.text).toBe('abc');
  });

  it('refuses a batch with an unknown target whole: nothing of it is stored', async () => {
    const result = await t.app.invoke(
      'transcripts.applyOps',
      {
        transcriptId: doc.id,
        clientId: 'c1',
        ops: [
          { clientSeq: 1, op: { type: 'updateTurnText', turnId: lastTurnId(), text: '改了' } },
          { clientSeq: 2, op: { type: 'updateTurnText', turnId: 'nope', text: 'x' } },
        ],
      },
      web,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const stored = await call<Transcript>(t, 'transcripts.get', { transcriptId: doc.id });
    expect(stored.version).toBe(0);
    expect(stored.sections[0]!.turns.at(-1)!.text).toBe(firstSection().turns.at(-1)!.text);
  });

  it('lock refuses further edits with CONFLICT in Chinese; amendments are recorded, shown and audited', async () => {
    await call(t, 'transcripts.applyOps', {
      transcriptId: doc.id,
      clientId: 'c1',
      ops: [{ clientSeq: 1, op: { type: 'updateTurnText', turnId: 's1t3', text: '我叫张三' } }],
    });
    const stale = await t.app.invoke(
      'transcripts.lock',
      { transcriptId: doc.id, expectedVersion: 0, participants: [{ role: '原告', name: '张三' }] },
      web,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const early = await t.app.invoke('transcripts.amend', { transcriptId: doc.id, turnId: 's1t3', after: 'x', reason: 'y' }, web);
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('尚未锁定') } });

    const signers = [
      { role: '原告', name: '张三' },
      { role: '被告', name: '李四' },
    ];
    const locked = await call<Transcript>(t, 'transcripts.lock', { transcriptId: doc.id, expectedVersion: 1, participants: signers });
    expect(locked.status).toBe('locked');
    expect(locked.lock).toMatchObject({ by: '本机用户', participants: signers });

    const refused = await t.app.invoke(
      'transcripts.applyOps',
      { transcriptId: doc.id, clientId: 'c1', ops: [{ clientSeq: 2, op: { type: 'updateTurnText', turnId: 's1t3', text: '悄悄改' } }] },
      web,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/已于 .* 签名锁定，不能再修改/) },
    });
    // A resend of an op acknowledged before the lock still answers ok (nothing new to apply).
    expect(
      await call(t, 'transcripts.applyOps', {
        transcriptId: doc.id,
        clientId: 'c1',
        ops: [{ clientSeq: 1, op: { type: 'updateTurnText', turnId: 's1t3', text: '我叫张三' } }],
      }),
    ).toMatchObject({ applied: 0, duplicates: 1 });
    expect(await t.app.invoke('transcripts.restore', { transcriptId: doc.id, version: 0 }, web)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const amended = await call<Transcript>(t, 'transcripts.amend', {
      transcriptId: doc.id,
      turnId: 's1t3',
      after: '我叫张山',
      reason: '原告指出姓名记录有误',
    });
    const again = await call<Transcript>(t, 'transcripts.amend', {
      transcriptId: doc.id,
      turnId: 's1t3',
      after: '我叫张山。',
      reason: '补标点',
    });
    expect(amended.amendments).toHaveLength(1);
    expect(again.amendments.map((a) => [a.before, a.after, a.reason])).toEqual([
      ['我叫张三', '我叫张山', '原告指出姓名记录有误'],
      ['我叫张山', '我叫张山。', '补标点'],
    ]);
    // The signed text itself is unchanged.
    expect(again.sections[0]!.turns[2]!.text).toBe('我叫张三');

    const audit = await call<{ entries: Array<{ summary: string; feature: string; seq: number; caseId: string }> }>(t, 'audit.list', {
      feature: 'transcript',
    });
    expect(audit.entries.map((e) => e.summary)).toEqual([
      expect.stringContaining('更正庭审笔录'),
      expect.stringContaining('更正庭审笔录'),
      expect.stringMatching(/^锁定庭审笔录.*签名人：原告张三、被告李四/),
    ]);
    expect(again.amendments[1]!.auditSeq).toBe(audit.entries[0]!.seq);
    expect(audit.entries[0]!.caseId).toBe(caseId);
    expect(await call(t, 'audit.verify', {})).toMatchObject({ intact: true });
  });

  it('answers NOT_FOUND for an unknown transcript and FORBIDDEN for an admin-only caller', async () => {
    expect(await t.app.invoke('transcripts.get', { transcriptId: 'nope' }, web)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const admin: CallerContext = { user: '管理员', roles: ['admin'], host: 'web' };
    expect(await t.app.invoke('transcripts.get', { transcriptId: doc.id }, admin)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const clerk: CallerContext = { user: '孙书', roles: ['clerk'], host: 'web' };
    expect(await t.app.invoke('transcripts.get', { transcriptId: doc.id }, clerk)).toMatchObject({ ok: true });
  });
});

describe('version history and restore', () => {
  let t: TempServices;
  let service: TranscriptService;
  const actor = actorFor('孙书', 'clerk');
  beforeEach(() => {
    t = openTempServices();
    service = t.services.transcripts;
  });
  afterEach(() => t.cleanup());

  it('keeps a version every N ops, restores one as a new op, and keeps every version', () => {
    const n = service.snapshotEvery;
    const last = 2 * n + 2;
    const doc = service.create({ caseId, procedure: 'civil-simplified', header: civilHeader }, actor);
    service.applyOps(
      doc.id,
      'c',
      [
        {
          clientSeq: 1,
          op: { type: 'insertTurn', turnId: 'u', sectionId: 's5', afterTurnId: null, role: '原告', name: '张三', text: '', at: 'x' },
        },
      ],
      actor,
    );
    const edits = Array.from({ length: last - 1 }, (_, k) => k + 2);
    service.applyOps(
      doc.id,
      'c',
      edits.map((i) => ({ clientSeq: i, op: { type: 'updateTurnText' as const, turnId: 'u', text: `第${i}次` } })),
      actor,
    );
    let history = service.history(doc.id, 100);
    expect(history.versions.map((v) => [v.version, v.reason])).toEqual([
      [2 * n, 'auto'],
      [n, 'auto'],
      [0, 'create'],
    ]);
    const restored = service.restore(doc.id, n, actor);
    expect(restored.sections[4]!.turns[0]!.text).toBe(`第${n}次`);
    expect(restored.version).toBe(last + 1);
    history = service.history(doc.id, 100);
    expect(history.versions.map((v) => [v.version, v.reason])).toEqual([
      [last, 'before-restore'],
      [2 * n, 'auto'],
      [n, 'auto'],
      [0, 'create'],
    ]);
    expect(history.ops[0]).toMatchObject({ seq: last + 1, type: 'restore', summary: `恢复至第 ${n} 版`, actor: '孙书' });
    // Going back to the state before the restore is itself possible.
    expect(service.restore(doc.id, last, actor).sections[4]!.turns[0]!.text).toBe(`第${last}次`);
    expect(() => service.restore(doc.id, 7, actor)).toThrow('笔录没有第 7 版');
    expect(verifyChain(t.services.audit)).toMatchObject({ intact: true });
  });

  it('reads the 争议焦点 back as the transcript now words them', () => {
    const doc = service.create(
      { caseId, procedure: 'civil-first-ordinary', header: civilHeader, disputeFocuses: ['借款是否实际交付', '利息约定是否有效。'] },
      actor,
    );
    expect(service.disputeFocuses(doc.id)).toEqual(['借款是否实际交付', '利息约定是否有效']);
    const anchor = doc.sections.flatMap((s) => s.turns).find((u) => u.text.includes('争议焦点为：'))!;
    const text = anchor.text.replace('利息约定是否有效。', '利息约定是否有效；三、是否已部分还款。');
    service.applyOps(doc.id, 'c', [{ clientSeq: 1, op: { type: 'updateTurnText', turnId: anchor.id, text } }], actor);
    expect(service.disputeFocuses(doc.id)).toEqual(['借款是否实际交付', '利息约定是否有效', '是否已部分还款']);
    const plain = service.create({ caseId, procedure: 'civil-first-ordinary', header: civilHeader }, actor);
    expect(service.disputeFocuses(plain.id)).toEqual([]);
  });
});
