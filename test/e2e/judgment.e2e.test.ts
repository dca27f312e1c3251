import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellPage } from './pages/shell-page';
import { launchChromium } from './support/chromium';
import type { WebHostProcess } from './support/web-host-process';
import { startWebHostProcess } from './support/web-host-process';

// 裁判辅助 · 偏离预警 in Chromium over the committed criminal-judgment model (repository models/).
const screenshots = 'test-results/e2e';
const facts =
  '公诉机关指控：2016年5月12日晚，被告人王某在某市某区某超市内，趁店员不备，盗窃柜台内的手机两部，经鉴定价值人民币6000元。被告人到案后如实供述了自己的罪行，赃物已追回发还被害人。';

const twoDefendants =
  '经审理查明：2020年1月5日晚，被告人王某某在某酒吧内因琐事与被害人刘某发生争执，持啤酒瓶击打刘某头部，致刘某轻伤一级。经鉴定，刘某损伤程度为轻伤一级。同年2月，被告人陈某某明知王某某系犯罪嫌疑人，仍为其提供住处和钱财，帮助其逃匿。被告人王某某、陈某某到案后如实供述。';

let host: WebHostProcess;
let browser: Browser;
let page: Page;

describe('裁判辅助 page in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    host = await startWebHostProcess();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })).newPage();
    const shell = new ShellPage(page);
    await shell.open(host.url);
    await shell.navigate('judgment');
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('estimates from the facts, marks the passages, warns on a far-off intended term and records the decision', async () => {
    await page.getByTestId('deviation-facts').fill(facts);
    await page.getByTestId('deviation-term-months').fill('120');
    await page.getByTestId('deviation-facts').press('Control+Enter');
    const results = page.getByTestId('deviation-results');
    await results.waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('deviation-charge').first().textContent()).resolves.toContain('盗窃');
    await expect(page.getByTestId('ai-notice').first().textContent()).resolves.toContain('仅供参考');
    await expect(page.getByTestId('deviation-warning').textContent()).resolves.toContain('高于');
    expect(await page.getByTestId('deviation-passage').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="deviation-passage"] mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshots}/deviation.png`, fullPage: true });
    // 涉案金额 under the estimate: the appraised 6000 元 summed, with 盗窃's 数额 tier and its interpretation.
    const amount = page.getByTestId('deviation-amount');
    await amount.scrollIntoViewIfNeeded();
    await expect(page.getByTestId('deviation-amount-total').textContent()).resolves.toContain('6,000');
    await expect(page.getByTestId('deviation-amount-threshold').textContent()).resolves.toContain('盗窃');
    await amount.screenshot({ path: `${screenshots}/deviation-amount.png` });

    await page.getByTestId('deviation-accept').click();
    await page.getByText('已记录').waitFor();
    const seq = Number(await results.getAttribute('data-audit-seq'));
    expect(seq).toBeGreaterThan(0);
  }, 120_000);

  it('shows charges per defendant where the facts name two', async () => {
    await page.getByTestId('deviation-facts').fill(twoDefendants);
    await page.getByTestId('deviation-term-months').fill('');
    await page.getByTestId('deviation-facts').press('Control+Enter');
    const table = page.getByTestId('deviation-defendants');
    await table.waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('deviation-defendant').allTextContents()).resolves.toEqual(['王某某', '陈某某']);
    const charges = await page.getByTestId('deviation-defendant-charge').allTextContents();
    expect(charges[0]).toMatch(/^故意伤害罪 · \d+%$/);
    expect(charges[1]).toMatch(/^窝藏、包庇罪 · \d+%$/);
    expect(await page.getByTestId('deviation-defendant-passage').count()).toBeGreaterThan(2);
    await table.screenshot({ path: `${screenshots}/deviation-defendants.png` });
  }, 120_000);
});
