import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import Database from 'better-sqlite3-multiple-ciphers';
import { Refusal } from '../../../../shared/contract/refusal';
import type { CallerContext } from '../../../../main/api/caller';
import { localCaller } from '../../../../main/api/caller';
import type { Api } from '../../../../main/api/dispatch';
import { createApi } from '../../../../main/api/dispatch';
import { route } from '../../../../main/api/route';
import { routes } from '../../../../main/api/routes';
import type { Services } from '../../../../main/api/services';
import { buildServices } from '../../../../main/app';
import { openStores } from '../../../../main/store/stores';
import { aiOutputSchema, allRoles, defineChannel } from '../../../../shared/contract';
import type { AiOutputDraft } from '../../../../shared/contract';
import type { AuditEntry } from '../../../../shared/contract/channels/audit';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp, tempDir } from '../../../helpers/temp-app';

const web = localCaller('web');
const clerkOnly: CallerContext = { user: '李书记员', roles: ['clerk'], host: 'web' };

describe('dispatch through openApp and the real routes', () => {
  let t: TempApp;
  beforeEach(() => {
    t = openTempApp();
  });
  afterEach(() => t.cleanup());

  it('answers system.info', async () => {
    expect(await t.app.invoke('system.info', {}, web)).toEqual({
      ok: true,
      value: {
        appVersion: expect.any(String),
        offline: true,
        host: 'web',
        knowledgeVersion: null,
        user: { name: '本机用户', roles: ['judge', 'clerk', 'admin'] },
      },
    });
  });

  it.each(['no.such.channel', '', '__proto__', 'constructor', 'toString', 'system.info '])(
    'refuses unknown channel %j with UNKNOWN_CHANNEL',
    async (name) => {
      const result = await t.app.invoke(name, {}, web);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(!result.ok && result.error.message).toMatch(/未知的接口/);
    },
  );

  it('refuses a bad payload with VALIDATION and a Chinese message naming the field', async () => {
    const result = await t.app.invoke('settings.ai.set', { scope: 'lawPush', enabled: 'yes' }, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).toContain('「设置AI辅助开关」的参数不正确');
    expect(message).toContain('enabled');
    expect(message).toMatch(/期望 boolean/);
    expect(message).not.toContain('scope');

    const nested = await t.app.invoke('audit.list', { limit: 0, from: '26-11-2026' }, web);
    expect(nested).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!nested.ok && nested.error.message).toMatch(/limit：.*from：日期格式应为 YYYY-MM-DD|from：日期格式应为 YYYY-MM-DD.*limit/);

    const extra = await t.app.invoke('system.info', { sneaky: 1 }, web);
    expect(!extra.ok && extra.error.message).toContain('sneaky');
    // Nothing was stored by the refused change.
    expect((await t.app.invoke('audit.list', {}, web)) as unknown).toMatchObject({ value: { total: 0 } });
  });

  it('a valid settings change goes through and is audited', async () => {
    expect(await t.app.invoke('settings.ai.set', { scope: 'lawPush', enabled: false }, web)).toMatchObject({
      ok: true,
      value: { global: true, features: { lawPush: false } },
    });
    const list = await t.app.invoke('audit.list', { kind: 'settings' }, web);
    expect(list).toMatchObject({ ok: true, value: { total: 1, entries: [{ actor: '本机用户', role: 'judge' }] } });
  });

  it('recordDecision on a seq that is not an AI output is NOT_FOUND', async () => {
    await t.app.invoke('settings.ai.set', { scope: 'global', enabled: true }, web);
    for (const outputSeq of [1, 99]) {
      const result = await t.app.invoke('audit.recordDecision', { outputSeq, decision: 'accepted' }, web);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(!result.ok && result.error.message).toContain(`第 ${outputSeq} 条AI输出`);
    }
  });
});

// ---- Test channels: real definitions with zod schemas, served beside the real routes. ----

const judgeOnly = defineChannel({
  name: 'test.judgeOnly',
  title: '仅限法官的操作',
  request: z.object({ caseId: z.string().min(1) }).strict(),
  response: z.object({ done: z.literal(true) }),
  roles: ['judge'],
});

const lawPushTest = defineChannel({
  name: 'test.lawPush',
  title: '法条推送（测试）',
  request: z.object({ caseId: z.string(), facts: z.string(), tags: z.array(z.string()).default([]) }).strict(),
  response: z.object({ items: z.array(z.string()), ai: aiOutputSchema }),
  roles: allRoles,
  aiFeature: 'lawPush',
});

const lawPushBroken = defineChannel({
  name: 'test.lawPushBroken',
  title: '法条推送（坏输出）',
  request: z.object({ mode: z.enum(['noAi', 'nanConfidence', 'badItems']) }).strict(),
  response: z.object({ items: z.array(z.string()), ai: aiOutputSchema }),
  roles: allRoles,
  aiFeature: 'lawPush',
});

const failing = defineChannel({
  name: 'test.failing',
  title: '会失败的操作',
  request: z
    .object({ mode: z.enum(['error', 'apiFailure', 'badResponse', 'throwString', 'reject', 'readonlyDb', 'diskFull', 'noSpace']) })
    .strict(),
  response: z.object({ n: z.number() }),
  roles: allRoles,
});

