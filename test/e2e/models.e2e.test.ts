import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellPage } from './pages/shell-page';
import { launchChromium } from './support/chromium';
import type { WebHostProcess } from './support/web-host-process';
import { startWebHostProcess } from './support/web-host-process';

// 模型说明 over the repository's models/: every card, OCR included, with its measured figures.
const screenshots = 'test-results/e2e';
const cardIds = readdirSync(join(import.meta.dirname, '../../models'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'training')
  .map((entry) => entry.name);

let host: WebHostProcess;
let browser: Browser;
let page: Page;

describe('模型说明 page in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    host = await startWebHostProcess();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })).newPage();
    const shell = new ShellPage(page);
    await shell.open(host.url);
    await shell.navigate('models');
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('lists every model card of models/, OCR with its character accuracy in Chinese, and no problems', async () => {
    expect(cardIds).toContain('ocr');
    for (const id of cardIds) await page.getByTestId(`model-card-${id}`).waitFor();
    const ocr = await page.getByTestId('model-card-ocr').innerText();
    expect(ocr).toContain('文字识别模型');
    expect(ocr).toContain('电子卷宗');
    expect(ocr).toContain('字符准确率');
    expect(ocr).toMatch(/0\.99\d\d/);
    expect(await page.getByTestId('model-problems').count()).toBe(0);
    await page.getByTestId('model-card-ocr').screenshot({ path: `${screenshots}/models-ocr.png` });
  });
});
