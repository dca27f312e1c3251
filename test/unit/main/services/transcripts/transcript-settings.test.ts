import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallerContext } from '../../../../../main/api/caller';
import { localCaller } from '../../../../../main/api/caller';
import { defaultNoticeText } from '../../../../../main/services/transcripts';
import type { Transcript } from '../../../../../shared/contract/channels/transcripts';
import type { Notice, QuickPhrase } from '../../../../../shared/contract/channels/transcripts-settings';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';
import { civilHeader } from './transcript-fixtures';

const clerkA: CallerContext = { user: '书记员甲', roles: ['clerk'], host: 'web' };
const clerkB: CallerContext = { user: '书记员乙', roles: ['clerk'], host: 'web' };
const admin: CallerContext = { user: '管理员', roles: ['admin'], host: 'web' };

async function call<T>(t: TempApp, channel: string, payload: unknown, caller: CallerContext = localCaller('web')): Promise<T> {
  const result = await t.app.invoke(channel, payload, caller);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('quick phrases and notices, stored in the real workspace', () => {
  let t: TempApp;
  beforeEach(() => {
    t = openTempApp();
  });
  afterEach(() => t.cleanup());

  it('gives each clerk the starter list until they save their own, and keeps lists apart', async () => {
    const start = await call<{ phrases: QuickPhrase[]; isDefault: boolean }>(t, 'transcripts.phrases.get', {}, clerkA);
    expect(start.isDefault).toBe(true);
    expect(start.phrases.find((p) => p.abbreviation === 'yg')?.text).toBe('原告');
    const own = [{ abbreviation: 'zx', text: '执行和解协议' }];
    await call(t, 'transcripts.phrases.set', { phrases: own }, clerkA);
    expect(await call(t, 'transcripts.phrases.get', {}, clerkA)).toEqual({ phrases: own, isDefault: false });
    expect((await call<{ isDefault: boolean }>(t, 'transcripts.phrases.get', {}, clerkB)).isDefault).toBe(true);
    const audit = (await call<{ entries: Array<{ summary: string }> }>(t, 'audit.list', { limit: 5 })).entries.map((e) => e.summary);
    expect(audit.some((s) => s.includes('修改笔录常用语'))).toBe(true);
  });

  it('refuses duplicate or non-ASCII abbreviations with a Chinese message and keeps the stored list', async () => {
    const own = [{ abbreviation: 'zx', text: '执行' }];
    await call(t, 'transcripts.phrases.set', { phrases: own }, clerkA);
    const dup = await t.app.invoke('transcripts.phrases.set', { phrases: [...own, { abbreviation: 'zx', text: '再审' }] }, clerkA);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.message).toContain('与第1条重复');
    const chinese = await t.app.invoke('transcripts.phrases.set', { phrases: [{ abbreviation: '原', text: '原告' }] }, clerkA);
    expect(chinese.ok).toBe(false);
    if (!chinese.ok) expect(chinese.error.message).toContain('缩写须以小写字母开头');
    expect((await call<{ phrases: QuickPhrase[] }>(t, 'transcripts.phrases.get', {}, clerkA)).phrases).toEqual(own);
  });

  it('lets only an administrator reword a notice; new transcripts use it, a blank text restores the default', async () => {
    const wording = '现在宣布本院法庭纪律：请关闭手机。{法院}';
    const refused = await t.app.invoke(
      'transcripts.notices.set',
      { procedure: 'civil-simplified', kind: 'discipline', text: wording },
      clerkA,
    );
    expect(refused.ok).toBe(false);
    const { notices } = await call<{ notices: Notice[] }>(
      t,
      'transcripts.notices.set',
      { procedure: 'civil-simplified', kind: 'discipline', text: wording },
      admin,
    );
    const edited = notices.find((n) => n.procedure === 'civil-simplified' && n.kind === 'discipline')!;
    expect(edited.text).toBe(wording);
    expect(edited.edited?.by).toBe('管理员');
    const doc = await call<Transcript>(t, 'transcripts.create', { caseId: 'c1', procedure: 'civil-simplified', header: civilHeader });
    const disciplineTurn = doc.sections.find((s) => s.title === '宣布法庭纪律')!.turns[0]!;
    expect(disciplineTurn.text).toBe(`现在宣布本院法庭纪律：请关闭手机。${civilHeader.court}`);
    // Other procedures keep the bundled wording.
    const other = await call<Transcript>(t, 'transcripts.create', { caseId: 'c1', procedure: 'civil-first-ordinary', header: civilHeader });
    expect(other.sections.find((s) => s.title === '宣布法庭纪律')!.turns[0]!.text).toBe(
      defaultNoticeText('civil-first-ordinary', 'discipline'),
    );
    await call(t, 'transcripts.notices.set', { procedure: 'civil-simplified', kind: 'discipline', text: '  ' }, admin);
    const back = await call<{ notices: Notice[] }>(t, 'transcripts.notices.get', {}, clerkA);
    expect(back.notices.find((n) => n.procedure === 'civil-simplified' && n.kind === 'discipline')).toMatchObject({
      text: defaultNoticeText('civil-simplified', 'discipline'),
      edited: null,
    });
  });

  it('reads the 争议焦点 out in 法庭调查 and prepares a question to each party for each focus', async () => {
    const disputeFocuses = ['借款是否实际交付', '利息约定是否有效。'];
    const doc = await call<Transcript>(t, 'transcripts.create', {
      caseId: 'c1',
      procedure: 'civil-first-ordinary',
      header: civilHeader,
      disputeFocuses,
    });
    const turns = doc.sections.find((s) => s.title === '法庭调查')!.turns;
    const anchor = turns.findIndex((u) => u.text.includes('争议焦点为：'));
    expect(turns[anchor]!.text).toBe('根据双方的诉辩意见，本案的争议焦点为：一、借款是否实际交付；二、利息约定是否有效。');
    const prepared = turns.slice(anchor + 1, anchor + 9).map((u) => `${u.role}${u.name}:${u.text}`);
    expect(prepared).toEqual([
      '审判长王明:关于争议焦点一“借款是否实际交付”，原告有何陈述？请一并说明证据。',
      '原告张三:',
      '审判长王明:被告对此有何意见？',
      '被告李四:',
      '审判长王明:关于争议焦点二“利息约定是否有效。”，原告有何陈述？请一并说明证据。',
      '原告张三:',
      '审判长王明:被告对此有何意见？',
      '被告李四:',
    ]);
  });

  it('adds the focuses at the end of 法庭调查 in a template without an anchor (刑事一审公诉)', async () => {
    const header = {
      ...civilHeader,
      attendees: [
        { role: '公诉人', name: '周检' },
        { role: '被告人', name: '吴某' },
        { role: '辩护人', name: '郑律' },
      ],
    };
    const doc = await call<Transcript>(t, 'transcripts.create', {
      caseId: 'c2',
      procedure: 'criminal-first-public',
      header,
      disputeFocuses: ['是否构成自首'],
    });
    const turns = doc.sections.find((s) => s.title === '法庭调查')!.turns;
    expect(turns.slice(-5).map((u) => u.text)).toEqual([
      '本案的争议焦点为：一、是否构成自首。',
      '关于争议焦点一“是否构成自首”，被告人有何陈述？请一并说明证据。',
      '',
      '辩护人对此有何意见？',
      '',
    ]);
    const without = await call<Transcript>(t, 'transcripts.create', { caseId: 'c2', procedure: 'criminal-first-public', header });
    expect(without.sections.find((s) => s.title === '法庭调查')!.turns.some((u) => u.text.includes('争议焦点'))).toBe(false);
  });
});
