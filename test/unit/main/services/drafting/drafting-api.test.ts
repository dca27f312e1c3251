import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallerContext } from '../../../../../main/api/caller';
import { localCaller } from '../../../../../main/api/caller';
import type { Draft } from '../../../../../shared/contract/channels/drafting';
import type { Result } from '../../../../../shared/contract/result';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';
import { loanCase } from './drafting-fixtures';

const caller = localCaller('web');
const adminOnly: CallerContext = { user: '管理员', roles: ['admin'], host: 'web' };

describe('drafting through the api (real stores, dispatcher, audit)', () => {
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
  const newDraft = async (): Promise<Draft> => {
    const c = await value<{ id: string }>('cases.create', loanCase);
    return value<Draft>('drafting.create', { caseId: c.id, type: 'civil-judgment', date: '2026-11-26' });
  };

  it('creates, saves with a version check and exports a DOCX that reads back', async () => {
    const draft = await newDraft();
    const saved = await value<Draft>('drafting.save', {
      id: draft.id,
      expectedVersion: 1,
      sections: [{ key: 'facts', text: '本院经审理认定事实如下：借款属实。' }],
    });
    expect(saved.version).toBe(2);
    const stale = await call('drafting.save', { id: draft.id, expectedVersion: 1, sections: [{ key: 'facts', text: '旧' }] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const exported = await value<{ base64: string; fileName: string }>('drafting.export', { id: draft.id });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(exported.base64, 'base64') })).value;
    expect(text).toContain('本院经审理认定事实如下：借款属实。');
    const list = await value<{ items: Array<{ id: string }> }>('drafting.list', { caseId: draft.caseId });
    expect(list.items.map((i) => i.id)).toEqual([draft.id]);
  });

  it('refuses an administrator and explains bad requests in Chinese', async () => {
    expect(await call('drafting.templates', {}, adminOnly)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await call('drafting.create', { caseId: 'x', type: '起诉状' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('drafting.get', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '文书草稿不存在：nope' },
    });
  });

  it('法律依据 is AI output: audited with 仅供参考, and refused with AI_DISABLED when drafting is switched off', async () => {
    const draft = await newDraft();
    await value('drafting.save', {
      id: draft.id,
      expectedVersion: 1,
      sections: [{ key: 'reasoning', text: '本院认为，依据《中华人民共和国民法典》第六百六十七条，借款应当返还。' }],
    });
    const suggested = await value<{ ai: { notice: string; auditSeq: number; modelId: string } }>('drafting.suggestCitations', {
      id: draft.id,
    });
    expect(suggested.ai.notice).toBe('仅供参考');
    expect(suggested.ai.modelId).toBe('drafting-citations');
    const audit = await value<{ entries: Array<{ seq: number; kind: string; feature: string; caseId: string }> }>('audit.list', {
      feature: 'drafting',
      limit: 50,
      offset: 0,
    });
    expect(audit.entries.find((e) => e.seq === suggested.ai.auditSeq)).toMatchObject({
      kind: 'ai_output',
      feature: 'drafting',
      caseId: draft.caseId,
    });

    await value('settings.ai.set', { scope: 'drafting', enabled: false });
    expect(await call('drafting.suggestCitations', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
    // The manual tools stay: open, edit and export still work with the switch off.
    expect(
      (
        await value<Draft>('drafting.save', {
          id: draft.id,
          expectedVersion: 2,
          sections: [{ key: 'costs', text: '案件受理费2300元，由被告负担。' }],
        })
      ).version,
    ).toBe(3);
  });
});
