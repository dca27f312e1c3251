import { readFileSync, writeFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptHeader } from '../../shared/contract/channels/transcripts';
import { transcriptsAmend, transcriptsApplyOps, transcriptsCreate, transcriptsLock } from '../../shared/contract/channels/transcripts';
import { readNetGuardLog } from '../net-guard/read-log';
import { chooseOption } from './pages/ant-select';
import { ShellPage, waitForText } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';
import { createCase, invokeApi } from './support/api';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';
import type { WebHostProcess } from './support/web-host-process';

let desk: JudgeDesk;
let host: WebHostProcess;
let page: Page;
let transcript: TranscriptPage;
let consoleErrors: string[];

interface TypedTurn {
  id: string;
  role: string;
  text: string;
}

/** The 民事一审普通程序 header the start dialog makes from the fields the first test types. */
const hearing = (caseNumber: string): TranscriptHeader => ({
  court: '北京市朝阳区人民法院',
  caseNumber,
  causeOfAction: '民间借贷',
  startedAt: '2026-11-26 09:30',
  place: '第三法庭',
  panel: [{ role: '审判长', name: '王明' }],
  clerk: '孙书',
  attendees: [
    { role: '原告', name: '张三' },
    { role: '被告', name: '李四' },
  ],
});

/** The three turns a clerk types into 法庭调查 (审判长, 原告, 审判长; an inaudible passage marked in the last). */
const hearingTurns = [
  { role: '审判长', name: '王明', text: '原告，请陈述你的诉讼请求及事实和理由。' },
  { role: '原告', name: '张三', text: '请求判令被告偿还借款本金十万元及利息。' },
  { role: '审判长', name: '王明', text: '被告对原告的陈述有何意见？〔听不清〕' },
];
const signers = [
  { role: '审判长', name: '王明' },
  { role: '原告', name: '张三' },
  { role: '被告', name: '李四' },
];

/**
 * A transcript of this test's own (`n` makes its 案号), brought through the API to where the
 * test starts — `empty` (as the template makes it), `typed` (the three turns in 法庭调查),
 * `locked` (signed by 审判长, 原告 and 被告), `amended` (原告's turn corrected after the lock) —
 * and opened in the editor. Answers the typed turns.
 */
async function openTranscript(n: number, stage: 'empty' | 'typed' | 'locked' | 'amended'): Promise<TypedTurn[]> {
  const doc = await invokeApi(host, transcriptsCreate, {
    caseId: `(2026)京0105民初${n}号`,
    procedure: 'civil-first-ordinary',
    header: hearing(`(2026)京0105民初${n}号`),
  });
  const typed: TypedTurn[] = [];
  if (stage !== 'empty') {
    const section = doc.sections.find((s) => s.title === '法庭调查')!;
    let after = section.turns.at(-1)?.id ?? null;
    const ops = hearingTurns.map((turn, i) => {
      const turnId = `seed${n}t${i}`;
      const op = { type: 'insertTurn' as const, turnId, sectionId: section.id, afterTurnId: after, ...turn, at: '2026-11-26T01:30:00Z' };
      after = turnId;
      typed.push({ id: turnId, role: turn.role, text: turn.text });
      return { clientSeq: i + 1, op };
    });
    const { version } = await invokeApi(host, transcriptsApplyOps, { transcriptId: doc.id, clientId: 'seed', ops });
    if (stage === 'locked' || stage === 'amended') {
      await invokeApi(host, transcriptsLock, { transcriptId: doc.id, expectedVersion: version, participants: signers });
    }
    if (stage === 'amended') {
      await invokeApi(host, transcriptsAmend, {
        transcriptId: doc.id,
        turnId: typed[1]!.id,
        after: '请求判令被告偿还借款本金十万元及逾期利息。',
        reason: '原告当庭指出“逾期利息”漏记',
      });
    }
  }
  await desk.reopen('transcripts', { id: doc.id });
  await transcript.editor().waitFor();
  return typed;
}

/** Takes `typed`'s last turn through the quick phrase "bg" + Space (→ 被告), as a clerk types it. */
async function expandQuickPhrase(typed: TypedTurn[]): Promise<Locator> {
  const last = (await transcript.revealTurn(typed[2]!.id)).getByTestId('transcript-turn-text');
  await last.click();
  await page.keyboard.press('End');
  // "bg" + Space: the starter list's abbreviation for 被告.
  await page.keyboard.type('bg');
  await page.keyboard.press('Space');
  typed[2]!.text += '被告';
  return last;
}

