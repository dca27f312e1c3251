import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statuteFolder } from '../../main/services/laws';
import { aiSwitchesSet } from '../../shared/contract/channels/settings';
import { readNetGuardLog } from '../net-guard/read-log';
import { LawsPage } from './pages/laws-page';
import { ShellPage, waitForText } from './pages/shell-page';
import { invokeApi } from './support/api';
import type { JudgeDesk } from './support/open-judgedesk';
import { importStatutesPrepare, openJudgeDesk, screenshots } from './support/open-judgedesk';
import type { WebHostProcess } from './support/web-host-process';

const lawrefbook = statuteFolder();
const hasStatuteData = existsSync(join(lawrefbook, 'db_law.jsonl'));
if (!hasStatuteData) console.warn(`跳过法条端到端测试：找不到 ${lawrefbook}（可用 JUDGEDESK_SHARED_DATA 指定团队数据目录）`);

const loanFacts =
  '原告张三于2021年3月1日向被告李四出借人民币10万元，双方约定月利率1%，借期一年。借款到期后，被告未归还借款本金及利息，原告诉至法院，请求判令被告偿还借款本金及利息。';

let desk: JudgeDesk;
let host: WebHostProcess;
let page: Page;
let pageRequests: string[];
let consoleErrors: string[];

describe.skipIf(!hasStatuteData)('法条 page in Chromium over the imported statutes', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'laws',
      // The statutes go into the host's knowledge.db before it starts, as a pack import would leave them.
      prepare: importStatutesPrepare(() => lawrefbook),
      setupContext: (context, started) =>
        context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(started.url).origin }),
    });
    ({ host, page, pageRequests, consoleErrors } = desk);
  });

  afterAll(async () => {
    await desk?.close();
  });

  it('2-character searches 借贷 and 诈骗 find articles holding them, marked, with validity badges', async () => {
    await desk.reopen();
    const laws = new LawsPage(page);
    for (const query of ['借贷', '诈骗']) {
      await laws.search(query);
      expect(await laws.total()).toBeGreaterThan(20);
      expect(await laws.hits().count()).toBe(10);
      for (const snippet of await page.getByTestId('law-hit-snippet').allInnerTexts()) expect(snippet).toContain(query);
      const marks = await page.getByTestId('law-hit-snippet').first().getByTestId('mark').allInnerTexts();
      expect(marks[0]).toBe(query);
      expect(await page.getByTestId('law-hit').first().getByTestId('validity-badge').innerText()).toBe('有效');
    }
    await laws.filterLevel('法律');
    await page.locator('[data-testid="laws-results"][data-loading="false"]').waitFor();
    await waitForText(page.getByTestId('law-hit').first(), /法律/);
    for (const text of await laws.hits().allInnerTexts()) expect(text).toContain('法律');
    expect((await laws.hits().allInnerTexts()).some((t) => /中华人民共和国刑法 第二百六十六条/.test(t))).toBe(true);
    await page.getByTestId('laws-pagination').waitFor();
    await page.screenshot({ path: `${screenshots}/laws-search.png` });
  });

  it('Ctrl+K focuses the search box', async () => {
    await desk.reopen();
    await new LawsPage(page).search('诈骗');
    await page.getByTestId('laws-total').click();
    await page.keyboard.press('Control+k');
    // The shortcut focuses through React state: wait for it rather than read focus at once.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === '诈骗', null, { timeout: 5_000 });
  });

  it('opens 民法典 第六百六十七条: exact text, chapter path, neighbours, and copies the standard citation', async () => {
    await desk.reopen();
    const laws = new LawsPage(page);
    await laws.search('借款合同是借款人向贷款人借款');
    await laws.hits().filter({ hasText: '中华人民共和国民法典 第六百六十七条' }).first().click();
    expect(await laws.waitForArticle('第六百六十七条')).toBe('第六百六十七条 借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。');
    expect(await page.getByTestId('article-law-title').innerText()).toBe('中华人民共和国民法典');
    expect(await page.getByTestId('article-breadcrumb').innerText()).toMatch(
      /民法典\s*\/\s*第二分编 典型合同\s*\/\s*第十二章 借款合同\s*\/\s*第六百六十七条/,
    );
    expect(await page.getByTestId('article-previous').innerText()).toContain('第六百六十六条');
    expect(await page.getByTestId('article-next').innerText()).toContain('第六百六十八条');

    await page.getByTestId('article-next').click();
    await laws.waitForArticle('第六百六十八条');
    await page.getByTestId('article-previous').click();
    await laws.waitForArticle('第六百六十七条');

    await page.getByTestId('article-copy').click();
    // The notice this copy raised, found by its text: other notices may still be on their way out.
    await page.locator('.ant-message-notice').filter({ hasText: '已复制：《中华人民共和国民法典》第六百六十七条' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('《中华人民共和国民法典》第六百六十七条');
    await page.screenshot({ path: `${screenshots}/laws-article.png` });
  });

  it('引用核查: 合同法 cited for 2022-03-01 is reported repealed, with 民法典 as successor', async () => {
    await desk.reopen();
    const laws = new LawsPage(page);
    const rows = await laws.checkCitations('依照《中华人民共和国合同法》第二百零六条、《民法典》第六百七十六条之规定', '2022-03-01');
    expect(await rows.count()).toBe(2);
    const problem = rows.first().locator('[data-testid="cite-problem"][data-code="repealed"]');
    expect(await problem.innerText()).toMatch(/已于 2021-01-01 废止.*由《中华人民共和国民法典》取代/);
    expect(await rows.nth(1).getAttribute('data-resolved')).toBe('true');
    expect(await rows.nth(1).getByTestId('cite-article-text').innerText()).toMatch(/^第六百七十六条 借款人未按照约定的期限返还借款的/);
  });

  it('法条推送 on loan facts: explained suggestions labelled 仅供参考, one accepted; the audit page lists output and decision', async () => {
    await desk.reopen();
    const laws = new LawsPage(page);
    const suggestions = await laws.pushLaws(loanFacts, '2022-03-01');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBe(10);
    const citations = await Promise.all((await suggestions.all()).map((s) => s.getAttribute('data-citation')));
    expect(citations).toContain('《中华人民共和国民法典》第六百六十七条');
    for (const notice of await page.getByTestId('law-push-results').getByTestId('ai-notice').allInnerTexts()) {
      expect(notice).toMatch(/仅供参考 · 由模型 law-push-terms 1 生成/);
    }
    const loan = page.locator('[data-testid="law-suggestion"][data-citation="《中华人民共和国民法典》第六百六十七条"]');
    const terms = await loan.getByTestId('law-suggestion-term').allInnerTexts();
    expect(terms).toEqual(expect.arrayContaining(['借款', '利息']));
    const marked = await loan.getByTestId('law-suggestion-text').getByTestId('mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(terms.some((t) => m.includes(t))).toBe(true);
    expect(await loan.getByTestId('law-suggestion-facts').getByTestId('mark').count()).toBeGreaterThan(0);
    await loan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}/law-push.png`, fullPage: false });

    await loan.getByTestId('law-suggestion-accept').click();
    await waitForText(loan.getByTestId('law-suggestion-decision'), /已采纳/);
    const seq = await page.getByTestId('law-push-results').getAttribute('data-audit-seq');

    const shell = new ShellPage(page);
    await shell.navigate('audit');
    await shell.auditRows().nth(1).waitFor();
    const rows = await shell.auditRows().allInnerTexts();
    expect(rows[0]).toMatch(/人工决定[\s\S]*采纳：法条推送 10 条/);
    expect(rows[1]).toMatch(new RegExp(`^${seq}[\\s\\S]*AI输出[\\s\\S]*法条推送 10 条：《`));
    expect((await shell.verifyAuditChain()).intact).toBe('true');
  });

  it('with 法条推送 switched off the push tab shows AiDisabledNotice; search still works', async () => {
    await desk.reopen('settings');
    try {
      const shell = new ShellPage(page);
      await page.getByTestId('ai-switch-lawPush').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="ai-switch-lawPush"]')?.getAttribute('aria-checked') === 'false',
      );
      await shell.navigate('laws');
      const laws = new LawsPage(page);
      await laws.tab('push');
      await page.getByTestId('law-push-disabled').getByTestId('ai-disabled').waitFor();
      expect(await page.getByTestId('law-push-form').count()).toBe(0);
      await laws.tab('search');
      await laws.search('自首');
      expect(await laws.total()).toBeGreaterThan(0);
    } finally {
      // Switched back on: 法条推送 in another test does not depend on running before this one.
      await invokeApi(host, aiSwitchesSet, { scope: 'lawPush', enabled: true });
    }
  });

  it('made no request outside the web host, and the host opened no outbound socket or lookup', () => {
    const origin = new URL(host.url).origin;
    const foreign = pageRequests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(readNetGuardLog(host.netGuardLog)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
