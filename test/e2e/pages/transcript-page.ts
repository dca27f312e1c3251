import type { Locator, Page } from 'playwright-core';

/** The 庭审笔录 page as a clerk uses it. */
export class TranscriptPage {
  constructor(readonly page: Page) {}

  async create(fields: { caseNumber: string; court: string; cause: string; place: string; clerk: string; presiding: string; plaintiff: string; defendant: string }) {
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

  section(title: string): Locator {
    return this.page.getByTestId('transcript-section').filter({ has: this.page.getByRole('heading', { name: title }) });
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
