import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditList } from '../../shared/contract/channels/audit';
import { draftingCreate, draftingGet, draftingSave, draftingSuggestCitations, draftingUndo } from '../../shared/contract/channels/drafting';
import { loanCase } from '../unit/main/services/drafting/drafting-fixtures';
import { hasStatuteData, subsetFolder } from '../unit/main/services/laws/statute-data';
import { createCase, invokeApi, lastAuditSeq } from './support/api';
import type { JudgeDesk } from './support/open-judgedesk';
import { importStatutesPrepare, openJudgeDesk, screenshots } from './support/open-judgedesk';
import type { WebHostProcess } from './support/web-host-process';

let desk: JudgeDesk;
let host: WebHostProcess;
let page: Page;
let consoleErrors: string[];

const saveState = () => page.getByTestId('draft-save-state');
const section = (key: string) => page.getByTestId(`draft-section-${key}`);
const reasoning = '本院认为，借款人应当按照约定的期限返还借款，依据《中华人民共和国民法典》第六百七十五条，被告应当偿还。';

/** The loan case under a 案号 of this test's own (`n`); answers its id and the 案号 as stored. */
function createLoanCase(n: number) {
  return createCase(host, { ...loanCase, caseNumber: `(2026)京0108民初${n}号` });
}

/**
 * A 民事判决书 draft for a loan case of this test's own, brought through the API to where the
 * test starts, then opened in the editor: `created` (第1版), `reasoned` (第2版: 本院认为 cites
 * 民法典第六百七十五条), `cited` (第3版: the 法律依据 suggestion taken into 主文 as it is),
 * `undone` (第4版: that taken back).
 */
async function openDraft(n: number, stage: 'created' | 'reasoned' | 'cited' | 'undone'): Promise<{ id: string; caseNumber: string }> {
  const { id: caseId, caseNumber } = await createLoanCase(n);
  const { id } = await invokeApi(host, draftingCreate, { caseId, type: 'civil-judgment' });
  if (stage !== 'created')
    await invokeApi(host, draftingSave, { id, expectedVersion: 1, sections: [{ key: 'reasoning', text: reasoning }] });
  if (stage === 'cited' || stage === 'undone') {
    const { suggestions } = await invokeApi(host, draftingSuggestCitations, { id });
    const judgment = suggestions.find((s) => s.sectionKey === 'judgment');
    if (!judgment) throw new Error('法律依据没有给出主文的建议');
    await invokeApi(host, draftingSave, {
      id,
      expectedVersion: 2,
      sections: [{ key: 'judgment', text: judgment.text, origin: 'suggested' }],
    });
  }
  if (stage === 'undone') await invokeApi(host, draftingUndo, { id, expectedVersion: 3 });
  await desk.reopen('drafting', { id });
  await page.getByTestId('draft-editor').waitFor();
  return { id, caseNumber };
}

