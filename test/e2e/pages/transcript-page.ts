import type { Locator, Page } from 'playwright-core';

/** The 庭审笔录 page as a clerk uses it. */
export class TranscriptPage {
  constructor(readonly page: Page) {}

  async create(fields: {
    caseNumber: string;
    court: string;
    cause: string;
    place: string;
    clerk: string;
    presiding: string;
    plaintiff: string;
    defendant: string;
  }) {
    const p = this.page;
    await p.getByTestId('transcript-case-input').fill(fields.caseNumber);
    await p.getByTestId('transcript-court').fill(fields.court);
    await p.getByTestId('transcript-cause').fill(fields.cause);
    await p.getByTestId('transcript-place').fill(fields.place);
    await p.getByTestId('transcript-clerk').fill(fields.clerk);
    // 民事一审普通程序 rows: 审判长, 审判员, 人民陪审员 / 原告, 原告委托诉讼代理人, 被告, 被告委托诉讼代理人.
    await p.getByTestId('transcript-panel-name').nth(0).fill(fields.presiding);
    await p.getByTestId('transcript-attendees-name').nth(0).fill(fields.plaintiff);
    await p.getByTestId('transcript-attendees-name').nth(2).fill(fields.defendant);
    await p.getByTestId('transcript-create').click();
    await this.editor().waitFor();
  }

  editor(): Locator {
    return this.page.getByTestId('transcript-editor');
  }

  turns(): Locator {
    return this.page.getByTestId('transcript-turn');
  }

  /** The rendered rows of one section (the list is virtualised: use goToSection first). */
  section(title: string): Locator {
    return this.page.locator(`[data-section-title="${title}"]`);
  }

  /** Jumps there through the outline, as a clerk does; the caret lands in its first turn. */
  async goToSection(title: string): Promise<void> {
    await this.page.getByTestId('transcript-outline').getByText(title, { exact: false }).first().click();
    await this.section(title).getByTestId('transcript-turn-text').first().waitFor();
  }

  /** Scrolls the virtualised list from the top until the turn is rendered, as a clerk scrolling would. */
  async revealTurn(id: string): Promise<Locator> {
    const scroller = this.page.getByTestId('transcript-scroller');
    await scroller.evaluate((el) => (el.scrollTop = 0));
    for (let i = 0; i < 400; i++) {
      // Look and scroll in one step inside the page: between two steps the list may re-render.
      const step = await scroller.evaluate(async (el, turnId) => {
        // First the rows in sight for this scroll position: on a busy machine the list renders them frames later.
        const view = el.getBoundingClientRect();
        const inSight = () =>
          [...el.querySelectorAll('[data-testid="transcript-rows"] > [data-index]')].some((r) => {
            const box = r.getBoundingClientRect();
            return box.bottom > view.top && box.top < view.bottom;
          });
        for (let frame = 0; frame < 300 && !inSight(); frame++) await new Promise((r) => requestAnimationFrame(r));
        const row = el.querySelector(`[data-testid="transcript-turn"][data-turn-id="${turnId}"]`);
        if (row) {
          row.scrollIntoView({ block: 'center' });
          return 'found';
        }
        const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
        el.scrollTop += el.clientHeight * 0.8;
        return atEnd ? 'end' : 'scrolled';
      }, id);
      if (step === 'found') break;
      if (step === 'end') throw new Error(`笔录中找不到发言 ${id}`);
    }
    const row = this.turnById(id);
    await row.waitFor({ state: 'visible' });
    return row;
  }

  turnById(id: string): Locator {
    return this.page.locator(`[data-testid="transcript-turn"][data-turn-id="${id}"]`);
  }

  async saveState(): Promise<string | null> {
    return this.page.getByTestId('transcript-save-state').getAttribute('data-state');
  }

  async waitSaved(): Promise<void> {
    await this.page.locator('[data-testid="transcript-save-state"][data-state="saved"]').waitFor();
  }

  /** The turn whose textarea has focus. */
  async activeTurnId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.closest('[data-testid="transcript-turn"]')?.getAttribute('data-turn-id') ?? '');
  }
}
