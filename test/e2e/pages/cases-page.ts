import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './ant-select';

/** The 案件 page as a clerk uses it: list with search, the case form, the case detail. */
export class CasesPage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByTestId('cases-table');
  }

  rows(): Locator {
    return this.table().locator('tbody tr.ant-table-row');
  }

  /** Types the query, presses Enter and waits for that query's settled results. */
  async search(query: string): Promise<void> {
    const input = this.page.getByTestId('cases-list').locator('.ant-input-search input').first();
    await input.fill(query);
    await input.press('Enter');
    await this.page.locator(`[data-testid="cases-table"][data-query="${query}"][data-loading="false"]`).waitFor();
  }

  async openNewForm(): Promise<void> {
    await this.page.getByTestId('cases-new').click();
    await this.form().waitFor();
  }

  form(): Locator {
    return this.page.getByTestId('case-form');
  }

  field(name: string): Locator {
    return this.page.getByTestId(`case-field-${name}`);
  }

  /** Picks an option in an antd Select by its visible label; returns once that select's list is closed. */
  async choose(testId: string, label: string): Promise<void> {
    await chooseOption(this.page.getByTestId(testId), label);
  }

  /** From the list: finds the case by its 案号 (as stored, full-width parentheses) and opens its detail. */
  async open(caseNumber: string): Promise<void> {
    await this.search(caseNumber);
    await this.rows().filter({ hasText: caseNumber }).click();
    await this.detail()
      .filter({ has: this.page.getByRole('heading', { name: caseNumber, exact: true }) })
      .waitFor();
  }

  fieldError(path: string): Locator {
    return this.page.getByTestId(`error-${path}`);
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  detail(): Locator {
    return this.page.getByTestId('case-detail');
  }

  /** Waits for the detail of `version` (after save or undo). */
  async waitForDetailVersion(version: number): Promise<void> {
    await this.page.locator(`[data-testid="case-detail"][data-version="${version}"]`).waitFor();
  }
}
