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

    await page.getByTestId('deviation-accept').click();
    await page.getByText('已记录').waitFor();
    const seq = Number(await results.getAttribute('data-audit-seq'));
    expect(seq).toBeGreaterThan(0);
  }, 120_000);
});