type AiDraftResult = { items: string[]; caseId: string; ai: AiOutputDraft };

const model = { modelId: 'law-bert', modelVersion: '1.0.0', modelSha256: 'ab'.repeat(32) };

describe('dispatch with test channels (createApi)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let services: Services;
  let api: Api;
  let calls: { judgeOnly: number; lawPush: number; broken: number };

  beforeEach(() => {
    tmp = tempDir();
    mkdirSync(join(tmp.dir, 'models'));
    const stores = openStores(join(tmp.dir, 'data'));
    services = buildServices({ stores, dataDir: join(tmp.dir, 'data'), modelsDir: join(tmp.dir, 'models') });
    calls = { judgeOnly: 0, lawPush: 0, broken: 0 };
    api = createApi(services, [
      ...routes,
      route(judgeOnly, () => {
        calls.judgeOnly += 1;
        return { done: true as const };
      }),
      // `as never`: route()'s HandlerResult cannot see aiFeature through defineChannel (it is
      // widened to AiFeature | undefined), so it wants notice/auditSeq from the handler.
      route(lawPushTest, (request) => {
        calls.lawPush += 1;
        const draft: AiDraftResult = {
          items: [`《民法典》第${request.facts.length}条`],
          caseId: request.caseId,
          ai: { ...model, confidence: 0.82, summary: `推送 1 条法条：${request.caseId}` },
        };
        return draft as never;
      }),
      route(lawPushBroken, (request) => {
        calls.broken += 1;
        if (request.mode === 'noAi') return { items: ['x'] } as never;
        if (request.mode === 'nanConfidence') return { items: ['x'], ai: { ...model, confidence: Number.NaN, summary: 's' } } as never;
        return { items: [42], ai: { ...model, confidence: 0.5, summary: 's' } } as never;
      }),
      route(failing, (request) => {
        if (request.mode === 'error') throw new Error('磁盘已满');
        if (request.mode === 'apiFailure') throw new Refusal('CONFLICT', '案件已被他人锁定', 'expectedVersion');
        if (request.mode === 'throwString') throw 'plain string';
        if (request.mode === 'reject') return Promise.reject(new Refusal('NOT_FOUND', '没有这个案件'));
        if (request.mode === 'readonlyDb') {
          const readonly = new Database(join(tmp.dir, 'data', 'workspace.db'), { readonly: true });
          try {
            readonly.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
          } finally {
            readonly.close();
          }
        }
        if (request.mode === 'diskFull') throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
        if (request.mode === 'noSpace')
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/data/archives/x.pdf' });
        return { n: 'not a number' } as never;
      }),
    ]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    services.stores.close();
    tmp.cleanup();
  });

  const auditTotal = () => services.stores.workspace.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const setSwitch = async (scope: string, enabled: boolean) =>
    expect(await api.invoke('settings.ai.set', { scope, enabled }, web)).toMatchObject({ ok: true });

  it('a caller without an allowed role gets FORBIDDEN and the handler does not run', async () => {
    const result = await api.invoke('test.judgeOnly', { caseId: 'c1' }, clerkOnly);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!result.ok && result.error.message).toContain('仅限法官的操作');
    expect(calls.judgeOnly).toBe(0);
    // The role check comes before validation: a clerk learns nothing about the schema.
    expect(await api.invoke('test.judgeOnly', { bad: true }, clerkOnly)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await api.invoke('test.judgeOnly', { caseId: 'c1' }, { ...clerkOnly, roles: ['clerk', 'judge'] })).toEqual({
      ok: true,
      value: { done: true },
    });
    expect(calls.judgeOnly).toBe(1);
  });

  it('AI output switched on: notice 仅供参考 and auditSeq of an ai_output entry with the request digest', async () => {
    const payload = { facts: '借款未还', caseId: '(2026)京0105民初123号' };
    const result = await api.invoke('test.lawPush', payload, web);
    expect(result).toEqual({
      ok: true,
      value: {
        items: ['《民法典》第4条'],
        ai: { ...model, confidence: 0.82, summary: '推送 1 条法条：(2026)京0105民初123号', notice: '仅供参考', auditSeq: 1 },
      },
    });
    expect(calls.lawPush).toBe(1);
    const entry = services.audit.get(1)!;
    // The digest is of the validated request (defaults applied), in canonical form.
    const parsed = { caseId: payload.caseId, facts: payload.facts, tags: [] };
    const digest = createHash('sha256').update(canonicalJson(parsed)).digest('hex');
    expect(entry).toMatchObject({
      kind: 'ai_output',
      feature: 'lawPush',
      caseId: '(2026)京0105民初123号',
      actor: '本机用户',
      role: 'judge',
      summary: '推送 1 条法条：(2026)京0105民初123号',
      payload: { ...model, confidence: 0.82, inputDigest: digest },
    });
    expect(digest).toBe(createHash('sha256').update('{"caseId":"(2026)京0105民初123号","facts":"借款未还","tags":[]}').digest('hex'));
  });

  it('the input digest does not depend on key order and differs for different input', async () => {
    await api.invoke('test.lawPush', { caseId: 'c', facts: 'f', tags: ['a'] }, web);
    await api.invoke('test.lawPush', { tags: ['a'], facts: 'f', caseId: 'c' }, web);
    await api.invoke('test.lawPush', { tags: ['a'], facts: 'g', caseId: 'c' }, web);
    const [a, b, c] = [1, 2, 3].map((s) => services.audit.get(s)!.payload.inputDigest);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it.each([
    ['global', 'global'],
    ['the feature', 'lawPush'],
  ])('AI output switched off (%s): AI_DISABLED, handler not called, nothing audited', async (_label, scope) => {
    await setSwitch(scope, false);
    const before = auditTotal();
    const result = await api.invoke('test.lawPush', { caseId: 'c', facts: 'f' }, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    expect(!result.ok && result.error.message).toContain('法条推送');
    expect(calls.lawPush).toBe(0);
    expect(auditTotal()).toBe(before);
    // Back on: works again.
    await setSwitch(scope, true);
    expect(await api.invoke('test.lawPush', { caseId: 'c', facts: 'f' }, web)).toMatchObject({ ok: true });
    expect(calls.lawPush).toBe(1);
  });

  it('another feature switched off does not block lawPush', async () => {
    await setSwitch('similarCases', false);
    expect(await api.invoke('test.lawPush', { caseId: 'c', facts: 'f' }, web)).toMatchObject({ ok: true });
  });

  it('recordDecision links a decision entry to the AI output, same feature and case', async () => {
    const out = await api.invoke('test.lawPush', { caseId: '案-7', facts: '事实' }, web);
    const seq = out.ok ? (out.value as { ai: { auditSeq: number } }).ai.auditSeq : -1;
    const result = await api.invoke('audit.recordDecision', { outputSeq: seq, decision: 'edited', note: '改了一条' }, web);
    expect(result.ok).toBe(true);
    const decision = (result as { value: AuditEntry }).value;
    expect(decision).toMatchObject({
      seq: seq + 1,
      kind: 'decision',
      feature: 'lawPush',
      caseId: '案-7',
      actor: '本机用户',
      summary: '修改后采纳：推送 1 条法条：案-7',
      payload: { outputSeq: seq, decision: 'edited', note: '改了一条' },
      prevHash: services.audit.get(seq)!.hash,
    });
    expect(services.audit.get(seq + 1)).toEqual(decision);
  });

  it('recordDecision on a decision entry (not an AI output) is NOT_FOUND', async () => {
    await api.invoke('test.lawPush', { caseId: 'c', facts: 'f' }, web);
    await api.invoke('audit.recordDecision', { outputSeq: 1, decision: 'accepted' }, web);
    expect(await api.invoke('audit.recordDecision', { outputSeq: 2, decision: 'rejected' }, web)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('a handler throwing an Error answers INTERNAL with its message', async () => {
    const result = await api.invoke('test.failing', { mode: 'error' }, web);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '「会失败的操作」执行失败：磁盘已满' } });
    expect(await api.invoke('test.failing', { mode: 'throwString' }, web)).toMatchObject({
      error: { code: 'INTERNAL', message: expect.stringContaining('plain string') },
    });
  });

  it('raw SQLite and disk errors answer in Chinese words a user can act on', async () => {
    const readonly = await api.invoke('test.failing', { mode: 'readonlyDb' }, web);
    expect(readonly).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('数据库为只读，未能保存') } });
    expect(await api.invoke('test.failing', { mode: 'diskFull' }, web)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '「会失败的操作」未完成：磁盘空间已满，未能保存：请清理磁盘后重试，已保存的数据未受影响' },
    });
    const noSpace = await api.invoke('test.failing', { mode: 'noSpace' }, web);
    expect(!noSpace.ok && noSpace.error.message).toBe(
      '「会失败的操作」未完成：磁盘空间已满，未能写入文件：请清理磁盘后重试（/data/archives/x.pdf）',
    );
  });

  it('a handler throwing or rejecting with a Refusal answers with its code, message and field', async () => {
    expect(await api.invoke('test.failing', { mode: 'apiFailure' }, web)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '案件已被他人锁定', field: 'expectedVersion' },
    });
    expect(await api.invoke('test.failing', { mode: 'reject' }, web)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有这个案件' },
    });
  });

  it('a handler answering outside its response schema gives INTERNAL', async () => {
    const result = await api.invoke('test.failing', { mode: 'badResponse' }, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toContain('不符合接口约定');
  });

  it.each(['noAi', 'nanConfidence'])(
    'an AI handler whose output breaks the contract (%s) gives INTERNAL, never rejects, audits nothing unseen',
    async (mode) => {
      const result = await api.invoke('test.lawPushBroken', { mode }, web);
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(!result.ok && result.error.message).toContain('不符合接口约定');
      expect(calls.broken).toBe(1);
      expect(auditTotal()).toBe(0);
    },
  );

  it('an AI handler answering outside its response schema gives INTERNAL', async () => {
    const result = await api.invoke('test.lawPushBroken', { mode: 'badItems' }, web);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toContain('不符合接口约定');
  });
});
