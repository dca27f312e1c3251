import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JudgeDesk } from './support/open-judgedesk';
import { openJudgeDesk, screenshots } from './support/open-judgedesk';

// 模型说明 over the repository's models/: every card, OCR included, with its measured figures.
const cardIds = readdirSync(join(import.meta.dirname, '../../models'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'training')
  .map((entry) => entry.name);

let desk: JudgeDesk | undefined;
let page: Page;

describe('模型说明 page in Chromium', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({ route: 'models', viewport: { width: 1440, height: 1000 } });
    page = desk.page;
  });

  afterAll(async () => {
    await desk?.close();
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
    expect(desk?.consoleErrors).toEqual([]);
    await page.getByTestId('model-card-ocr').screenshot({ path: `${screenshots}/models-ocr.png` });
  });
});
