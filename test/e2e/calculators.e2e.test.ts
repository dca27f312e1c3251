// 计算器 in Chromium: the 诉讼费 form filled and computed with Enter, each tier in the step table,
// 第十三条's text from the statute store in a popover, 复制结果 on the clipboard; 迟延履行 with typed dates.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStatuteData, subsetFolder } from '../unit/main/services/laws/statute-data';
import { chooseOption } from './pages/ant-select';
import { waitForText } from './pages/shell-page';
import type { JudgeDesk } from './support/open-judgedesk';
import { importStatutesPrepare, openJudgeDesk, screenshots } from './support/open-judgedesk';

const lawsRoot = mkdtempSync(join(tmpdir(), 'judgedesk-calculator-laws-'));
let desk: JudgeDesk;
let page: Page;
let consoleErrors: string[];

describe('计算器 page in Chromium', () => {
  beforeAll(async () => {
    desk = await openJudgeDesk({
      route: 'calculators',
      ...(hasStatuteData
        ? {
            prepare: importStatutesPrepare(() =>
              subsetFolder(lawsRoot, (row) => row.name === '诉讼费用交纳办法' || row.name.includes('迟延履行期间的债务利息')),
            ),
          }
        : {}),
      setupContext: (context, started) =>
        context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(started.url).origin }),
    });
    ({ page, consoleErrors } = desk);
  });

  afterAll(async () => {
    await desk?.close();
    rmSync(lawsRoot, { recursive: true, force: true });
  });

  it('computes 诉讼费 for a 50万 property case in 简易程序 with Enter, showing every tier and the articles', async () => {
    await desk.reopen();
    await page.getByTestId('fees-simple').check();
    const amount = page.getByTestId('fees-amount');
    await amount.fill('500000');
    await amount.press('Enter');

    const result = page.getByTestId('fees-result');
    await waitForText(page.getByTestId('fees-result-main'), /4,400\.00元/);
    const steps = await page.getByTestId('fees-result-steps').locator('tbody tr').allInnerTexts();
    expect(steps.map((row) => row.split('\t').pop())).toEqual([
      '50.00元',
      '2,250.00元',
      '2,000.00元',
      '4,500.00元',
      '4,400.00元',
      '4,400.00元',
    ]);
    expect(steps[1]).toContain('(100,000.00元 − 10,000.00元) × 2.5%');
    const citations = await page.getByTestId('fees-result-citations').innerText();
    expect(citations).toContain('《诉讼费用交纳办法》第十三条');
    expect(citations).toContain('《诉讼费用交纳办法》第十六条');

    await page.screenshot({ path: `${screenshots}/calculators-fees.png`, fullPage: true });

    await result.getByText('《诉讼费用交纳办法》第十三条').hover();
    const popover = page.locator('.ant-popover').filter({ hasText: '《诉讼费用交纳办法》第十三条' });
    await popover.waitFor();
    if (hasStatuteData) expect(await popover.innerText()).toContain('案件受理费分别按照下列标准交纳');
    await page.screenshot({ path: `${screenshots}/calculators-fees-article.png` });

    await page.getByTestId('fees-result-copy').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('财产案件：4,400.00元');
    expect(copied).toContain('《诉讼费用交纳办法》第十六条');
  });

  it('gives the range for 离婚 with 30万 property, and refuses a local fee outside it in Chinese', async () => {
    await desk.reopen();
    await chooseOption(page.getByTestId('fees-kind'), '离婚案件');
    await page.getByTestId('fees-amount').fill('300000');
    await page.getByTestId('fees-compute').click();
    await waitForText(page.getByTestId('fees-result-main'), /550\.00元至800\.00元/);

    await page.getByTestId('fees-per-case').fill('400');
    await page.getByTestId('fees-per-case').press('Enter');
    await waitForText(page.getByTestId('api-error'), /离婚案件每件为50.00元至300.00元/);
  });

  it('computes 民间借贷 interest from 月息2分: 24 % until 2020-08-19, then 4 × the LPR at filing', async () => {
    await desk.reopen();
    await page.getByRole('tab', { name: '民间借贷利息' }).click();
    await page.getByTestId('lending-principal').fill('100000');
    for (const [id, date] of [
      ['lending-contract', '2019-01-01'],
      ['lending-filing', '2022-03-01'],
      ['lending-start', '2019-01-01'],
      ['lending-end', '2021-12-31'],
    ]) {
      await page.getByTestId(id!).fill(date!);
      await page.getByTestId(id!).press('Escape');
    }
    await page.getByTestId('lending-rate-text').fill('月息2分');
    expect(await page.getByTestId('lending-rate-percent').inputValue()).toBe('2');
    await page.getByTestId('lending-principal').press('Enter');
    // 39,254.79 (24 %, 597 days) + 20,233.42 (14.8 %, 499 days); not supported 12,577.54.
    await waitForText(page.getByTestId('lending-result-main'), /59,488\.21元/);
    expect(await page.getByTestId('lending-periods').innerText()).toContain('起诉时一年期LPR 3.7% × 4');
    await page.screenshot({ path: `${screenshots}/calculators-lending.png`, fullPage: true });
  });

  it('computes 迟延履行 interest: 100,000 元 over 100 days is 1,750 元', async () => {
    await desk.reopen();
    await page.getByRole('tab', { name: '迟延履行利息' }).click();
    await page.getByTestId('delay-debt').fill('100000');
    await page.getByTestId('delay-deadline').fill('2024-01-10');
    await page.getByTestId('delay-end').fill('2024-04-19');
    await page.getByTestId('delay-debt').press('Enter');
    await waitForText(page.getByTestId('delay-result-main'), /1,750\.00元/);
    expect(await page.getByTestId('delay-result-steps').innerText()).toContain('100,000.00元 × 1.75/10000 × 100天');
    await page.screenshot({ path: `${screenshots}/calculators-delay.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  });
});