/**
 * A 民间借贷 case (简易程序, 审判员 周正, 书记员 吴记, 原告 陈甲 with 郑律师, 被告 某某商贸有限公司) and
 * its transcript started as the start dialog does from the case record, with one 争议焦点;
 * opened in the editor.
 */
async function openTranscriptFromCase(): Promise<void> {
  const record = await createCase(host, {
    caseNumber: '(2026)京0105民初5679号',
    causeOfAction: '民间借贷纠纷',
    procedure: 'civil-simple',
    court: '北京市朝阳区人民法院',
    panel: { presidingJudge: '周正', judges: [], assessors: [], clerk: '吴记' },
    parties: [
      { role: '原告', name: '陈甲', kind: 'person', agent: '郑律师' },
      { role: '被告', name: '某某商贸有限公司', kind: 'legal_person' },
    ],
  });
  const doc = await invokeApi(host, transcriptsCreate, {
    caseId: record.id,
    procedure: 'civil-simplified',
    header: {
      court: '北京市朝阳区人民法院',
      // The case record keeps 案号 with full-width parentheses (normalised by the cases service).
      caseNumber: record.caseNumber,
      causeOfAction: '民间借贷纠纷',
      startedAt: '',
      place: '',
      panel: [{ role: '审判员', name: '周正' }],
      clerk: '吴记',
      attendees: [
        { role: '原告', name: '陈甲' },
        { role: '原告委托诉讼代理人', name: '郑律师' },
        { role: '被告', name: '某某商贸有限公司' },
      ],
    },
    disputeFocuses: ['借款是否实际交付'],
  });
  await desk.reopen('transcripts', { id: doc.id });
  await transcript.editor().waitFor();
}