describe.skipIf(!hasStatuteData)('文书起草 in Chromium: structured editor, keyboard, 法律依据, export, undo', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'drafting',
      viewport: { width: 1600, height: 1000 },
      acceptDownloads: true,
      prepare: importStatutesPrepare((dataDir) =>
        subsetFolder(join(dataDir, 'src'), (row) => row.name === '民事诉讼法' || row.name.startsWith('民法典 ')),
      ),
    });
    ({ host, page, consoleErrors } = desk);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('starts a 民事判决书 for a case by 案号, sections in order, filled from the case', async () => {
    await createLoanCase(123);
    await desk.reopen();
    await page.getByTestId('draft-case').fill('(2026)京0108民初123号');
    await page.getByTestId('draft-create').click();
    await page.getByTestId('draft-editor').waitFor();
    const outline = await page.getByTestId('draft-outline').innerText();
    const titles = ['首部', '当事人', '审理经过', '诉讼请求', '事实', '本院认为', '主文', '诉讼费用负担', '上诉权告知', '落款'];
    const at = titles.map((t) => outline.indexOf(t));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(await section('parties').getByTestId('draft-section-text').inputValue()).toContain('原告：张三');
    expect(await section('appeal').getByTestId('draft-section-text').inputValue()).toContain('十五日内');
    expect(await saveState().innerText()).toContain('第1版');
  });

  it('moves between sections with Alt+↓/↑ and saves with Ctrl+S', async () => {
    await openDraft(124, 'created');
    await section('facts').getByTestId('draft-section-text').click();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('本院认为');
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(reasoning);
    expect(await saveState().innerText()).toContain('未保存');
    await page.keyboard.press('Control+S');
    await page.waitForFunction(() => document.querySelector('[data-testid="draft-save-state"]')?.textContent?.includes('第2版'));
    expect(await section('reasoning').getByTestId('draft-section-origin').innerText()).toBe('法官撰写');
  });

  it('法律依据: the suggestion is labelled 仅供参考, taken by 采纳, saved and recorded', async () => {
    await openDraft(125, 'reasoned');
    const before = await lastAuditSeq(host);
    await page.getByTestId('draft-citations-suggest').click();
    const suggestion = page.getByTestId('draft-suggestion-judgment');
    await suggestion.waitFor();
    expect(await page.getByTestId('draft-citations').getByTestId('ai-notice').innerText()).toContain('仅供参考');
    expect(await suggestion.innerText()).toContain('依照《中华人民共和国民法典》第六百七十五条规定，判决如下');
    await suggestion.getByTestId('draft-suggestion-accept').click();
    expect(await section('judgment').getByTestId('draft-section-text').inputValue()).toMatch(
      /^依照《中华人民共和国民法典》第六百七十五条规定/,
    );
    expect(await section('judgment').getByTestId('ai-notice').innerText()).toContain('仅供参考');
    await page.keyboard.press('Control+S');
    await page.waitForFunction(() => document.querySelector('[data-testid="draft-save-state"]')?.textContent?.includes('第3版'));
    await page.screenshot({ path: `${screenshots}/drafting.png`, fullPage: false });
    // What this test's suggestion and save recorded, not what the seeding wrote.
    const audit = await invokeApi(host, auditList, { feature: 'drafting', limit: 20, offset: 0 });
    const recorded = audit.entries.filter((e) => e.seq > before);
    expect(recorded.some((e) => e.kind === 'ai_output')).toBe(true);
    expect(recorded.some((e) => e.kind === 'decision' && e.summary.includes('保存民事判决书草稿'))).toBe(true);
  });

  it('exports a DOCX with the court layout text, marked 仅供参考 while the suggestion stands unedited', async () => {
    await openDraft(126, 'cited');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('draft-export').click()]);
    expect(download.suggestedFilename()).toBe('民事判决书（2026）京0108民初126号.docx');
    const file = join(host.dataDir, 'exported.docx');
    await download.saveAs(file);
    const text = (await mammoth.extractRawText({ path: file })).value;
    expect(text).toContain('北京市海淀区人民法院');
    expect(text).toContain('依照《中华人民共和国民法典》第六百七十五条规定，判决如下');
    expect(text).toContain('仅供参考');
  });

  it('undo goes back one saved version, and a reload reopens the same draft', async () => {
    await openDraft(127, 'cited');
    expect(await saveState().innerText()).toContain('第3版');
    await page.getByTestId('draft-undo').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="draft-save-state"]')?.textContent?.includes('第4版'));
    expect(await section('judgment').getByTestId('draft-section-text').inputValue()).toContain('〔法律依据〕');
    await page.reload();
    await page.getByTestId('draft-editor').waitFor();
    expect(await saveState().innerText()).toContain('第4版');
    expect(await section('reasoning').getByTestId('draft-section-text').inputValue()).toContain('第六百七十五条');
  });

  it('a save refused because another window saved first keeps the typed text and saves it on top', async () => {
    const { id: draftId } = await openDraft(128, 'undone');
    expect(await saveState().innerText()).toContain('第4版');
    await section('costs').getByTestId('draft-section-text').fill('案件受理费2300元，由被告李四负担。');
    await invokeApi(host, draftingSave, {
      id: draftId,
      expectedVersion: 4,
      sections: [{ key: 'defense', text: '李四辩称，借款已部分归还。' }],
    });
    await page.keyboard.press('Control+S');
    await page.getByTestId('draft-rebase').waitFor();
    expect(await page.getByTestId('api-error').innerText()).toContain('当前第5版');
    expect(await section('costs').getByTestId('draft-section-text').inputValue()).toBe('案件受理费2300元，由被告李四负担。');
    await page.getByTestId('draft-rebase').click();
    await page.keyboard.press('Control+S');
    await page.waitForFunction(() => document.querySelector('[data-testid="draft-save-state"]')?.textContent?.includes('第6版'));
    const saved = await invokeApi(host, draftingGet, { id: draftId });
    expect(saved.sections.find((s) => s.key === 'defense')?.text).toBe('李四辩称，借款已部分归还。');
    expect(saved.sections.find((s) => s.key === 'costs')?.text).toBe('案件受理费2300元，由被告李四负担。');
    expect(consoleErrors).toEqual([]);
  });
});
