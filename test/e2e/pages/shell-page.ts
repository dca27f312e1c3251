import type { Locator, Page } from 'playwright-core';

/** The application shell as a user sees it: navigation, status bar, settings and audit pages. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.statusAi().waitFor();
  }

  statusAi(): Locator {
    return this.page.getByTestId('status-ai');
  }

  async aiGlobalState(): Promise<string | null> {
    return this.statusAi().getAttribute('data-ai-global');
  }

  async navigate(route: string): Promise<void> {
    await this.page.getByTestId(`nav-${route}`).click();
    await this.page.getByTestId(`page-${route}`).waitFor();
  }

  globalSwitch(): Locator {
    return this.page.getByTestId('ai-switch-global');
  }

  /** Clicks the global switch and waits until the status bar shows the new state. */
  async setGlobalAi(enabled: boolean): Promise<void> {
    const want = String(enabled);
    if ((await this.globalSwitch().getAttribute('aria-checked')) !== want) await this.globalSwitch().click();
    await this.page.waitForFunction((w) => document.querySelector('[data-testid="status-ai"]')?.getAttribute('data-ai-global') === w, want);
  }

  auditRows(): Locator {
    return this.page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
  }

  async verifyAuditChain(): Promise<{ intact: string | null; text: string }> {
    await this.page.getByTestId('audit-verify').click();
    const result = this.page.getByTestId('audit-verify-result');
    await result.waitFor();
    return { intact: await result.getAttribute('data-intact'), text: await result.innerText() };
  }
}

/**
 * playwright-core has no `expect`: wait until a locator's text matches, or fail with what it showed.
 * The deadline is Playwright's own default (30 s): it returns as soon as the text is there, and a
 * loaded machine (a lock written and re-rendered while CI and a bench share 2 cores) needs more than 10 s.
 */
export async function waitForText(locator: Locator, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.innerText().catch(() => '')) ?? '';
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected text ${pattern} but saw "${text}"`);
}

/**
 * Waits until the element and everything in it have finished their antd motion: no appear /
 * enter / leave class left and no finite CSS animation or transition still running (e.g. a modal
 * opening, before a screenshot shows it as a user sees it).
 */
export async function waitForMotionEnd(locator: Locator, timeoutMs = 10_000): Promise<void> {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction(
    (root) => {
      if (!root) return false;
      const inMotion = [root, ...root.querySelectorAll('*')].some((el) =>
        [...el.classList].some((c) => /-(appear|enter|leave)(-|$)/.test(c)),
      );
      const running = root
        .getAnimations({ subtree: true })
        .some((a) => a.playState !== 'finished' && a.effect?.getComputedTiming().endTime !== Infinity);
      return !inMotion && !running;
    },
    handle,
    { polling: 'raf', timeout: timeoutMs },
  );
}