describe('庭审笔录 in Chromium: template, keyboard speakers, reload, lock, amendment', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({ route: 'transcripts' });
    ({ host, page, consoleErrors } = desk);
    transcript = new TranscriptPage(page);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('starts a transcript from the 民事一审普通程序 template with the header filled into the notices', async () => {
    await desk.reopen();
    await transcript.create({
      caseNumber: '(2026)京0105民初1234号',
      court: '北京市朝阳区人民法院',
      cause: '民间借贷',
      place: '第三法庭',
      clerk: '孙书',
      presiding: '王明',
      plaintiff: '张三',
      defendant: '李四',
    });
    const outline = await page.getByTestId('transcript-outline').innerText();
    for (const title of [
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
    ]) {
      expect(outline).toContain(title);
    }
    await transcript.goToSection('核对当事人身份');
    const opening = await transcript.section('核对当事人身份').getByTestId('transcript-turn-text').nth(1).inputValue();
    expect(opening).toContain('北京市朝阳区人民法院');
    expect(opening).toContain('原告张三诉被告李四民间借贷纠纷一案');
    await transcript.goToSection('宣布法庭纪律');
    expect(await transcript.section('宣布法庭纪律').getByTestId('transcript-turn-text').first().inputValue()).toMatch(/^现在宣布法庭纪律/);
    expect(await page.getByTestId('transcript-speakers').innerText()).toMatch(
      /Ctrl\+1 审判长 王明[\s\S]*Ctrl\+2 原告 张三[\s\S]*Ctrl\+3 被告 李四/,
    );
  });

  it('types three turns with Ctrl+Enter, switching speakers with Ctrl+1 / Ctrl+2, and saves them', async () => {
    await openTranscript(1235, 'empty');
    const typed: TypedTurn[] = [];
    await transcript.goToSection('法庭调查');
    const investigation = transcript.section('法庭调查');
    await investigation.getByTestId('transcript-turn-text').last().click();
    const lines: Array<[string, string, string]> = [
      ['Control+1', '审判长', '原告，请陈述你的诉讼请求及事实和理由。'],
      ['Control+2', '原告', '请求判令被告偿还借款本金十万元及利息。'],
      ['Control+1', '审判长', '被告对原告的陈述有何意见？'],
    ];
    for (const [keys, role, text] of lines) {
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press(keys);
      await page.keyboard.type(text);
      const id = await transcript.activeTurnId();
      expect(id).not.toBe('');
      typed.push({ id, role, text });
    }
    // F8 marks an inaudible passage at the caret.
    await page.keyboard.press('F8');
    typed[2]!.text += '〔听不清〕';
    await transcript.waitSaved();
    for (const turn of typed) {
      const row = transcript.turnById(turn.id);
      expect(await row.getAttribute('data-role')).toBe(turn.role);
      expect(await row.getByTestId('transcript-turn-text').inputValue()).toBe(turn.text);
    }
    expect(await transcript.turnById(typed[2]!.id).innerText()).toContain('1 处听不清');
    await transcript.turnById(typed[0]!.id).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${screenshots}/transcript-editing.png` });
  });

  it('expands a quick phrase, replaces across turns, and undoes / redoes with Ctrl+Z / Ctrl+Y', async () => {
    const typed = await openTranscript(1236, 'typed');
    const last = await expandQuickPhrase(typed);
    expect(await last.inputValue()).toBe(typed[2]!.text);

    await page.keyboard.press('Control+h');
    await page.getByTestId('transcript-find-input').fill('十万元');
    await waitForText(page.getByTestId('transcript-find-count'), /\/ 1 处/);
    await page.getByTestId('transcript-replace-input').fill('人民币100000元');
    await page.screenshot({ path: `${screenshots}/transcript-find.png` });
    await page.getByTestId('transcript-replace-all').click();
    const second = (await transcript.revealTurn(typed[1]!.id)).getByTestId('transcript-turn-text');
    expect(await second.inputValue()).toBe('请求判令被告偿还借款本金人民币100000元及利息。');
    await waitForText(page.getByTestId('transcript-find-count'), /0 \/ 0 处/);

    await second.click();
    await page.keyboard.press('Control+z');
    expect(await second.inputValue()).toBe(typed[1]!.text);
    await page.keyboard.press('Control+y');
    expect(await second.inputValue()).toBe('请求判令被告偿还借款本金人民币100000元及利息。');
    await page.keyboard.press('Control+z');
    expect(await second.inputValue()).toBe(typed[1]!.text);
    await transcript.waitSaved();
  });

  it('reload: the page reopens the transcript and every typed word is there', async () => {
    const typed = await openTranscript(1237, 'typed');
    // Typed in this page, so the undo history holds the phrase expansion.
    await expandQuickPhrase(typed);
    await transcript.waitSaved();
    await page.reload();
    await transcript.editor().waitFor();
    for (const turn of typed) {
      const row = await transcript.revealTurn(turn.id);
      expect(await row.getAttribute('data-role')).toBe(turn.role);
      expect(await row.getByTestId('transcript-turn-text').inputValue()).toBe(turn.text);
    }
    expect(await transcript.saveState()).toBe('saved');
    // The undo history came back with the page: Ctrl+Z takes back the phrase expansion, Ctrl+Y redoes it.
    const last = (await transcript.revealTurn(typed[2]!.id)).getByTestId('transcript-turn-text');
    await last.click();
    await page.keyboard.press('Control+z');
    expect(await last.inputValue()).toBe(typed[2]!.text.replace(/被告$/, 'bg'));
    await page.keyboard.press('Control+y');
    expect(await last.inputValue()).toBe(typed[2]!.text);
    await transcript.waitSaved();
  });

  it('locks after sign-off; further edits are refused, in the page and by the service', async () => {
    const typed = await openTranscript(1238, 'typed');
    await page.getByTestId('transcript-lock').click();
    expect(await page.getByTestId('transcript-lock-people').innerText()).toContain('原告 张三');
    await page.getByTestId('transcript-lock-confirm').click();
    await waitForText(page.getByTestId('transcript-locked'), /锁定.*签名人：审判长 王明、原告 张三、被告 李四/);
    expect(await transcript.editor().getAttribute('data-status')).toBe('locked');

    const box = (await transcript.revealTurn(typed[1]!.id)).getByTestId('transcript-turn-text');
    await box.click();
    await page.keyboard.type('悄悄加的字');
    expect(await box.inputValue()).toBe(typed[1]!.text);

    const transcriptId = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('id');
    const reply = await page.evaluate(async (id) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          channel: 'transcripts.applyOps',
          payload: {
            transcriptId: id,
            clientId: 'intruder',
            ops: [{ clientSeq: 1, op: { type: 'updateTurnText', turnId: 's1t1', text: '改' } }],
          },
        }),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
    }, transcriptId);
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('签名锁定，不能再修改') } });
  });

  it('amends one turn: the amendment is recorded and shown beside the unchanged signed text', async () => {
    const typed = await openTranscript(1239, 'locked');
    const target = await transcript.revealTurn(typed[1]!.id);
    await target.getByTestId('transcript-amend').click();
    await page.getByTestId('transcript-amend-after').fill('请求判令被告偿还借款本金十万元及逾期利息。');
    await page.getByTestId('transcript-amend-reason').fill('原告当庭指出“逾期利息”漏记');
    await page.getByTestId('transcript-amend-submit').click();
    const entry = await waitForText(page.getByTestId('transcript-amendment').first(), /理由/);
    expect(entry).toContain('原为「请求判令被告偿还借款本金十万元及利息。」');
    expect(entry).toContain('更正为「请求判令被告偿还借款本金十万元及逾期利息。」');
    expect(entry).toContain('理由：原告当庭指出“逾期利息”漏记');
    expect(entry).toContain('法庭调查 · 原告 张三');
    expect(await target.getByTestId('transcript-turn-amendment').innerText()).toContain('逾期利息');
    expect(await target.getByTestId('transcript-turn-text').inputValue()).toBe(typed[1]!.text);
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${screenshots}/transcript.png` });
  });

  it('the lock and the amendment are in the audit log; no network, no console errors', async () => {
    await openTranscript(1240, 'amended');
    const shell = new ShellPage(page);
    await shell.navigate('audit');
    await waitForText(page.getByTestId('audit-table'), /更正庭审笔录/);
    expect(await page.getByTestId('audit-table').innerText()).toContain('锁定庭审笔录');
    expect(readNetGuardLog(host.netGuardLog)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('opens a case: the start dialog takes court, 案号, panel, clerk and parties from its record; a 争议焦点 is prepared', async () => {
    const created = await page.evaluate(async () => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          channel: 'cases.create',
          payload: {
            caseNumber: '(2026)京0105民初5678号',
            causeOfAction: '民间借贷纠纷',
            procedure: 'civil-simple',
            court: '北京市朝阳区人民法院',
            panel: { presidingJudge: '周正', judges: [], assessors: [], clerk: '吴记' },
            parties: [
              { role: '原告', name: '陈甲', kind: 'person', agent: '郑律师' },
              { role: '被告', name: '某某商贸有限公司', kind: 'legal_person' },
            ],
          },
        }),
      });
      return (await response.json()) as { ok: boolean; value?: { caseNumber: string } };
    });
    expect(created.ok).toBe(true);
    await desk.reopen('cases');
    const shell = new ShellPage(page);
    await page.getByTestId('case-row').filter({ hasText: '5678' }).first().click();
    await page.getByTestId('case-detail').waitFor();
    await shell.navigate('transcripts');
    if (await page.getByTestId('transcript-editor').count()) await page.getByRole('button', { name: /返回列表/ }).click();
    await waitForText(page.getByTestId('transcript-from-case'), /5678/);
    await chooseOption(page.getByTestId('transcript-template'), '民事简易程序', { contains: true });
    expect(await page.getByTestId('transcript-court').inputValue()).toBe('北京市朝阳区人民法院');
    expect(await page.getByTestId('transcript-panel-name').first().inputValue()).toBe('周正');
    expect(await page.getByTestId('transcript-clerk').inputValue()).toBe('吴记');
    const attendees = await page
      .getByTestId('transcript-attendees-name')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(attendees.slice(0, 3)).toEqual(['陈甲', '郑律师', '某某商贸有限公司']);
    await page.getByTestId('transcript-focus-add').click();
    await page.getByTestId('transcript-focus').first().fill('借款是否实际交付');
    await page.screenshot({ path: `${screenshots}/transcript-start-from-case.png`, fullPage: true });
    await page.getByTestId('transcript-create').click();
    await transcript.editor().waitFor();
    await transcript.goToSection('法庭调查');
    const texts = await transcript
      .section('法庭调查')
      .getByTestId('transcript-turn-text')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts).toContain('根据双方的诉辩意见，本案的争议焦点为：一、借款是否实际交付。');
    expect(texts).toContain('关于争议焦点一“借款是否实际交付”，原告有何陈述？请一并说明证据。');
    expect(await page.getByTestId('transcript-speech').innerText()).toContain('未安装语音模型');
  });

  it('types with keyboard speakers and a quick phrase, locks, and exports a DOCX that reads back', async () => {
    await openTranscriptFromCase();
    await transcript.goToSection('法庭调查');
    await transcript.section('法庭调查').getByTestId('transcript-turn-text').last().click();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+2'); // 原告 陈甲
    await page.keyboard.type('借款已于2025年3月1日转账交付。');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+1'); // 审判员 周正
    await page.keyboard.type('被告，原告的陈述');
    await page.keyboard.type('tql');
    await page.keyboard.press('Space'); // → 听清了。
    const said = '被告，原告的陈述听清了。';
    expect(await page.locator(':focus').inputValue()).toBe(said);
    await transcript.waitSaved();
    await page.getByTestId('transcript-lock').click();
    await page.getByTestId('transcript-lock-confirm').click();
    await waitForText(page.getByTestId('transcript-locked'), /签名人：审判员 周正/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('transcript-export').click()]);
    // The case record keeps 案号 with full-width parentheses (normalised by the cases service).
    expect(download.suggestedFilename()).toBe('庭审笔录_（2026）京0105民初5679号.docx');
    const bytes = readFileSync(await download.path());
    writeFileSync(`${screenshots}/transcript-export.docx`, bytes);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('（2026）京0105民初5679号');
    expect(value).toContain('原告陈甲：借款已于2025年3月1日转账交付。');
    expect(value).toContain(`审判员周正：${said}`);
    expect(value).toContain('争议焦点为：一、借款是否实际交付。');
    await page.screenshot({ path: `${screenshots}/transcript-locked-export.png` });
    expect(consoleErrors).toEqual([]);
  });

  it('a 300-page transcript opens with only the rows in sight rendered, and typing at its end is saved', async () => {
    await desk.reopen();
    const id = await page.evaluate(async () => {
      const call = async (channel: string, payload: unknown) => {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ channel, payload }),
        });
        const reply = (await response.json()) as {
          ok: boolean;
          value: { id: string; sections: Array<{ id: string; title: string; turns: Array<{ id: string }> }> };
          error?: { message: string };
        };
        if (!reply.ok) throw new Error(reply.error?.message);
        return reply.value;
      };
      const header = {
        court: '某法院',
        caseNumber: '(2026)京0105民初9999号',
        causeOfAction: '民间借贷',
        startedAt: '',
        place: '',
        panel: [{ role: '审判长', name: '王明' }],
        clerk: '孙书',
        attendees: [{ role: '原告', name: '张三' }],
      };
      const doc = await call('transcripts.create', { caseId: 'big', procedure: 'civil-first-ordinary', header });
      const section = doc.sections.find((s) => s.title === '法庭调查')!;
      let after = section.turns.at(-1)!.id;
      let seq = 0;
      // 4,000 turns of about 49 characters ≈ 193,000 characters: over 300 printed pages of 616.
      for (let batch = 0; batch < 8; batch++) {
        const ops = [];
        for (let i = 0; i < 500; i++) {
          const turnId = `big${batch}x${i}`;
          ops.push({
            clientSeq: ++seq,
            op: {
              type: 'insertTurn',
              turnId,
              sectionId: section.id,
              afterTurnId: after,
              role: i % 2 ? '原告' : '审判长',
              name: i % 2 ? '张三' : '王明',
              text: `第${seq}段：请就借款交付的时间、方式和金额作出说明，并出示银行转账凭证等相应证据，以便法庭核实。`,
              at: '2026-11-26T01:30:00Z',
            },
          });
          after = turnId;
        }
        await call('transcripts.applyOps', { transcriptId: doc.id, clientId: 'bulk', ops });
      }
      return doc.id;
    });
    await page.evaluate((transcriptId) => {
      window.location.hash = `#/transcripts?id=${transcriptId}`;
    }, id);
    await page.reload();
    await transcript.editor().waitFor();
    const size = await waitForText(page.getByTestId('transcript-editor'), /4\d{3} 段发言 · \d+ 字/);
    expect(Number(/(\d+) 字/.exec(size)![1]) / 616).toBeGreaterThanOrEqual(300);
    expect(await transcript.turns().count()).toBeLessThan(80);
    await transcript.goToSection('宣判/休庭');
    await transcript.section('宣判/休庭').getByTestId('transcript-turn-text').last().click();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('现在休庭。');
    expect(await page.locator(':focus').inputValue()).toBe('现在休庭。');
    await transcript.waitSaved();
    expect(await transcript.turns().count()).toBeLessThan(80);
    await page.screenshot({ path: `${screenshots}/transcript-300-pages.png` });
    expect(consoleErrors).toEqual([]);
  });
});
