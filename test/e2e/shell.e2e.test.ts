import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditList } from '../../shared/contract/channels/audit';
import { readNetGuardLog } from '../net-guard/read-log';
import { ShellPage, waitForText } from './pages/shell-page';
import { invokeApi } from './support/api';
import { launchChromium } from './support/chromium';
import type { WebHostProcess } from './support/web-host-process';
import { startWebHostProcess } from './support/web-host-process';

const screenshots = 'test-results/e2e';

let host: WebHostProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  host = await startWebHostProcess();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('request', (request) => pageRequests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** The shell loaded afresh from the web host: nothing left from an earlier test on the page. */
async function openShell(): Promise<ShellPage> {
  const shell = new ShellPage(page);
  await page.goto('about:blank');
  await shell.open(host.url);
  return shell;
}

async function auditTotal(): Promise<number> {
  return (await invokeApi(host, auditList, { limit: 1 })).total;
}

/** Switches AI assistance off and back on in 设置, as a user does (two audit entries); `screenshot` is taken while off. */
async function switchAiOffAndOn(shell: ShellPage, screenshot?: string): Promise<void> {
  await shell.navigate('settings');
  await shell.setGlobalAi(false);
  await waitForText(shell.statusAi(), /关/);
  if (screenshot) await page.screenshot({ path: `${screenshots}/${screenshot}` });
  await shell.setGlobalAi(true);
  await waitForText(shell.statusAi(), /开/);
}

describe('JudgeDesk shell in Chromium through the web host', () => {
  it('shows the shell: navigation, case header and an offline status bar', async () => {
    const shell = await openShell();
    for (const label of ['案件', '证据指引', '类案推送', '法条', '文书起草', '文书审查', '庭审笔录', '偏离预警', '审计', '设置']) {
      await page.getByRole('menuitem', { name: label }).waitFor({ state: 'visible' });
    }
    await waitForText(page.getByTestId('status-offline'), /离线/);
    expect(await shell.aiGlobalState()).toBe('true');
    await page.screenshot({ path: `${screenshots}/shell.png` });
  });

  it('switches AI assistance off and on, and finds both changes in the audit page', async () => {
    const shell = await openShell();
    const before = await auditTotal();
    await switchAiOffAndOn(shell, 'settings-ai-off.png');

    await shell.navigate('audit');
    await shell.auditRows().nth(1).waitFor();
    // Two rows more than the log held before (none when this test runs first).
    expect(await shell.auditRows().count()).toBe(before + 2);
    const rows = await shell.auditRows().allInnerTexts();
    // Newest first: switched on after switched off.
    expect(rows[0]).toContain('全局AI辅助：开启');
    expect(rows[1]).toContain('全局AI辅助：关闭');

    const verdict = await shell.verifyAuditChain();
    expect(verdict.intact).toBe('true');
    await page.screenshot({ path: `${screenshots}/audit.png` });
  });

  it('the audit chain written through the UI verifies on the API too', async () => {
    await switchAiOffAndOn(await openShell());
    const entries = await auditTotal();
    expect(entries).toBeGreaterThanOrEqual(2);
    const response = await page.request.post(`${host.url}api/invoke`, {
      data: { channel: 'audit.verify', payload: {} },
    });
    const result = (await response.json()) as { ok: boolean; value: { intact: boolean; checked: number } };
    expect(result).toMatchObject({ ok: true, value: { intact: true, checked: entries } });
  });

  it('made no request outside the web host, and the host opened no outbound socket or lookup', async () => {
    await openShell();
    const origin = new URL(host.url).origin;
    expect(pageRequests.length).toBeGreaterThan(0);
    const foreign = pageRequests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(readNetGuardLog(host.netGuardLog)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
