import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { importStatutes } from '../../../main/services/laws';
import { openStores } from '../../../main/store/stores';
import { ShellPage } from '../pages/shell-page';
import { launchChromium } from './chromium';
import type { WebHostOptions, WebHostProcess } from './web-host-process';
import { startWebHostProcess } from './web-host-process';

export const screenshots = 'test-results/e2e';

export interface OpenJudgeDeskOptions extends WebHostOptions {
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Runs once the host is up, before Chromium starts (e.g. creates a case through the API). */
  afterStart?: (host: WebHostProcess) => void | Promise<void>;
  /** Runs on the fresh context before its page opens (e.g. grants clipboard permissions). */
  setupContext?: (context: BrowserContext, host: WebHostProcess) => void | Promise<void>;
  /** Navigation route opened once the shell is up ('cases', 'laws', …). */
  route: string;
}

export interface JudgeDesk {
  host: WebHostProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  shell: ShellPage;
  /** Console errors the page logged. */
  consoleErrors: string[];
  /** Every URL the page requested. */
  pageRequests: string[];
  /**
   * Loads the page afresh at `route` (default: the one opened first) with `params` in its hash
   * (e.g. `{ id }` of the record a page opens), so a test starts from nothing an earlier test
   * left on the page.
   */
  reopen(route?: string, params?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

/**
 * The web host with a fresh data directory, Debian Chromium with one zh-CN page on it that
 * records its console errors and requests, the shell opened and `route` shown.
 */
export async function openJudgeDesk(options: OpenJudgeDeskOptions): Promise<JudgeDesk> {
  mkdirSync(screenshots, { recursive: true });
  const consoleErrors: string[] = [];
  const pageRequests: string[] = [];
  const host = await startWebHostProcess({ prepare: options.prepare });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await host.stop();
  };
  try {
    await options.afterStart?.(host);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      locale: 'zh-CN',
      ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
    });
    await options.setupContext?.(context, host);
    const page = await context.newPage();
    page.on('request', (request) => pageRequests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const shell = new ShellPage(page);
    await shell.open(host.url);
    await shell.navigate(options.route);
    const reopen = async (route = options.route, params?: Record<string, string>) => {
      // From a blank page: a goto that changes only the hash would keep the loaded page and its state.
      await page.goto('about:blank');
      await shell.open(`${host.url}#/${route}${params ? `?${new URLSearchParams(params).toString()}` : ''}`);
      await page.getByTestId(`page-${route}`).waitFor();
    };
    return { host, browser, context, page, shell, consoleErrors, pageRequests, reopen, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A `prepare` that imports the statutes of `folder(dataDir)` into the host's knowledge.db, as a pack import would leave them. */
export function importStatutesPrepare(folder: (dataDir: string) => string): (dataDir: string) => void {
  return (dataDir) => {
    const stores = openStores(dataDir);
    try {
      importStatutes(stores.knowledge, folder(dataDir));
    } finally {
      stores.close();
    }
  };
}
